// SPDX-License-Identifier: GPL-2.0
/*
 * The rules every x86 Linux keeps, checked on every row and scenario of
 * every profile, whatever the row expects; the profile adds its own
 * (fk_x86_hooks.invariants).
 */
#include <string.h>

#include "fk_x86.h"

/* The mm lock is released, read and write, by the time the fault ends. */
static void lock_rule(const struct fk_result *res)
{
	if (res->counters[LOCK_HELD])
		fk_violation(FK_MM_LOCK_NAME " still held (%ld) when the fault ended",
			     res->counters[LOCK_HELD]);
}

/*
 * irqs come on for a user-mode fault, or for a kernel context that had
 * IF set: never for one that had them off (the CPU reports a kernel-mode
 * fault without the user bit).
 */
static void irq_rule(void)
{
	int i;

	if (w.in->mode != KERNEL || !w.in->irqs_off || (w.ec & FK_PF_USER))
		return;
	for (i = 0; i < fk_ncalls(); i++)
		if (fk_is(fk_call_at(i), "local_irq_enable"))
			fk_violation("call #%d: irqs enabled in a kernel context that had them off",
				     i + 1);
}

/* "We MUST NOT take any locks" for a kernel-space address. */
static void kernel_space_rule(void)
{
	const char *const *l;
	int touched;

	if (!fk_x86_hooks.kernel_space(w.in->address))
		return;
	touched = FK_MM_LOCK(&w.mm)->taken ||
		  FK_MM_LOCK(&w.mm)->taken_write ||
		  fk_count("handle_mm_fault");
	for (l = fk_x86_hooks.lock_calls; l && *l; l++)
		touched |= fk_count(*l) > 0;
	if (touched)
		fk_violation("kernel-space address: " FK_MM_LOCK_NAME " or the mm touched");
}

/* Signals go to user-mode faults; kernel faults fix up or oops. */
static void signal_rule(void)
{
	int i;

	if (w.in->mode != KERNEL)
		return;
	for (i = 0; i < fk_ncalls(); i++)
		if (!strncmp(fk_call_at(i)->fake->name, "force_sig", 9))
			fk_violation("call #%d: a signal forced for a kernel-mode fault",
				     i + 1);
}

/*
 * What the CPU can report, for a row (the space leaves the rest out
 * through tests/x86/impossible.txt, when it chooses the inputs): PK only
 * with CR4.PKE set (OSPKE), PKRU denying some key, on a user page (SDM
 * 4.6.2); from ring 3 a supervisor access (U/S=0) only when the CPU
 * itself reads or writes a descriptor table or the TSS (SDM 4.6, 4.7); SGX
 * for an enclave's access to its user pages or the kernel's ENCLS on the
 * EPC, mapped in kernel data (SDM 4.7 bit 15, 37.3; ex_handler_sgx()); a
 * ring-0 shadow-stack fault only for WRUSS, a write with U/S=1 (SDM
 * 4.6.1: Linux enables no supervisor shadow stack).
 */
static void cpu_rule(void)
{
	if (fk_exploring)
		return;
	if ((w.ec & FK_PF_PK) && (!w.in->ospke || !w.in->pkru ||
				  w.in->address >= TASK_SIZE_MAX))
		fk_violation("row: the CPU reports PK only with OSPKE on, PKRU denying a key, for a user page");
	if (w.in->mode != KERNEL && !(w.ec & FK_PF_USER) &&
	    (!fk_kernel_data(w.in->address) ||
	     (w.ec & (FK_PF_INSTR | FK_PF_SHSTK))))
		fk_violation("row: from user mode U/S=0 is an implicit data access to a descriptor table (GDT, LDT, IDT, TSS), in the kernel's data");
	if ((w.ec & FK_PF_SGX) &&
	    (w.in->mode == KERNEL ? !fk_kernel_data(w.in->address) ||
	     (w.ec & FK_PF_INSTR) : w.in->address >= TASK_SIZE_MAX ||
	     !(w.ec & FK_PF_USER)))
		fk_violation("row: an SGX fault is an enclave's (user mode, U/S=1, a user page) or the kernel's ENCLS (kernel data, no fetch)");
	if (w.in->mode == KERNEL && (w.ec & FK_PF_SHSTK) &&
	    (w.ec & (FK_PF_USER | FK_PF_WRITE)) != (FK_PF_USER | FK_PF_WRITE))
		fk_violation("row: a shadow-stack fault from ring 0 is a WRUSS write (U/S=1): no supervisor shadow stacks");
}

/*
 * Exactly one of maj_flt/min_flt when the fault was accounted, major or
 * minor as the profile's kernel decides from @which handle_mm_fault()
 * ("first", "last"); none when it was not.
 */
void fk_x86_account_rule(const char *which, int accounted, int major)
{
	long maj = (long)w.task.maj_flt, min = (long)w.task.min_flt;
	long want_maj = accounted && major, want_min = accounted && !major;

	if (maj != want_maj || min != want_min)
		fk_violation("accounting: maj_flt=%ld min_flt=%ld, the %s handle_mm_fault calls for %ld/%ld",
			     maj, min, which, want_maj, want_min);
}

/* The perf software events count what maj_flt/min_flt count. */
static void perf_rule(void)
{
	if (w.perf[PERF_COUNT_SW_PAGE_FAULTS_MAJ] != (long)w.task.maj_flt ||
	    w.perf[PERF_COUNT_SW_PAGE_FAULTS_MIN] != (long)w.task.min_flt)
		fk_violation("accounting: perf major/minor events disagree with maj_flt/min_flt");
}

void fk_x86_invariants(const struct fk_row *row, const struct fk_result *res)
{
	(void)row;
	lock_rule(res);
	irq_rule();
	kernel_space_rule();
	signal_rule();
	perf_rule();
	cpu_rule();
	if (fk_x86_hooks.invariants)
		fk_x86_hooks.invariants(res);
}
