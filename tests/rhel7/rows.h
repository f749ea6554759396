/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The rhel6 vocabulary where RHEL 7 (3.10.0-*.el7) says it otherwise:
 *
 * - the second pass asks with FAULT_FLAG_TRIED too (45cac65b0fcd
 *   "readahead: fault retry breaks mmap file read random detection",
 *   v3.7);
 * - a fault refused for in_atomic() or a missing mm is refused before
 *   interrupts are enabled and before it is counted as a page fault
 *   (3.10's order of __do_page_fault(); RHEL 6 counts it first);
 * - a retried fault is accounted once, when it completes, as major if
 *   any pass was: one whose second pass fails is not accounted at all
 *   (26178ec11ef3 "x86: mm: consolidate VM_FAULT_RETRY handling",
 *   v3.19; RHEL's "[x86] mm: consolidate VM_FAULT_RETRY handling" in
 *   3.10.0-327.2.1, RHEL 7.2's z-stream).
 */
#ifndef RHEL7_ROWS_H
#define RHEL7_ROWS_H

#include_next <rows.h>

#undef FF_U2
#undef FF_UW2
#define FF_U2	"KILLABLE|USER|TRIED"
#define FF_UW2	"WRITE|KILLABLE|USER|TRIED"

#undef C_REFUSED
#define C_REFUSED
#undef C_RETRIED_FAILED
#define C_RETRIED_FAILED [PERF_FAULTS] = 1, [LOCK_TAKEN] = 2

#endif
