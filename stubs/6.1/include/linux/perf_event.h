/* SPDX-License-Identifier: GPL-2.0 */
/* Software perf events, counted per row. */
#ifndef FK61_LINUX_PERF_EVENT_H
#define FK61_LINUX_PERF_EVENT_H

#include <asm/ptrace.h>
enum perf_sw_ids {
	PERF_COUNT_SW_PAGE_FAULTS = 2,
	PERF_COUNT_SW_PAGE_FAULTS_MIN = 5,
	PERF_COUNT_SW_PAGE_FAULTS_MAJ = 6,
};

void perf_sw_event(unsigned int event_id, u64 nr, struct pt_regs *regs,
		   u64 addr);

#endif
