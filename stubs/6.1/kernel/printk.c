// SPDX-License-Identifier: GPL-2.0
/*
 * The console: printk() appends to the row's dmesg, which the behaviour
 * text does not show; it is not a call a row expects.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <linux/sched.h>

#include <fk_x86.h>

static void vdmesg(const char *fmt, va_list ap)
{
	size_t n = strlen(w.dmesg);

	if (n + 1 < sizeof(w.dmesg))
		vsnprintf(w.dmesg + n, sizeof(w.dmesg) - n, fmt, ap);
}

void fk61_dmesg(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdmesg(fmt, ap);
	va_end(ap);
}

int printk(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdmesg(fmt, ap);
	va_end(ap);
	return 0;
}

int printk_ratelimit(void)
{
	return 1;
}

void print_vma_addr(const char *prefix, unsigned long rip)
{
	fk61_dmesg("%s[vma of %#lx]", prefix, rip);
}

void show_opcodes(struct pt_regs *regs, const char *loglvl)
{
	fk61_dmesg("%sCode: at %#lx\n", loglvl, regs->ip);
}

int oops_may_print(void)
{
	return 1;
}
