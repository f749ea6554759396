// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of arch/x86/mm/kmemcheck/kmemcheck.c, for a kernel built with
 * CONFIG_KMEMCHECK (RHEL 6.5 cannot be: it sets FUNCTION_TRACER, which
 * KMEMCHECK's Kconfig entry excludes, so <asm/kmemcheck.h> makes them
 * constant false there). kmemcheck_active() is true only between a
 * tracked kernel access kmemcheck showed and the single step after it:
 * never for a user-mode fault. kmemcheck_fault() returns false unless the
 * fault came from the kernel's code segment (not vm86) at a page it
 * tracks: a slab page of the direct map, hidden (not present).
 */
#include <asm/kmemcheck.h>

#include <fk_x86.h>

#ifdef CONFIG_KMEMCHECK
FK_DIM(d_kmemcheck, "kmemcheck_active", "0", "1");
FK_DIM(d_kmemcheck_fault, "kmemcheck_fault", "0", "1");

FK_FAKE1(bool, kmemcheck_active, "p => d", struct pt_regs *, regs)
{
	if (regs->cs != __KERNEL_CS)
		return fk_x86_no("kmemcheck is active only around a kernel access it showed (kmemcheck.c)");
	return fk_x86_either(&d_kmemcheck, 0);
}

FK_VOID1(kmemcheck_hide, "p", struct pt_regs *, regs)
{
	(void)regs;
}

FK_FAKE3(bool, kmemcheck_fault, "p a pf => d", struct pt_regs *, regs,
	 unsigned long, address, unsigned long, error_code)
{
	static const long values[] = { 0, 1 };

	if ((regs->flags & FK_EFLAGS_VM) || regs->cs != __KERNEL_CS ||
	    address < FK_DIRECT_MAP || address >= FK_DIRECT_MAP_END ||
	    (error_code & FK_PF_PROT))
		return fk_x86_no("kmemcheck tracks kernel code's accesses to hidden slab pages of the direct map (kmemcheck.c)");
	return fk_x86_answer(&d_kmemcheck_fault, 3, values, 0);
}
#endif
