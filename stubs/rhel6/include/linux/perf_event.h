/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/perf_event.h>: the 4-argument RHEL6 perf_sw_event. */
#ifndef _SHIM_LINUX_PERF_EVENT_H
#define _SHIM_LINUX_PERF_EVENT_H

#include <linux/types.h>
#include <asm/ptrace.h>

enum perf_sw_ids {
	PERF_COUNT_SW_CPU_CLOCK = 0,
	PERF_COUNT_SW_TASK_CLOCK = 1,
	PERF_COUNT_SW_PAGE_FAULTS = 2,
	PERF_COUNT_SW_CONTEXT_SWITCHES = 3,
	PERF_COUNT_SW_CPU_MIGRATIONS = 4,
	PERF_COUNT_SW_PAGE_FAULTS_MIN = 5,
	PERF_COUNT_SW_PAGE_FAULTS_MAJ = 6,
};

void perf_sw_event(u32 event_id, u64 nr, struct pt_regs *regs, u64 addr);

#endif
