// SPDX-License-Identifier: GPL-2.0
/*
 * Fake of kernel/printk.c: messages go to the row's dmesg, not the trace.
 * Their values are raw numbers, so traces stay comparable across builds.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <linux/kernel.h>

#include <fk_x86.h>

int printk(const char *fmt, ...)
{
	size_t n = strlen(w.dmesg);
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(w.dmesg + n, sizeof(w.dmesg) - n, fmt, ap);
	va_end(ap);
	return r;
}

int printk_ratelimit(void)
{
	return 1;
}

void print_vma_addr(char *prefix, unsigned long rip)
{
	printk("%s%lx", prefix, rip);
}

/* BUG() in the kernel kills the task; here it ends the row, loudly. */
void fk_kernel_bug(const char *file, int line)
{
	fk_violation("kernel BUG at %s:%d", file, line);
	fk_noreturn("BUG()");
}
