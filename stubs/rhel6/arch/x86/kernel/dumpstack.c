// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of arch/x86/kernel/dumpstack.c: the oops machinery. oops_end()
 * with a signal never returns in the kernel (panic_on_oops=1 in RHEL6,
 * else do_exit), nor without one when the crash kernel takes over, so
 * then it leaves the row through fk_noreturn().
 */
#include <linux/kernel.h>
#include <linux/kdebug.h>

#include <fk_x86.h>

FK_FAKE0(unsigned long, oops_begin, "=> x")
{
	return 0;
}

FK_DIM(d_die, "die_notifier_stops", "0", "1");

/* Non-zero when a die notifier returned NOTIFY_STOP: the oops is over. */
FK_FAKE3(int, __die, "s p pf => d", const char *, str,
	 struct pt_regs *, regs, long, err)
{
	(void)regs;
	(void)err;
	printk(KERN_EMERG "%s\n", str);
	return fk_x86_either(&d_die, 0);
}

/*
 * arch/x86/kernel/dumpstack.c (2.6.32-431): if kexec_should_crash()
 * (init, or panic_on_oops, which RHEL sets) and a crash kernel is loaded
 * (kdump, RHEL's default), crash_kexec() boots it, even after a die
 * notifier stopped the oops. Else with a signal, a panic (panic_on_oops)
 * or do_exit(); with none, return.
 */
FK_VOID3(oops_end, "x p sig", unsigned long, flags, struct pt_regs *, regs,
	 int, signr)
{
	(void)flags;
	if (regs && fk_x86_crash_kexec(!signr))
		fk_noreturn("crash_kexec(): the crash kernel takes over");
	if (!signr)
		return;
	if (fk_x86_panic_on_oops(0))
		fk_noreturn("oops_end: panic (panic_on_oops=1)");
	fk_noreturn("oops_end: do_exit() (panic_on_oops=0)");
}

int oops_may_print(void)
{
	return 1;
}

void printk_address(unsigned long address, int reliable)
{
	(void)reliable;
	printk(" [<%lx>]\n", address);
}
