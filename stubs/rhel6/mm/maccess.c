// SPDX-License-Identifier: GPL-2.0
/*
 * Fake of mm/maccess.c's probe_kernel_read(): a read that may fault and
 * says so. The row's instruction bytes lie at ip (unless the row says
 * they cannot be read), and the world's page tables are kernel memory;
 * nothing else is mapped.
 */
#include <string.h>

#include <linux/sched.h>
#include <linux/uaccess.h>

#include <fk_x86.h>

#define EFAULT	14

long probe_kernel_read(void *dst, const void *src, size_t size)
{
	const char *s = src;
	unsigned long a = (unsigned long)src;
	unsigned char *d = dst;
	size_t i;

	if (s >= (const char *)w.pgd_k && s + size <= (const char *)(&w.pte + 1)) {
		memcpy(dst, src, size);
		return 0;
	}
	for (i = 0; i < size; i++)
		if (fk_x86_insn_byte(a + i, &d[i]))
			return -EFAULT;
	return 0;
}
