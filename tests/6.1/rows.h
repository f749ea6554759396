/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Vocabulary of the 6.1 table: the address-space layout, the usual vmas,
 * counters, outcomes, and the stretches of call trace that many rows
 * share. x86_64 only: 6.1's 32-bit paths are another build.
 */
#ifndef K61_ROWS_H
#define K61_ROWS_H

#include <linux/version.h>
#include <asm/vsyscall.h>
#include <linux/extable.h>

#include <fk_rows.h>

/* ---- error codes --------------------------------------------------------- */
#define UREAD		X86_PF_USER
#define UWRITE		(X86_PF_USER | X86_PF_WRITE)
#define UEXEC		(X86_PF_USER | X86_PF_INSTR)

#define SEGV_PKUERR_	{ FK_SIGNAL, SIGSEGV, SEGV_PKUERR }

/* sp near the bottom of the stack vma */
#define SP_LOW		(STACK_START + 0x100)

/* PKRU's access-disable bit for key 5 (write-disable: << 1) */
#define PKEY5_AD	(1U << 10)

/* a vma with protection key 5 */
#define VMA_PKEY  { PKEY_START, PKEY_START + PAGE_SIZE, VM_READ | VM_WRITE, "[pkey5]", 5 }

/*
 * Counters of the per-VMA lock (6.4 and later: the 6.12 profile). 6.1
 * never counts them, but its rows name them (below, and in a later
 * kernel's expectations, FK_ON), so both builds know their indices.
 */
enum { VMA_READ = FK_X86_COUNTERS, VMA_SUCCESS, VMA_RETRY, VMA_ABORT,
       VMA_MISS };

/* counters of a completed minor fault, and of a fault that got no page,
 * with the lock it took */
#define C_MINOR_(lock)							\
	[MIN_FLT] = 1, [PERF_FAULTS] = 1, [PERF_MIN] = 1, lock
#define C_MAJOR_(lock)							\
	[MAJ_FLT] = 1, [PERF_FAULTS] = 1, [PERF_MAJ] = 1, lock
#define C_MINOR	C_MINOR_([LOCK_TAKEN] = 1)
#define C_MAJOR	C_MAJOR_([LOCK_TAKEN] = 1)
#define C_BAD	[PERF_FAULTS] = 1, [LOCK_TAKEN] = 1
/* ... after @n passes, each taking mmap_lock afresh */
#define C_MAJOR_N(n)	C_MAJOR_([LOCK_TAKEN] = n)
#define C_MINOR_N(n)	C_MINOR_([LOCK_TAKEN] = n)
#define C_BAD_N(n)	[PERF_FAULTS] = 1, [LOCK_TAKEN] = n

/*
 * ---- how a user fault finds its vma ---------------------------------------
 * 6.1 takes mmap_lock (lock_mm_and_find_vma). From 6.4 (0bff0aaea03e) a
 * user-mode fault first read-locks the vma that holds the address
 * (lock_vma_under_rcu) and is handled without mmap_lock; where no vma
 * holds it (a gap, below a stack) it falls back to mmap_lock. The rows
 * of user faults say it with these; kernel-mode faults take mmap_lock.
 */
/* the per-VMA lock path, spelled out (6.12's expectations and rows) */
#define T_VLOCK(vma)	"lock_vma_under_rcu(mm, addr) = " vma
#define T_VHMF(vma, ff, ret)	T_HMF(vma, ff "|VMA_LOCK", ret)
#define T_VRELEASED(vma)	"  vma_end_read(" vma ")"	/* by the mm */
#define C_VLOCK		[VMA_READ] = 1, [VMA_SUCCESS] = 1
#define C_VRETRY	[VMA_READ] = 1, [VMA_RETRY] = 1

#ifdef CONFIG_PER_VMA_LOCK
#define T_ULOCK(vma)	T_VLOCK(vma)
#define FF_VMA		"|VMA_LOCK"
#define T_URELEASED(vma)	T_VRELEASED(vma)
#define C_ULOCK		C_VLOCK
#define C_UFALLBACK	[VMA_ABORT] = 1
#else
#define T_ULOCK(vma)	T_LOCK(vma)
#define FF_VMA		""
#define T_URELEASED(vma)	T_RELEASED
#define C_ULOCK		[LOCK_TAKEN] = 1
#define C_UFALLBACK	[VMA_ABORT] = 0
#endif
#define C_UMINOR	C_MINOR_(C_ULOCK)
#define C_UMAJOR	C_MAJOR_(C_ULOCK)
#define C_UBAD		[PERF_FAULTS] = 1, C_ULOCK
/*
 * An access error in the vma the user fault found: from bc7996c864bf
 * (v6.10) it is signalled under the vma's lock; 6.6 drops that lock and
 * finds the vma again under mmap_lock, which the signal's path drops.
 */
#if defined(CONFIG_PER_VMA_LOCK) &&					\
	LINUX_VERSION_CODE < KERNEL_VERSION(6, 10, 0)
#define T_UACC(vma)	T_VLOCK(vma), "vma_end_read(" vma ")", T_LOCK(vma)
#define C_UACC		[PERF_FAULTS] = 1, [VMA_READ] = 1, [LOCK_TAKEN] = 1
#else
#define T_UACC(vma)	T_ULOCK(vma)
#define C_UACC		C_UBAD
#endif
/* no vma holds the address: the lookup under mmap_lock decides */
#define C_UNOVMA	C_BAD, C_UFALLBACK

/*
 * ---- the calls that decide a case -----------------------------------------
 * A row lists the calls that decide its case, in order; the calls every
 * fault makes (entry and exit, kprobes, irqs, the perf events, the lock
 * taken and released on the fast path) are pinned by the golden files.
 */
#define NORET	" does not return"

/*
 * The user writes below a stack of the lock suite: each kernel's table
 * says what its fault does, @grows(row, address, pages grown, inputs)
 * or @refused(row, address, the growth's error, inputs).
 */
/* a stack vma low in memory, to grow below mmap_min_addr */
#define VMA_LOW_STACK	{ 0x20000, 0x40000,				\
			  VM_READ | VM_WRITE | VM_GROWSDOWN, "[stack]" }
#define K61_STACK_ROWS(grows, refused)					\
	/* 70,000 bytes below sp: RHEL6 says SIGSEGV, 6.1 grows it */	\
	grows("user_write_70000_below_sp_grows_stack", SP_LOW - 70000,	\
	      "18", .vmas = { VMA_TEXT, VMA_STACK }),			\
	grows("user_write_one_page_below_stack_grows", STACK_START - 8,	\
	      "1", .vmas = { VMA_TEXT, VMA_STACK }),			\
	/* a PROT_NONE mapping below does not count for the guard gap */ \
	grows("user_stack_grows_near_prot_none_mapping",		\
	      STACK_START - 0x20000, "32",				\
	      .vmas = { VMA_TEXT, VMA_NEAR_NONE, VMA_STACK }),		\
	refused("user_stack_guard_gap_to_mapping_below_sigsegv",	\
		STACK_START - 0x20000, "-ENOMEM",			\
		.vmas = { VMA_TEXT, VMA_NEAR, VMA_STACK }),		\
	refused("user_stack_growth_past_rlimit_sigsegv", STACK_START - 8, \
		"-ENOMEM", .rlimit_stack = 32 * PAGE_SIZE,		\
		.vmas = { VMA_TEXT, VMA_STACK }),			\
	refused("user_stack_growth_below_mmap_min_addr_sigsegv", 0x8000, \
		"-EPERM", .vmas = { VMA_LOW_STACK }),

/*
 * mmap_lock: fault.c drops it (T_UNLOCK), or the mm did, in the call
 * before (T_RELEASED, a RETRY); its trylock fails, the wait for it.
 */
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 8, 0)
#define T_UNLOCK	"mmap_read_unlock(mm)"
#define T_TRYLOCK_FAILS	"mmap_read_trylock(mm) = 0"
#define T_WAITED							\
	"mmap_read_lock(mm) {slept until the writer released it}"
#else	/* the rwsem calls on mm->mmap_sem, before d8ed45c5dcd4 */
#define T_UNLOCK	"up_read(&mm->mmap_sem)"
#define T_TRYLOCK_FAILS	"down_read_trylock(&mm->mmap_sem) = 0"
#define T_WAITED							\
	"down_read(&mm->mmap_sem) {slept until the writer released it}"
#endif
#define T_RELEASED	"  " T_UNLOCK

/* lock_mm_and_find_vma() on the fast path, finding @vma */
#define T_LOCK(vma)							\
	"lock_mm_and_find_vma(mm, addr, regs) = " vma,			\
	"  find_vma(mm, addr) = " vma
/* ... finding none for addr (@vma: the next one up), the lock dropped */
#define T_NO_VMA(vma)							\
	"lock_mm_and_find_vma(mm, addr, regs) = NULL",			\
	"  find_vma(mm, addr) = " vma,					\
	"  " T_UNLOCK
/* ... finding none, the way it did it left aside */
#define T_LOCK_NONE	"lock_mm_and_find_vma(mm, addr, regs) = NULL"

/* the flags of a first pass; x86 sets FAULT_FLAG_INTERRUPTIBLE through
 * FAULT_FLAG_DEFAULT (dde160724832, v5.7) */
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 7, 0)
#define FF_INT	"|INTERRUPTIBLE"
#else
#define FF_INT	""
#endif
#define FF_U	"ALLOW_RETRY|KILLABLE|USER" FF_INT
#define FF_UW	"WRITE|ALLOW_RETRY|KILLABLE|USER" FF_INT
#define FF_K	"ALLOW_RETRY|KILLABLE" FF_INT
#define FF_KW	"WRITE|ALLOW_RETRY|KILLABLE" FF_INT
#define FF_UX	"ALLOW_RETRY|KILLABLE|USER|INSTRUCTION" FF_INT
/* ... and of a retry: without ALLOW_RETRY before 4064b9827063 (v5.7) */
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 7, 0)
#define FF_UT	"ALLOW_RETRY|KILLABLE|TRIED|USER" FF_INT
#define FF_KT	"ALLOW_RETRY|KILLABLE|TRIED" FF_INT
#else
#define FF_UT	"KILLABLE|TRIED|USER"
#define FF_KT	"KILLABLE|TRIED"
#endif

#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 9, 0)
#define T_HMF(vma, ff, ret)						\
	"handle_mm_fault(" vma ", addr, " ff ", regs) = " ret
#else	/* regs came with bce617edecad, to account the fault */
#define T_HMF(vma, ff, ret)						\
	"handle_mm_fault(" vma ", addr, " ff ") = " ret
#endif

/* a minor fault handled in @vma */
#define T_GOOD(vma, ff)	T_HMF(vma, ff, "0")

/* ... of a user fault, under the lock it found its vma with */
#define T_UHMF(vma, ff, ret)	T_HMF(vma, ff FF_VMA, ret)
#define T_UGOOD(vma, ff)	T_UHMF(vma, ff, "0")

/* SIGSEGV for a user-mode fault, with the lock already dropped */
#define T_SIGSEGV(ec, num, code)					\
	"force_sig_fault(SIGSEGV, " num ", addr) = 0 {" code "}"
#define T_MAPERR(ec)	T_SIGSEGV(ec, "1", "SEGV_MAPERR")
#define T_ACCERR(ec)	T_SIGSEGV(ec, "2", "SEGV_ACCERR")

/* fixup_exception() as fault.c calls it: with the error code and the
 * address, as 5.4 does, or as 4.19 did (a RHEL 8 shim says which) */
#ifdef FK_FIXUP_EXCEPTION_2ARG
#define T_FIXUP_CALL(ec)	"fixup_exception(regs, 14)"
#else
#define T_FIXUP_CALL(ec)	"fixup_exception(regs, 14, " ec ", addr)"
#endif

/* kernel mode: the exception table fixes it up ... */
#define T_FIXUP(ec)							\
	T_FIXUP_CALL(ec) " = 1 {ip -> fixup}",				\
	"  search_exception_tables(ip) = extable[0]"

/* ... or it oopses, never to return: @kf is kfence's write flag; a
 * protection fault KFENCE never sees (T_OOPS_PROT). T_KFENCE is KFENCE's
 * "not mine", with its comma: nothing without CONFIG_KFENCE (Debian's
 * 6.1), where linux/kfence.h makes the call constant false. */
#define T_NOFIX(ec)							\
	T_FIXUP_CALL(ec) " = 0",					\
	"  search_exception_tables(ip) = NULL"
#define T_OOPS_TAIL(ec)							\
	"__die(\"Oops\", regs, " ec ") = 0",				\
	"oops_end(0, regs, SIGKILL)" NORET
#ifdef CONFIG_KFENCE
#define T_KFENCE(kf)	"kfence_handle_page_fault(addr, " kf ", regs) = 0",
#else
#define T_KFENCE(kf)
#endif
#define T_OOPS(ec, kf)	T_KFENCE(kf) T_OOPS_TAIL(ec)
#define T_OOPS_PROT(ec)	T_OOPS_TAIL(ec)
/* an oops in the vmalloc area: the task's stack overflowed, or not */
#define T_STACK_OVERFLOW						\
	"get_stack_guard_info(addr, &local) = 1",			\
	"handle_stack_overflow(regs, addr, &local)" NORET
#define T_NOT_STACK	"get_stack_guard_info(addr, &local) = 0"
/* ... before 44b979fa302c (v5.16; 5.15.3): the test reads tsk->stack
 * and fault.c's own asm calls the report with its message */
#define T_STACK_OVERFLOW_ASM						\
	"is_vmalloc_addr(addr) = 1",					\
	"handle_stack_overflow(\"kernel stack overflow (page fault)\", " \
	"regs, addr)" NORET

/* what 5.10 cannot express (FK_ON "5.10" { .na = ... }) */
#define NA_NO_VDSO_FIXUP "no vDSO exception table before 8382c668ce4f and " \
	"334872a09198 (v5.11): 5.10 signals"
#define NA_NO_SGX	"no SGX driver before v5.11: no enclave runs, the " \
	"CPU never reports SGX"
/* a configuration without mmiotrace (RHEL 8's) */
#define NA_NO_MMIOTRACE	"a kernel built without CONFIG_MMIOTRACE"

/* what 5.4 cannot express (FK_ON "5.4" { .na = ... }) */
#define NA_KVM_APF_OUTSIDE "KVM's async #PF is handled before " \
	"do_page_fault() (arch/x86/kernel/kvm.c) until ef68017eb570 (v5.8)"
#define NA_RETRY_ONCE "a fault is retried at most once before " \
	"4064b9827063 (v5.7): the retry has no ALLOW_RETRY, without which " \
	"the mm answers RETRY only to a fatal signal, which ends the fault"
/* a user fault's signal: the vDSO's exception table is asked first
 * (334872a09198, v5.11), with its comma; SEGV_PKUERR with @pkey */
#define T_VDSO_NOFIX(ec)						\
	"fixup_vdso_exception(regs, 14, " ec ", addr) = 0",
#define T_PKU_SIGNAL(pkey)	"force_sig_pkuerr(addr, " pkey ") = 0"
/* the vsyscall emulation asked, with the error code from 918ce325098a
 * ("x86/vsyscall: Show something useful on a read fault", v5.3): RHEL
 * 8's asks without */
#ifdef FK_EMULATE_VSYSCALL_2ARG
#define T_EMULATE_VSYSCALL(ec)	"emulate_vsyscall(regs, addr)"
#else
#define T_EMULATE_VSYSCALL(ec)	"emulate_vsyscall(" ec ", regs, addr)"
#endif
/* RHEL 8.10 asks for an instruction fetch alone */

/* a kprobe's fault_handler claims the fault (5.10: before v5.14) */
#define T_KPROBE_CLAIMS	"kprobe_page_fault(regs, 14) = 1"

/*
 * A row in a few lines, for a table whose rows are each a case of their
 * own: name, inputs, outcome, (counters), then the calls that decide it.
 */
#define K_ROW(rowname, input, oc, ctr, ...)				\
	{ .name = rowname, .in = input,					\
	  .expect = { .outcome = oc, .counters = { K_LIST ctr },	\
		      .calls = FK_CALLS(__VA_ARGS__) } }
/* ... and one whose handle_mm_fault() answers @vmf, pass by pass */
#define K_HMF_ROW(rowname, vmf, input, oc, ctr, ...)			\
	{ .name = rowname, .in = input,					\
	  .script = { FK_SCRIPT(handle_mm_fault, K_LIST vmf) },		\
	  .expect = { .outcome = oc, .counters = { K_LIST ctr },	\
		      .calls = FK_CALLS(__VA_ARGS__) } }
#define K_LIST(...)	__VA_ARGS__

/* The 6.1 suites, in the order they run; a later series adds its own. */
#define K61_SUITES(S) \
	S(entry) S(kernel_space) S(good_area) S(early) S(lock) \
	S(access_error) S(bad_area) S(hmf) S(contracts)

extern const struct fk_suite *const fk_suites[];

#endif
