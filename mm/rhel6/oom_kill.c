// SPDX-License-Identifier: GPL-2.0
/*
 * Fake of mm/oom_kill.c's pagefault_out_of_memory(): the OOM killer picks
 * a victim and the faulting instruction is retried. The call is the
 * outcome.
 */
#include <linux/sched.h>

#include <fk_x86.h>

FK_VOID0(pagefault_out_of_memory, "")
{
	if (w.mm.mmap_sem.readers)
		fk_violation("pagefault_out_of_memory with mmap_sem held");
}
