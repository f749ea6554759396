// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of x86 header inlines the unit calls: user_mode_vm()
 * (<asm/ptrace.h>), local_irq_enable() (<asm/irqflags.h>) and prefetchw()
 * (<asm/processor.h>). Recorded so that a trace shows every decision.
 */
#include <linux/sched.h>

#include <fk_x86.h>

/* x86_64: user mode is CPL 3; an i386 kernel also counts vm86 mode. */
FK_FAKE1(int, user_mode_vm, "p => d", struct pt_regs *, regs)
{
	int user = (regs->cs & SEGMENT_RPL_MASK) == USER_RPL;

	if (sizeof(long) == 4 && (regs->flags & X86_VM_MASK))
		user = 1;
	return fk_scripted_or(user);
}

FK_VOID0(local_irq_enable, "")
{
	w.irqs_enabled = 1;
}

/* The unit passes &mm->mmap_sem even when mm is NULL: never read it. */
FK_VOID1(prefetchw, "p", const void *, x)
{
	(void)x;
}

/* Register reads, as current is: not recorded. */
unsigned long read_cr2(void)
{
	return w.in->address;
}

#if __SIZEOF_LONG__ == 8
unsigned long fk_task_size(void)
{
	return w.in->mode == USER32 ? IA32_PAGE_OFFSET : TASK_SIZE_MAX;
}
#endif

unsigned long convert_ip_to_linear(struct task_struct *child,
				   struct pt_regs *regs)
{
	(void)child;
	return regs->ip;
}

int current_uid(void)
{
	return 0;
}
