/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Vocabulary of the 6.1 table: the address-space layout, the usual vmas,
 * counters, outcomes, and the stretches of call trace that many rows
 * share. x86_64 only: 6.1's 32-bit paths are another build.
 */
#ifndef K61_ROWS_H
#define K61_ROWS_H

#include <asm/vsyscall.h>

#include <fk_rows.h>

/* ---- error codes --------------------------------------------------------- */
#define UREAD		X86_PF_USER
#define UWRITE		(X86_PF_USER | X86_PF_WRITE)
#define UEXEC		(X86_PF_USER | X86_PF_INSTR)

#define SEGV_PKUERR_	{ FK_SIGNAL, SIGSEGV, SEGV_PKUERR }

/* sp near the bottom of the stack vma */
#define SP_LOW		(STACK_START + 0x100)

/* a vma with protection key 5 */
#define VMA_PKEY  { PKEY_START, PKEY_START + PAGE_SIZE, VM_READ | VM_WRITE, "[pkey5]", 5 }

/* counters of a completed minor fault, and of a fault that got no page */
#define C_MINOR	[MIN_FLT] = 1, [PERF_FAULTS] = 1, [PERF_MIN] = 1,	\
		[LOCK_TAKEN] = 1
#define C_MAJOR	[MAJ_FLT] = 1, [PERF_FAULTS] = 1, [PERF_MAJ] = 1,	\
		[LOCK_TAKEN] = 1
#define C_BAD	[PERF_FAULTS] = 1, [LOCK_TAKEN] = 1
/* ... after @n passes, each taking mmap_lock afresh */
#define C_MAJOR_N(n)	[MAJ_FLT] = 1, [PERF_FAULTS] = 1, [PERF_MAJ] = 1, \
			[LOCK_TAKEN] = n
#define C_BAD_N(n)	[PERF_FAULTS] = 1, [LOCK_TAKEN] = n

/*
 * ---- the calls that decide a case -----------------------------------------
 * A row lists the calls that decide its case, in order; the calls every
 * fault makes (entry and exit, kprobes, irqs, the perf events, the lock
 * taken and released on the fast path) are pinned by the golden files.
 */
#define NORET	" does not return"

/* lock_mm_and_find_vma() on the fast path, finding @vma */
#define T_LOCK(vma)							\
	"lock_mm_and_find_vma(mm, addr, regs) = " vma,			\
	"  find_vma(mm, addr) = " vma

/* the flags of a first pass */
#define FF_U	"ALLOW_RETRY|KILLABLE|USER|INTERRUPTIBLE"
#define FF_UW	"WRITE|ALLOW_RETRY|KILLABLE|USER|INTERRUPTIBLE"
#define FF_K	"ALLOW_RETRY|KILLABLE|INTERRUPTIBLE"
#define FF_KW	"WRITE|ALLOW_RETRY|KILLABLE|INTERRUPTIBLE"

#define T_HMF(vma, ff, ret)						\
	"handle_mm_fault(" vma ", addr, " ff ", regs) = " ret

/* a minor fault handled in @vma */
#define T_GOOD(vma, ff)	T_HMF(vma, ff, "0")

/* SIGSEGV for a user-mode fault, with the lock already dropped */
#define T_SIGSEGV(ec, num, code)					\
	"force_sig_fault(SIGSEGV, " num ", addr) = 0 {" code "}"
#define T_MAPERR(ec)	T_SIGSEGV(ec, "1", "SEGV_MAPERR")
#define T_ACCERR(ec)	T_SIGSEGV(ec, "2", "SEGV_ACCERR")

/* kernel mode: the exception table fixes it up ... */
#define T_FIXUP(ec)							\
	"fixup_exception(regs, 14, " ec ", addr) = 1 {ip -> fixup}",	\
	"  search_exception_tables(ip) = extable[0]"

/* ... or it oopses, never to return: @kf is kfence's write flag; a
 * protection fault KFENCE never sees (T_OOPS_PROT) */
#define T_NOFIX(ec)							\
	"fixup_exception(regs, 14, " ec ", addr) = 0",			\
	"  search_exception_tables(ip) = NULL"
#define T_OOPS_TAIL(ec)							\
	"__die(\"Oops\", regs, " ec ") = 0",				\
	"oops_end(0, regs, SIGKILL)" NORET
#define T_OOPS(ec, kf)							\
	"kfence_handle_page_fault(addr, " kf ", regs) = 0",		\
	T_OOPS_TAIL(ec)
#define T_OOPS_PROT(ec)	T_OOPS_TAIL(ec)

extern const struct fk_suite *const fk_suites[];

#endif
