// SPDX-License-Identifier: GPL-2.0
/*
 * The FRED stack frame's event data: for a #PF, the fault address, as
 * the CPU delivered it with the event.
 */
#include <linux/sched.h>
#include <asm/fred.h>

#include <fk_x86.h>

unsigned long fk612_fred_edata(struct pt_regs *regs)
{
	if (!w.in->fred)
		fk_violation("fred_event_data() read on a CPU without FRED: the frame has no event data");
	return w.in->address;
}
