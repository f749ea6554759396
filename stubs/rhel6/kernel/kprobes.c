// SPDX-License-Identifier: GPL-2.0
/* Fakes of kernel/kprobes.c and arch/x86/kernel/kprobes.c. */
#include <linux/kprobes.h>

#include <fk_x86.h>

FK_DIM(d_kprobe, "kprobe_running", "0", "1");
FK_DIM(d_kprobe_handler, "kprobe_fault_handler", "0", "1");

FK_FAKE0(int, kprobe_running, "=> d")
{
	return fk_x86_either(&d_kprobe, 0);
}

/* 1 when a kprobe's fault handler took the fault over. */
FK_FAKE2(int, kprobe_fault_handler, "p d => d", struct pt_regs *, regs,
	 int, trapnr)
{
	(void)regs;
	(void)trapnr;
	return fk_x86_either(&d_kprobe_handler, 0);
}
