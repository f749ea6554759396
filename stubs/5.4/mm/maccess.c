// SPDX-License-Identifier: GPL-2.0
/*
 * mm/maccess.c of 5.4: probe_kernel_read() reads any address under
 * pagefault_disable(), user ones too (the x86 range check came with
 * eab0c6089b68, v5.8);
 * what it reads is the model's (stubs/6.1/arch/x86/mm/misc.c).
 */
#include <linux/types.h>
#include <linux/uaccess.h>

#include <fk_x86.h>

long probe_kernel_read(void *dst, const void *src, size_t size)
{
	long err;

	pagefault_disable();
	err = fk61_read_nofault(dst, src, size);
	pagefault_enable();
	return err;
}
