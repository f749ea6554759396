/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Vocabulary of the RHEL6 table: an address-space layout that holds on
 * LP64 and ILP32, the usual vmas, counters, outcomes, and the stretches of
 * call trace that many rows share.
 */
#ifndef RHEL6_ROWS_H
#define RHEL6_ROWS_H

#include "../../stubs/rhel6/arch/x86/mm/fault_rest.h"
#include <fk_rows.h>

/* The stack cushion of __do_page_fault, from the type, never a literal. */
#define CUSHION		(65536 + 32 * sizeof(unsigned long))

/*
 * sp near the bottom of the stack vma, as when the stack is growing, put
 * so that the lowest address the cushion allows (CUSHION_EDGE) lies mid-
 * page, 16 pages below the vma, whatever sizeof(unsigned long) is.
 */
#define CUSHION_EDGE	(STACK_START - 0xf800)
#define SP_LOW		(CUSHION_EDGE + CUSHION)

/*
 * A stack that already spans RHEL6's exec-shield bias (2 MiB beyond
 * RLIMIT_STACK), 32 pages more, with the same cushion geometry.
 */
#define BIGSTACK_START		(STACK_TOP - (2UL << 20) - 32 * PAGE_SIZE)
#define BIG_CUSHION_EDGE	(BIGSTACK_START - 0xf800)
#define BIG_SP_LOW		(BIG_CUSHION_EDGE + CUSHION)

#define VMA_BIGSTACK VMA(BIGSTACK_START, STACK_TOP,			\
		       VM_READ | VM_WRITE | VM_GROWSDOWN, "[stack]")

/*
 * A stack that, grown by the same 16 pages, reaches RLIMIT_STACK's
 * default (RHEL6's _STK_LIM, 10 MiB, not upstream's 8) plus the bias:
 * exactly (DEFSTACK) or one page past it (DEFSTACK_OVER).
 */
#define DEFSTACK_START(over)	\
	(STACK_TOP - (12UL << 20) + (16 - (over)) * PAGE_SIZE)
#define DEF_CUSHION_EDGE(over)	(DEFSTACK_START(over) - 0xf800)
#define VMA_DEFSTACK(over) VMA(DEFSTACK_START(over), STACK_TOP,		\
		       VM_READ | VM_WRITE | VM_GROWSDOWN, "[stack]")

/*
 * ---- the calls that decide a case -----------------------------------------
 * A row lists the calls that decide its case, in order; the calls every
 * fault makes (kmemcheck, kmmio, irqs, the perf event, the lock taken and
 * released on the fast path) are pinned by the golden files instead.
 */

/* kernel mode, kernel-space address: no lock, no irqs, no perf event */
#define T_KSPACE	"fault_in_kernel_space(addr) = 1"

/* kmemcheck's "not mine" after vmalloc_fault()'s, with a comma before
 * it: nothing in a kernel built without CONFIG_KMEMCHECK (RHEL 6.5),
 * where the hook is constant false */
#ifdef CONFIG_KMEMCHECK
#define T_KMEMCHECK_NO	, "kmemcheck_fault(regs, addr, 0) = 0"
#else
#define T_KMEMCHECK_NO
#endif

/*
 * The flags of handle_mm_fault() for a user-mode fault, read and write,
 * first pass and retry: a kernel whose fault.c passes FAULT_FLAG_USER
 * too says so in its own rows.h (tests/rhel6.8). Kernel-mode rows spell
 * theirs out: no kernel passes more for them.
 */
#define FF_U	"ALLOW_RETRY|KILLABLE"
#define FF_UW	"WRITE|ALLOW_RETRY|KILLABLE"
#define FF_U2	"KILLABLE"
#define FF_UW2	"WRITE|KILLABLE"

/* a good area: the vma found, the access allowed, handle_mm_fault's answer */
#define T_GOOD(vma, ec, write, flags, ret)				\
	"find_vma(mm, addr) = " vma,					\
	"access_error(" ec ", " write ", " vma ") = 0",			\
	"handle_mm_fault(mm, " vma ", addr, " flags ") = " ret

#define HMF_DATA(flags, ret)						\
	"handle_mm_fault(mm, [data], addr, " flags ") = " ret

/*
 * A user fault on [data] whose first pass asked for a retry (so
 * handle_mm_fault dropped mmap_sem), then the second pass up to its own
 * handle_mm_fault.
 */
#define T_RETRY_F(ec, write, flags1, ret1)				\
	T_GOOD("[data]", ec, write, flags1, ret1),			\
	"  up_read(&mm->mmap_sem)",					\
	"mm_fault_error(regs, " ec ", addr, " ret1 ") = 0",		\
	"down_read(&mm->mmap_sem)",					\
	"find_vma(mm, addr) = [data]",					\
	"access_error(" ec ", " write ", [data]) = 0"
#define T_RETRY(ec, write, ret1)					\
	T_RETRY_F(ec, write, FF_U, ret1)

/* __bad_area with SIGSEGV for a user fault, after the vma decision */
#define T_SEGV(ec, code)						\
	"__bad_area(regs, " ec ", addr, " code ")",			\
	"  up_read(&mm->mmap_sem)",					\
	"  __bad_area_nosemaphore(regs, " ec ", addr, " code ")",	\
	"    force_sig_info(SIGSEGV, &info, tsk) = 0 {" code " addr=addr lsb=0}"

/* no_context at depth @d (spaces) for error code @ec: fixed up ... */
#define T_FIXUP(d, ec)							\
	d "no_context(regs, " ec ", addr)",				\
	d "  fixup_exception(regs) = 1 {ip -> fixup}",			\
	d "    search_exception_tables(ip) = extable[0]"

#define NORET	" does not return"

/* ... or an oops that never returns */
#define T_OOPS(d, ec)							\
	d "no_context(regs, " ec ", addr)" NORET,			\
	d "  fixup_exception(regs) = 0",				\
	d "    search_exception_tables(ip) = NULL",			\
	d "  __die(\"Oops\", regs, " ec ") = 0",			\
	d "  oops_end(0, regs, SIGKILL) does not return"

/* __bad_area for a kernel-mode fault, on to no_context; @end is NORET
 * when no_context oopses */
#define T_KBAD(ec, code, end)						\
	"__bad_area(regs, " ec ", addr, " code ")" end,			\
	"  up_read(&mm->mmap_sem)",					\
	"  __bad_area_nosemaphore(regs, " ec ", addr, " code ")" end

/*
 * Counters where a later kernel counts otherwise (tests/rhel7/rows.h):
 * a fault refused for in_atomic() or a missing mm, which 2.6.32 has
 * counted as a page fault first; and a retried fault whose second pass
 * fails, which 2.6.32 has accounted from its first pass.
 */
#define C_REFUSED	[PERF_FAULTS] = 1
#define C_RETRIED_FAILED [MIN_FLT] = 1, [PERF_FAULTS] = 1, [PERF_MIN] = 1, \
			[LOCK_TAKEN] = 2

/* counters of a completed minor fault taken on the fast path */
#define C_MINOR	[MIN_FLT] = 1, [PERF_FAULTS] = 1, [PERF_MIN] = 1,	\
		[LOCK_TAKEN] = 1

extern const struct fk_suite *const fk_suites[];

#endif
