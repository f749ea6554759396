// SPDX-License-Identifier: GPL-2.0
/* Fake of kernel/perf_event.c: software events become row counters. */
#include <linux/perf_event.h>

#include <fk_x86.h>

FK_VOID4(perf_sw_event, "perf d p a", u32, event_id, u64, nr,
	 struct pt_regs *, regs, u64, addr)
{
	(void)regs;
	(void)addr;
	if (event_id < sizeof(w.perf) / sizeof(w.perf[0]))
		w.perf[event_id] += (long)nr;
}
