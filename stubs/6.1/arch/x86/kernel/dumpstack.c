// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of arch/x86/kernel/dumpstack.c: an oops. __die() asks the die
 * notifiers (a row scripts 1 for NOTIFY_STOP); oops_end() with a signal
 * never returns, with 0 it returns to the caller, unless a crash kernel
 * takes over.
 */
#include <linux/sched.h>
#include <linux/kdebug.h>
#include <asm/cpu_entry_area.h>

#include <fk_x86.h>

FK_FAKE0(unsigned long, oops_begin, "=> d")
{
	return 0;
}

FK_DIM(d_die, "die_notifier_stops", "0", "1");

FK_FAKE3(int, __die, "s p pf => d", const char *, str, struct pt_regs *,
	 regs, long, err)
{
	return (int)fk_x86_either(&d_die, 0);
}

/*
 * arch/x86/kernel/dumpstack.c: kexec_should_crash() and a loaded crash
 * kernel: crash_kexec() boots it, even after a die notifier stopped the
 * oops (crash_kexec_post_notifiers is off by default). Else with a
 * signal, a panic (panic_on_oops) or the task killed; with none, return.
 */
FK_VOID3(oops_end, "d p sig", unsigned long, flags, struct pt_regs *, regs,
	 int, signr)
{
	if (regs && fk_x86_crash_kexec(!signr))
		fk_noreturn("crash_kexec(): the crash kernel takes over");
	if (!signr)
		return;
	if (fk_x86_panic_on_oops(0))
		fk_noreturn("oops_end(): panic(\"Fatal exception\")");
	fk_noreturn("oops_end() killed the task");
}

/*
 * arch/x86/include/asm/stacktrace.h: the address is on no stack, but a
 * page above it is: the guard page below a stack. The model's only stack
 * is the task's (kernel/fork.c); the IRQ and exception stacks are not.
 */
FK_FAKE2(bool, get_stack_guard_info, "a local => d", unsigned long *, stack,
	 struct stack_info *, info)
{
	unsigned long a = (unsigned long)stack;
	unsigned long s = (unsigned long)current->stack;

	return fk_scripted_or(a < s && s - a <= PAGE_SIZE);
}
