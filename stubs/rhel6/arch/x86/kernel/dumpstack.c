// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of arch/x86/kernel/dumpstack.c: the oops machinery. oops_end()
 * with a signal never returns in the kernel (panic_on_oops=1 in RHEL6,
 * else do_exit), so here it leaves the row through fk_noreturn().
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

FK_VOID3(oops_end, "x p sig", unsigned long, flags, struct pt_regs *, regs,
	 int, signr)
{
	(void)flags;
	(void)regs;
	if (signr)
		fk_noreturn("oops_end: panic (panic_on_oops=1)");
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
