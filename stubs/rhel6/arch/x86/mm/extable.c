// SPDX-License-Identifier: GPL-2.0
/*
 * Fake of arch/x86/mm/extable.c (RHEL6): a fixup below 16 is relative and
 * flags the uaccess error, any other fixup is the address to resume at.
 * x86_64's own search_extable() looks an ip up with its upper half filled
 * in when it is clear ("B stepping K8 bug"): a kernel ip that lost it is
 * found, and no user ip can be, for no table holds a user address.
 */
#include <linux/module.h>

#include <stdio.h>

#include <fk_x86.h>

#define UACCESS_REL_FIXUP	16

unsigned long fk_extable_key(unsigned long ip)
{
	if (sizeof(long) == 8 && !((unsigned long long)ip >> 32))
		return (unsigned long)(ip | (0xffffffffULL << 32));
	return ip;
}

FK_FAKE1(int, fixup_exception, "p => d", struct pt_regs *, regs)
{
	const struct exception_table_entry *e;
	unsigned long from = regs->ip;
	char was[48];

	e = search_exception_tables(regs->ip);
	if (!fk_scripted_or(e != NULL))
		return 0;
	if (!e) {
		fk_violation("fixup_exception scripted to succeed, but ip has no extable entry");
		return 1;
	}
	fk_render_value(was, sizeof(was), "a", from);
	if (e->fixup < UACCESS_REL_FIXUP) {
		/* RHEL6's relative fixup: the uaccess reports -EFAULT */
		regs->ip += e->fixup;
		fk_detail("%s += %lu, uaccess_err=-EFAULT", was, e->fixup);
		return 1;
	}
	regs->ip = e->fixup;
	fk_name('a', regs->ip, "fixup");
	fk_detail("%s -> fixup", was);
	return 1;
}
