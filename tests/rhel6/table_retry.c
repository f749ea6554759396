// SPDX-License-Identifier: GPL-2.0
/*
 * VM_FAULT_RETRY: handle_mm_fault dropped mmap_sem to wait for a page.
 * The fault is redone once without ALLOW_RETRY and accounted once, from
 * the first pass; a fatal signal ends it instead.
 */
#include <rows.h>

/* a minor fault, counted from the first pass; the lock taken twice */
#define C_RETRIED_MINOR	[MIN_FLT] = 1, [PERF_FAULTS] = 1, [PERF_MIN] = 1, \
			[LOCK_TAKEN] = 2

/*
 * From RHEL 6.6's z-stream on, a RETRY with a fatal signal pending
 * returns at once, whatever the mode (3a13c4d761b4 "x86: finish user
 * fault error path with fatal signal", v3.12; RHEL's "[x86] mm: finish
 * user fault error path with fatal signal", for CVE-2014-8171): a
 * kernel-mode fault is neither fixed up nor an oops: the handler
 * returns to the faulting instruction, which runs again (and may fault
 * again, the signal being delivered only on the way to user mode).
 */
#define RHEL68_KERNEL_RETRY_KILLED					\
	{ "rhel6.8", { .outcome = KILLED,				\
		.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },	\
		.calls = FK_CALLS(					\
			T_GOOD("[data]", "0", "0",			\
			       "ALLOW_RETRY|KILLABLE", "RETRY"),	\
			"  up_read(&mm->mmap_sem)",			\
			"fatal_signal_pending(tsk) = 1") } }

/*
 * RHEL 7 takes a RETRY first, and with a fatal signal pending ends a
 * kernel-mode fault in no_context() again, fixed up or an oops, since
 * returning to the instruction would redo the fault without progress
 * (26178ec11ef3 "x86: mm: consolidate VM_FAULT_RETRY handling", v3.19;
 * RHEL's in 3.10.0-327.2.1): @... is how no_context() ends.
 */
#define ON_KERNEL_RETRY_KILLED(out, ...)				\
	FK_ON({ "rhel7", { .outcome = out,				\
		.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },	\
		.calls = FK_CALLS(					\
			T_GOOD("[data]", "0", "0",			\
			       "ALLOW_RETRY|KILLABLE", "RETRY"),	\
			"  up_read(&mm->mmap_sem)",			\
			"fatal_signal_pending(tsk) = 1",		\
			__VA_ARGS__) } },				\
	      RHEL68_KERNEL_RETRY_KILLED)

/* the write retried: the second pass's MAJOR, ignored or not */
#define T_WRITE_RETRY_MAJOR						\
	T_RETRY_F("PF_WRITE|PF_USER", "2", FF_UW, "RETRY"),		\
	HMF_DATA(FF_UW2, "MAJOR")

static const struct fk_row rows[] = {
	{
		.name = "user_retry_then_minor_fault_accounted_once",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY, 0) },
		.expect = {
			.outcome = HANDLED,
			.counters = { C_RETRIED_MINOR },
			.calls = FK_CALLS(
				T_RETRY("PF_USER", "0", "RETRY"),
				HMF_DATA(FF_U2, "0")),
		},
	},
	{
		.name = "user_major_retry_accounted_major_from_first_pass",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_MAJOR | VM_FAULT_RETRY, 0) },
		.expect = {
			.outcome = HANDLED,
			.counters = { [MAJ_FLT] = 1, [PERF_FAULTS] = 1,
				      [PERF_MAJ] = 1, [LOCK_TAKEN] = 2 },
			.calls = FK_CALLS(
				T_RETRY("PF_USER", "0", "MAJOR|RETRY"),
				HMF_DATA(FF_U2, "0")),
		},
	},
	{
		/* the second pass is not accounted even when it is major
		 * (on RHEL 6) */
		.name = "user_write_retry_keeps_write_flag_second_major_ignored",
		.in = IN(.ec = PF_USER | PF_WRITE, .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY,
				      VM_FAULT_MAJOR) },
		.expect = {
			.outcome = HANDLED,
			.counters = { C_RETRIED_MINOR },
			.calls = FK_CALLS(T_WRITE_RETRY_MAJOR),
		},
		/* RHEL 7 accounts a fault as major if any pass was
		 * (26178ec11ef3, v3.19; RHEL 7.2's z-stream) */
		.on = FK_ON({ "rhel7", { .outcome = HANDLED,
			.counters = { [MAJ_FLT] = 1, [PERF_FAULTS] = 1,
				      [PERF_MAJ] = 1, [LOCK_TAKEN] = 2 },
			.calls = FK_CALLS(T_WRITE_RETRY_MAJOR) } }),
	},
	{
		.name = "user_retry_then_sigbus_on_second_pass",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY,
				      VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = SIGBUS_ADRERR,
			.counters = { C_RETRIED_FAILED },
			.calls = FK_CALLS(
				T_RETRY("PF_USER", "0", "RETRY"),
				HMF_DATA(FF_U2, "SIGBUS"),
				"mm_fault_error(regs, PF_USER, addr, SIGBUS) = 1",
				"  up_read(&mm->mmap_sem)",
				"  force_sig_info(SIGBUS, &info, tsk) = 0 {BUS_ADRERR addr=addr lsb=0}"),
		},
	},
	{
		/* SIGKILL while waiting for the page: no accounting at all */
		.name = "user_retry_with_sigkill_first_pass_killed",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .sigkill = SIGKILL_IN_HMF1, .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = KILLED,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_USER", "0",
				       FF_U, "RETRY"),
				"  up_read(&mm->mmap_sem)",
				"mm_fault_error(regs, PF_USER, addr, RETRY) = 1",
				"  fatal_signal_pending(tsk) = 1"),
		},
	},
	{
		/* killable second pass may return RETRY once SIGKILL is pending */
		.name = "user_retry_twice_with_sigkill_second_pass_killed",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .sigkill = SIGKILL_IN_HMF2, .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY,
				      VM_FAULT_RETRY) },
		.expect = {
			.outcome = KILLED,
			.counters = { C_RETRIED_FAILED },
			.calls = FK_CALLS(
				T_RETRY("PF_USER", "0", "RETRY"),
				HMF_DATA(FF_U2, "RETRY"),
				"  up_read(&mm->mmap_sem)",
				"mm_fault_error(regs, PF_USER, addr, RETRY) = 1",
				"  fatal_signal_pending(tsk) = 1"),
		},
		/* RHEL 7 asks for the signal only while a retry is left:
		 * a user fault returns to meet it (26178ec11ef3, v3.19) */
		.on = FK_ON({ "rhel7", { .outcome = KILLED,
			.counters = { C_RETRIED_FAILED },
			.calls = FK_CALLS(
				T_RETRY("PF_USER", "0", "RETRY"),
				HMF_DATA(FF_U2, "RETRY"),
				"  up_read(&mm->mmap_sem)") } }),
	},
	{
		.name = "kernel_retry_with_sigkill_fixup",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = UACCESS_IP, .extable = EXTABLE_UACCESS,
			 .sigkill = SIGKILL_IN_HMF1, .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = FIXUP,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				T_GOOD("[data]", "0", "0",
				       "ALLOW_RETRY|KILLABLE", "RETRY"),
				"  up_read(&mm->mmap_sem)",
				"mm_fault_error(regs, 0, addr, RETRY) = 1",
				"  fatal_signal_pending(tsk) = 1",
				T_FIXUP("  ", "0")),
		},
		.on = ON_KERNEL_RETRY_KILLED(FIXUP, T_FIXUP("", "0")),
	},
	{
		.name = "kernel_retry_with_sigkill_no_extable_oops",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = KERNEL_IP, .sigkill = SIGKILL_IN_HMF1,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = OOPS,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				T_GOOD("[data]", "0", "0",
				       "ALLOW_RETRY|KILLABLE", "RETRY"),
				"  up_read(&mm->mmap_sem)",
				"mm_fault_error(regs, 0, addr, RETRY)" NORET,
				"  fatal_signal_pending(tsk) = 1",
				T_OOPS("  ", "0")),
		},
		.on = ON_KERNEL_RETRY_KILLED(OOPS, T_OOPS("", "0")),
	},
	{
		/* the second pass redoes find_vma and finds the grown stack */
		.name = "user_stack_growth_then_retry_finds_grown_vma",
		.in = IN(.ec = PF_USER | PF_WRITE, .address = CUSHION_EDGE,
			 .sp = SP_LOW, .vmas = { VMA_TEXT, VMA_STACK }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY, 0) },
		.expect = {
			.outcome = HANDLED,
			.counters = { C_RETRIED_MINOR },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [stack]",
				"expand_stack([stack], addr) = 0 {grew by 16 pages *}",
				"access_error(PF_WRITE|PF_USER, 2, [stack]) = 0",
				"handle_mm_fault(mm, [stack], addr, " FF_UW
					") = RETRY",
				"  up_read(&mm->mmap_sem)",
				"mm_fault_error(regs, PF_WRITE|PF_USER, addr, RETRY) = 0",
				"down_read(&mm->mmap_sem)",
				T_GOOD("[stack]", "PF_WRITE|PF_USER", "2",
				       FF_UW2, "0")),
		},
	},
	{
		/* a pending SIGKILL does not matter when the fault succeeds */
		.name = "user_sigkill_pending_fault_still_handled",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .sigkill = SIGKILL_BEFORE, .vmas = { VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_USER", "0",
				       FF_U, "0")),
		},
	},
	/*
	 * While mmap_sem was dropped, another thread changed the mm: the
	 * retry finds the address again from scratch. Accounted from the
	 * first pass, as every retry is (C_RETRIED_FAILED: not on RHEL 7).
	 */
#define RETRY_MEANWHILE_F(flags, what)					\
	HMF_DATA(flags, "RETRY {meanwhile another thread " what "}")
#define RETRY_MEANWHILE(what)	RETRY_MEANWHILE_F(FF_UW, what)
	{
		.name = "user_retry_then_vma_unmapped_meanwhile_sigsegv",
		.in = IN(.ec = PF_USER | PF_WRITE, .address = DATA_START,
			 .unlocked = UNLOCKED_UNMAPPED, .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_RETRIED_FAILED },
			.calls = FK_CALLS(
				RETRY_MEANWHILE("unmapped the vma"),
				"down_read(&mm->mmap_sem)",
				"find_vma(mm, addr) = NULL",
				T_SEGV("PF_WRITE|PF_USER", "SEGV_MAPERR")),
		},
	},
	{
		/* munmap() of the vma's part up to the address's page: what
		 * is left of it lies above the address (split_vma()) */
		.name = "user_retry_then_vma_partly_unmapped_meanwhile_maperr",
		.in = IN(.ec = PF_USER | PF_WRITE, .address = DATA_START,
			 .unlocked = UNLOCKED_UNMAPPED_PART,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_RETRIED_FAILED },
			.calls = FK_CALLS(
				RETRY_MEANWHILE("unmapped the vma up to the address's page"),
				"down_read(&mm->mmap_sem)",
				"find_vma(mm, addr) = [data]",
				T_SEGV("PF_WRITE|PF_USER", "SEGV_MAPERR")),
		},
	},
	{
		/* the thread that changed the mm still holds mmap_sem for
		 * write when the retry takes it: down_read() sleeps */
		.name = "user_retry_writer_still_holds_lock_sleeps_then_accerr",
		.in = IN(.ec = PF_USER | PF_WRITE, .address = DATA_START,
			 .unlocked = UNLOCKED_MPROTECT_NONE,
			 .unlocked_writer = 1, .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { C_RETRIED_FAILED, [LOCK_WAITED] = 1 },
			.calls = FK_CALLS(
				"down_read(&mm->mmap_sem) {slept until the writer released it}",
				"find_vma(mm, addr) = [data]"),
		},
	},
	{
		.name = "user_retry_then_vma_mprotected_meanwhile_accerr",
		.in = IN(.ec = PF_USER | PF_WRITE, .address = DATA_START,
			 .unlocked = UNLOCKED_MPROTECT_NONE,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { C_RETRIED_FAILED },
			.calls = FK_CALLS(
				RETRY_MEANWHILE("made the vma PROT_NONE"),
				"down_read(&mm->mmap_sem)",
				"find_vma(mm, addr) = [data]",
				"access_error(PF_WRITE|PF_USER, 2, [data]) = 1",
				T_SEGV("PF_WRITE|PF_USER", "SEGV_ACCERR")),
		},
	},
	{
		/* a kernel write (copy_to_user) whose retry finds nothing */
		.name = "kernel_retry_then_vma_unmapped_meanwhile_fixup",
		.in = IN(.mode = KERNEL, .ec = PF_WRITE, .address = DATA_START,
			 .ip = UACCESS_IP, .extable = EXTABLE_UACCESS,
			 .unlocked = UNLOCKED_UNMAPPED, .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = FIXUP,
			.counters = { C_RETRIED_FAILED },
			.calls = FK_CALLS(
				RETRY_MEANWHILE_F("WRITE|ALLOW_RETRY|KILLABLE",
						  "unmapped the vma"),
				"find_vma(mm, addr) = NULL",
				T_KBAD("PF_WRITE", "SEGV_MAPERR", ""),
				T_FIXUP("    ", "PF_WRITE")),
		},
	},
};

FK_SUITE(retry);
