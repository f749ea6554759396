// SPDX-License-Identifier: GPL-2.0
/* Fakes of kernel/signal.c and the signal inlines of <linux/sched.h>. */
#include <stdio.h>

#include <linux/sched.h>

#include <fk_x86.h>

/* The row's outcome: which signal, which si_code, at which address. */
FK_FAKE3(int, force_sig_info, "sig p p => d", int, sig,
	 struct siginfo *, info, struct task_struct *, t)
{
	char code[32], addr[48];

	(void)t;
	fk_x86_signal();
	fk_name('p', (unsigned long)info, "&info");
	fk_aux(info->si_code);
	fk_render_value(code, sizeof(code), sig == SIGBUS ? "bus" : "segv",
			(unsigned long)info->si_code);
	fk_render_value(addr, sizeof(addr), "a",
			(unsigned long)info->si_addr);
	fk_detail("%s addr=%s lsb=%d", code, addr, info->si_addr_lsb);
	return 0;
}

FK_FAKE1(int, fatal_signal_pending, "p => d", struct task_struct *, p)
{
	fk_x86_sigkill();
	return fk_scripted_or(p->sigkill_pending);
}

/*
 * kernel/signal.c (2.6.32-431): init's signals are always unhandled; a
 * handler handles it; a traced task (ptrace, or utrace watching for a
 * fatal signal: tracehook_consider_fatal_signal()) leaves it to the
 * tracer. No fatal-signal test yet (that came later).
 */
int unhandled_signal(struct task_struct *tsk, int sig)
{
	(void)tsk;
	(void)sig;
	if (fk_x86_global_init())
		return 1;
	if (fk_x86_handler())
		return 0;
	return !fk_x86_ptraced();
}
