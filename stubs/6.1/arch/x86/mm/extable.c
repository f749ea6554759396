// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of arch/x86/mm/extable.c and kernel/extable.c: the row's
 * exception table, which like the kernel's and its modules' holds entries
 * of kernel and module text only (tests/x86/world.c). A fixup moves
 * regs->ip to the entry's fixup address.
 */
#include <linux/sched.h>
#include <linux/extable.h>

#include <fk_x86.h>

/* lib/extable.c: the ip as it is (2.6.32's K8 fill-in is long gone) */
unsigned long fk_extable_key(unsigned long ip)
{
	return ip;
}

FK_FAKE1(const struct exception_table_entry *, search_exception_tables,
	 "a => p", unsigned long, addr)
{
	const struct exception_table_entry *e = NULL;
	int i;

	fk_x86_extable(addr);
	for (i = 0; i < FK_NEXTABLE && !e; i++)
		if (w.in->extable[i].insn && w.in->extable[i].insn == addr)
			e = &w.in->extable[i];
	if (fk61_real.search_exception_tables)
		fk61_real.search_exception_tables(addr, e);
	return e;
}

static int fixup(struct pt_regs *regs)
{
	const struct exception_table_entry *e;

	if (user_mode(regs) && !FK_FIXUP_USER_MODE)
		fk_violation("fixup_exception for a user-mode fault");
	e = search_exception_tables(regs->ip);
	if (!e)
		return 0;
	regs->ip = e->fixup;
	fk_detail("ip -> fixup");
	return 1;
}

#ifdef FK_FIXUP_EXCEPTION_2ARG
FK_FAKE2(int, fixup_exception, "p d => d", struct pt_regs *, regs,
	 int, trapnr)
{
	return fixup(regs);
}
#else
FK_FAKE4(int, fixup_exception, "p d pf a => d", struct pt_regs *, regs,
	 int, trapnr, unsigned long, error_code, unsigned long, fault_addr)
{
	return fixup(regs);
}
#endif

FK_DIM(d_vdso, "vdso_fixup", "0", "1");

/* arch/x86/entry/vdso: a fault in the vDSO's exception table. */
FK_FAKE4(bool, fixup_vdso_exception, "p d pf a => d", struct pt_regs *, regs,
	 int, trapnr, unsigned long, error_code, unsigned long, fault_addr)
{
	return fk_x86_either(&d_vdso, 0);
}
