// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of kernel/signal.c: a forced signal is the outcome of a user
 * fault; its si_code and address are recorded and must match the thread's
 * fault state that set_signal_archinfo() left.
 */
#include <linux/sched.h>

#include <fk_x86.h>

/*
 * The signal frame's error code is the CPU's, as a user access, and a
 * protection fault at a kernel address, so that no signal tells the
 * kernel's page tables apart (sanitize_error_code(), v5.11; open-coded
 * in __bad_area_nosemaphore() and set_signal_archinfo() before).
 */
static unsigned long frame_error_code(unsigned long addr)
{
	return w.ec | X86_PF_USER | (addr >= TASK_SIZE_MAX ? X86_PF_PROT : 0);
}

static void check_archinfo(unsigned long addr)
{
	if (w.task.thread.cr2 != addr || w.task.thread.trap_nr != 14 ||
	    !(w.task.thread.error_code & X86_PF_USER))
		fk_violation("signal forced without set_signal_archinfo() for addr");
	else if (w.task.thread.error_code != frame_error_code(addr))
		fk_violation("signal frame's error code %#lx, not %#lx",
			     w.task.thread.error_code, frame_error_code(addr));
	fk_x86_signal();
}

static const char *code_name(int sig, int code)
{
	if (sig == SIGSEGV)
		return code == SEGV_MAPERR ? "SEGV_MAPERR" :
		       code == SEGV_ACCERR ? "SEGV_ACCERR" :
		       code == SEGV_PKUERR ? "SEGV_PKUERR" : "?";
	return code == BUS_ADRERR ? "BUS_ADRERR" :
	       code == BUS_MCEERR_AR ? "BUS_MCEERR_AR" : "?";
}

FK_FAKE3(int, force_sig_fault, "sig d a => d", int, sig, int, code,
	 void *, addr)
{
	check_archinfo((unsigned long)addr);
	fk_aux(code);
	fk_detail("%s", code_name(sig, code));
	return 0;
}

FK_FAKE3(int, force_sig_mceerr, "d a d => d", int, code, void *, addr,
	 short, lsb)
{
	check_archinfo((unsigned long)addr);
	fk_aux(code);
	fk_detail("%s lsb=%d", code_name(SIGBUS, code), lsb);
	return 0;
}

FK_FAKE2(int, force_sig_pkuerr, "a d => d", void *, addr, u32, pkey)
{
	check_archinfo((unsigned long)addr);
	fk_aux(SEGV_PKUERR);
	return 0;
}

/*
 * kernel/signal.c (6.1.192 and 6.12.118 alike): init's signals are always
 * unhandled; a handler handles it; a dying task ignores new signals; a
 * ptraced one leaves it to the tracer. Only the "segfault at" line
 * depends on it.
 */
static int unhandled(void)
{
	if (fk_x86_global_init())
		return 1;
	if (fk_x86_handler())
		return 0;
	/* the signal is being sent: no handle_mm_fault() follows */
	fk_x86_sigkill_final();
	if (w.task.sigkill_pending)
		return 0;
	return !fk_x86_ptraced();
}

FK_FAKE2(bool, unhandled_signal, "p sig => d", struct task_struct *, tsk,
	 int, sig)
{
	int yes = unhandled();

	if (fk61_real.unhandled_signal)
		fk61_real.unhandled_signal(sig, yes);
	if (fk_scripted_or(yes) != yes)
		fk_violation("unhandled_signal: kernel/signal.c answers %d", yes);
	return yes;
}
