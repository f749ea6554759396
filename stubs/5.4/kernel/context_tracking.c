// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of include/linux/context_tracking.h's exception_enter() and
 * exception_exit(), recorded so that tests/6.1/profile.c can check that
 * 5.4's do_page_fault() pairs them. The #PF gate cleared IF before, and
 * on x86_64 the asm entry already told context tracking that a user
 * fault left user mode (enter_from_user_mode()): the state found is the
 * kernel's, as ee6352b2c47a says in removing the calls.
 */
#include <linux/sched.h>
#include <linux/context_tracking.h>

#include <fk_x86.h>

FK_FAKE0(enum ctx_state, exception_enter, "=> d")
{
	if (w.irqs_enabled)
		fk_violation("exception_enter with irqs on: the CPU clears IF");
	return CONTEXT_KERNEL;
}

FK_VOID1(exception_exit, "d", enum ctx_state, prev_ctx)
{
}
