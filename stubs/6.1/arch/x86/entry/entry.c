// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of the entry code around the #PF handler (kernel/entry/common.c,
 * irqflags, the trace points, KVM's async #PF): irqs on and off are
 * recorded and tracked, so the rules about them can be checked.
 */
#include <linux/sched.h>
#include <linux/context_tracking.h>
#include <asm/trace/exceptions.h>
#include <asm/kvm_para.h>

#include <fk_x86.h>

FK_FAKE1(irqentry_state_t, irqentry_enter, "p => d", struct pt_regs *, regs)
{
	if (w.irqs_enabled)
		fk_violation("irqentry_enter with irqs on: the CPU clears IF");
	return 0;
}

FK_VOID2(irqentry_exit, "p d", struct pt_regs *, regs,
	 irqentry_state_t, state)
{
	if (w.irqs_enabled)
		fk_violation("irqentry_exit with irqs on");
}

FK_VOID0(local_irq_enable, "")
{
	w.irqs_enabled = 1;
}

FK_VOID0(local_irq_disable, "")
{
	w.irqs_enabled = 0;
}

FK_DIM(d_tracing, "tracing", "0", "1");
FK_DIM(d_kvm_apf, "kvm_async_pf", "0", "1");
FK_DIM(d_kvm_handle, "kvm_handle_async_pf", "0", "1");

/* Inputs read inline: the row's, or the explorer's when first read. */
static int lazy(const struct fk_dim *d, int *field)
{
	if (fk_exploring && !*field && fk_choose(d, 3))
		*field = 1;
	return *field;
}

bool trace_pagefault_enabled(void)
{
	return lazy(&d_tracing, &((struct fk_in *)w.in)->tracing);
}

FK_VOID3(trace_page_fault_user, "a p pf", unsigned long, address,
	 struct pt_regs *, regs, unsigned long, error_code)
{
}

FK_VOID3(trace_page_fault_kernel, "a p pf", unsigned long, address,
	 struct pt_regs *, regs, unsigned long, error_code)
{
}

bool fk61_kvm_async_pf_enabled(void)
{
	return lazy(&d_kvm_apf, &((struct fk_in *)w.in)->kvm_apf);
}

/*
 * The token is cr2's low 32 bits; a row scripts 1 for "page not present
 * on the host, the task sleeps". arch/x86/kernel/kvm.c:
 * __kvm_handle_async_pf() claims only a user-mode fault: the guest never
 * sets KVM_ASYNC_PF_SEND_ALWAYS, so the host injects no async #PF into
 * the kernel, and one that came would panic ("Host injected async #PF in
 * kernel mode"; 6.12 first returns false in an NMI, whose fault is not
 * the async one). User mode always runs with IF set, the other panic.
 */
FK_FAKE2(bool, __kvm_handle_async_pf, "p a => d", struct pt_regs *, regs,
	 u32, token)
{
	if (!user_mode(regs))
		return fk_x86_no("__kvm_handle_async_pf() claims only a user-mode fault (arch/x86/kernel/kvm.c)");
	return fk_x86_either(&d_kvm_handle, 0);
}

FK_FAKE0(unsigned long, read_cr2, "=> a")
{
	return w.in->address;
}
