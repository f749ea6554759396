// SPDX-License-Identifier: GPL-2.0
/*
 * What handle_mm_fault() answers: RETRY, again and again with
 * FAULT_FLAG_TRIED (a retried fault counts as major); RETRY with a signal
 * (fault_signal_pending: fatal, or any signal for a user fault); OOM,
 * SIGBUS, hwpoison, SIGSEGV, and an answer the handler does not know.
 */
#include <rows.h>

#define T_RETRY(vma, ff)						\
	T_HMF(vma, ff, "RETRY"), T_RELEASED

#define UACCESS	.mode = KERNEL, .ec = 0, .ip = UACCESS_IP, .ac = 1,	\
		.extable = EXTABLE_UACCESS
#define NOACCESS .mode = KERNEL, .ec = 0, .ip = KERNEL_IP, .ac = 1

/* handle_mm_fault() answers @vmf, then the lock is dropped by us */
#define T_ANSWER(vmf, ff)						\
	T_LOCK("[data]"), T_HMF("[data]", ff, vmf)
#define T_UANSWER(vmf, ff)						\
	T_ULOCK("[data]"), T_UHMF("[data]", ff, vmf)

/*
 * 6.12: the first pass of a user fault runs under the vma's lock; a
 * RETRY there releases it (the mm did) and falls back to mmap_lock,
 * marked FAULT_FLAG_TRIED only if it was MAJOR (46e714c729c8, v6.7),
 * unless a signal is pending: then it returns at once.
 */
#define T_VRETRY(ff)							\
	T_VLOCK("[data]"), T_VHMF("[data]", ff, "RETRY"),		\
	T_VRELEASED("[data]")
#define ON_VMA_RETRY_RETURNS(oc)					\
	{ "6.12", { .outcome = oc,					\
		.counters = { [PERF_FAULTS] = 1, C_VRETRY },		\
		.calls = FK_CALLS(T_VRETRY(FF_U)) } }

/*
 * A RETRY, then a minor fault: counted major by the mm from bce617edecad
 * (v5.9), minor by 5.4's fault.c; RHEL 8.8 to 8.10 (on 5.4's profile)
 * have the newer mm's, and RHEL 8.6 and 8.7 count in fault.c, as 5.4.
 */
#define E_RETRIED(ctr, ff, fft)						\
	{ .outcome = HANDLED, .counters = { ctr },			\
	  .calls = FK_CALLS(T_LOCK("[data]"), T_RETRY("[data]", ff),	\
			    T_LOCK("[data]"), T_HMF("[data]", fft, "0")) }
/* ... three times, then a minor fault (RHEL 8.6 counts minor too) */
#define E_RETRIED_3(ctr)						\
	{ .outcome = HANDLED, .counters = { ctr },			\
	  .calls = FK_CALLS(T_LOCK("[data]"), T_RETRY("[data]", FF_UW),	\
			    T_LOCK("[data]"),				\
			    T_RETRY("[data]", "WRITE|" FF_UT),		\
			    T_LOCK("[data]"),				\
			    T_RETRY("[data]", "WRITE|" FF_UT),		\
			    T_LOCK("[data]"),				\
			    T_HMF("[data]", "WRITE|" FF_UT, "0")) }
/* ... or a RETRY a pending signal ends (fault_signal_pending()) */
#define E_SIGNAL_ENDS_RETRY						\
	{ .outcome = EARLY, .counters = { C_BAD },			\
	  .calls = FK_CALLS(T_LOCK("[data]"), T_RETRY("[data]", FF_U)) }

static const struct fk_row rows[] = {
	{
		.name = "user_retry_then_minor_counts_major",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY, 0) },
		.expect = E_RETRIED(C_MAJOR_N(2), FF_U, FF_UT),
		/* 6.12: not MAJOR, so the retry is not TRIED: minor */
		.on = FK_ON({ "6.12", { .outcome = HANDLED,
			.counters = { C_MINOR, C_VRETRY },
			.calls = FK_CALLS(T_VRETRY(FF_U), T_LOCK("[data]"),
					  T_GOOD("[data]", FF_U)) } },
			{ "5.4", E_RETRIED(C_MINOR_N(2), FF_U, FF_UT) },
			{ "rhel8.10", E_RETRIED(C_MAJOR_N(2), FF_U, FF_UT) },
			{ "rhel8.6", E_RETRIED(C_MINOR_N(2), FF_U, FF_UT) }),
	},
	{
		/* 6.1 keeps ALLOW_RETRY: a fault may retry many times */
		.name = "user_retry_three_times_then_minor",
		.in = IN(.ec = UWRITE, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY,
				      VM_FAULT_RETRY, VM_FAULT_RETRY, 0) },
		.expect = E_RETRIED_3(C_MAJOR_N(4)),
		.on = FK_ON({ "6.12", { .outcome = HANDLED,
			.counters = { C_MAJOR_N(3), C_VRETRY },
			.calls = FK_CALLS(T_VRETRY(FF_UW), T_LOCK("[data]"),
				T_RETRY("[data]", FF_UW), T_LOCK("[data]"),
				T_RETRY("[data]", "WRITE|" FF_UT),
				T_LOCK("[data]"),
				T_HMF("[data]", "WRITE|" FF_UT, "0")) } },
			{ "5.4", { .na = NA_RETRY_ONCE } },
			FK_AS_EXPECTED("rhel8.10"),
			{ "rhel8.6", E_RETRIED_3(C_MINOR_N(4)) }),
	},
	{
		.name = "user_retry_fatal_signal_returns_killed",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .sigkill = SIGKILL_IN_HMF1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = KILLED,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_LOCK("[data]"),
				T_RETRY("[data]", FF_U)),
		},
		.on = FK_ON(ON_VMA_RETRY_RETURNS(KILLED)),
	},
	{
		.name = "user_retry_second_pass_fatal_signal_killed",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .sigkill = SIGKILL_IN_HMF2,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY,
				      VM_FAULT_RETRY) },
		.expect = {
			.outcome = KILLED,
			.counters = { C_BAD_N(2) },
			.calls = FK_CALLS(T_LOCK("[data]"),
				T_RETRY("[data]", FF_U), T_LOCK("[data]"),
				T_RETRY("[data]", FF_UT)),
		},
		.on = FK_ON({ "6.12", { .outcome = KILLED,
			.counters = { C_BAD, C_VRETRY },
			.calls = FK_CALLS(T_VRETRY(FF_U), T_LOCK("[data]"),
					  T_RETRY("[data]", FF_U)) } }),
	},
	{
		/* any pending signal ends a user fault's retry: the signal
		 * is delivered and the access faults again afterwards (5.4:
		 * only a fatal one, before fault_signal_pending(),
		 * 39678191cd89, v5.7) */
		.name = "user_retry_pending_signal_returns",
		.in = IN(.ec = UREAD, .address = DATA_START, .sigpending = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = E_SIGNAL_ENDS_RETRY,
		.on = FK_ON(ON_VMA_RETRY_RETURNS(EARLY),
			{ "5.4", E_RETRIED(C_MINOR_N(2), FF_U, FF_UT) },
			{ "rhel8.10", E_SIGNAL_ENDS_RETRY }),
	},
	{
		/* ... but not a kernel fault's: only a fatal one does */
		.name = "kernel_retry_pending_signal_retries",
		.in = IN(UACCESS, .address = DATA_START, .sigpending = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY, 0) },
		.expect = E_RETRIED(C_MAJOR_N(2), FF_K, FF_KT),
		.on = FK_ON({ "5.4", E_RETRIED(C_MINOR_N(2), FF_K, FF_KT) },
			{ "rhel8.10", E_RETRIED(C_MAJOR_N(2), FF_K, FF_KT) },
			{ "rhel8.6", E_RETRIED(C_MINOR_N(2), FF_K, FF_KT) }),
	},
	{
		.name = "kernel_retry_fatal_signal_extable_fixup",
		.in = IN(UACCESS, .address = DATA_START,
			 .sigkill = SIGKILL_IN_HMF1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = FIXUP,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_LOCK("[data]"),
				T_RETRY("[data]", FF_K), T_FIXUP("0")),
		},
	},
	{
		/* 5.4: the retry has no ALLOW_RETRY; the mm answers RETRY
		 * for the fatal signal that ended its killable wait, and
		 * no_context() fixes the access up with SIGBUS */
		.name = "kernel_retry_second_pass_fatal_signal_extable_fixup",
		.in = IN(UACCESS, .address = DATA_START,
			 .sigkill = SIGKILL_IN_HMF2,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY,
				      VM_FAULT_RETRY) },
		.expect = {
			.outcome = FIXUP,
			.counters = { C_BAD_N(2) },
			.calls = FK_CALLS(T_LOCK("[data]"),
				T_RETRY("[data]", FF_K), T_LOCK("[data]"),
				T_RETRY("[data]", FF_KT), T_FIXUP("0")),
		},
	},
	{
		.name = "kernel_retry_fatal_signal_no_extable_oops",
		.in = IN(NOACCESS, .address = DATA_START,
			 .sigkill = SIGKILL_IN_HMF1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = OOPS,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_LOCK("[data]"),
				T_RETRY("[data]", FF_K), T_NOFIX("0"),
				T_OOPS("0", "0")),
		},
	},
	{
		.name = "user_oom_calls_oom_killer",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_OOM) },
		.expect = {
			.outcome = OOM,
			.counters = { C_UBAD },
			.calls = FK_CALLS(T_UANSWER("OOM", FF_U),
				"pagefault_out_of_memory()"),
		},
	},
	{
		.name = "kernel_oom_extable_fixup",
		.in = IN(UACCESS, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_OOM) },
		.expect = {
			.outcome = FIXUP,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_ANSWER("OOM", FF_K), T_FIXUP("0")),
		},
	},
	{
		.name = "kernel_oom_no_extable_oops",
		.in = IN(NOACCESS, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_OOM) },
		.expect = {
			.outcome = OOPS,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_ANSWER("OOM", FF_K), T_NOFIX("0"),
					  T_OOPS("0", "0")),
		},
	},
	{
		/* a kernel fault that failed while the task is dying:
		 * fix up, whatever the error */
		.name = "kernel_sigbus_fatal_signal_extable_fixup",
		.in = IN(UACCESS, .address = DATA_START,
			 .sigkill = SIGKILL_BEFORE,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = FIXUP,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_ANSWER("SIGBUS", FF_K), T_FIXUP("0")),
		},
	},
	{
		/* a dying user task still gets the SIGBUS */
		.name = "user_sigbus_fatal_signal_still_sigbus",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .sigkill = SIGKILL_BEFORE,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = SIGBUS_ADRERR,
			.counters = { C_UBAD },
			.calls = FK_CALLS(T_UANSWER("SIGBUS", FF_U),
				T_VDSO_NOFIX("USER")
				"force_sig_fault(SIGBUS, 2, addr) = 0 {BUS_ADRERR}"),
		},
	},
	{
		.name = "user_sigbus_adrerr",
		.in = IN(.ec = UWRITE, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = SIGBUS_ADRERR,
			.counters = { C_UBAD },
			.calls = FK_CALLS(T_UANSWER("SIGBUS", FF_UW),
				T_VDSO_NOFIX("WRITE|USER")
				"force_sig_fault(SIGBUS, 2, addr) = 0 {BUS_ADRERR}"),
		},
	},
	{
		.name = "user_hwpoison_mceerr_page_lsb",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_HWPOISON) },
		.expect = {
			.outcome = SIGBUS_MCEERR,
			.counters = { C_UBAD },
			.calls = FK_CALLS(T_UANSWER("HWPOISON", FF_U),
				T_VDSO_NOFIX("USER")
				"force_sig_mceerr(4, addr, 12) = 0 {BUS_MCEERR_AR lsb=12}"),
		},
	},
	{
		/*
		 * a poisoned 1 GiB page: on a CPU with 1 GiB pages
		 * arch/x86/mm/hugetlbpage.c's gigantic_pages_init() (an
		 * arch_initcall) registers 1G before hugetlb_init()'s 2M, so
		 * 1G is hstate 0 ...
		 */
		.name = "user_hwpoison_large_mceerr_hstate_lsb",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_HWPOISON_LARGE |
				      VM_FAULT_SET_HINDEX(0)) },
		.expect = {
			.outcome = SIGBUS_MCEERR,
			.counters = { C_UBAD },
			.calls = FK_CALLS(T_UANSWER("HWPOISON_LARGE", FF_U),
				T_VDSO_NOFIX("USER")
				"hstate_index_to_shift(0) = 30",
				"force_sig_mceerr(4, addr, 30) = 0 {BUS_MCEERR_AR lsb=30}"),
		},
	},
	{
		/* ... and a poisoned 2 MiB page is hstate 1 */
		.name = "user_hwpoison_2m_page_hstate_1_lsb21",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_HWPOISON_LARGE |
				      VM_FAULT_SET_HINDEX(1)) },
		.expect = {
			.outcome = SIGBUS_MCEERR,
			.counters = { C_UBAD },
			.calls = FK_CALLS(T_UANSWER("HWPOISON_LARGE|0x10000", FF_U),
				T_VDSO_NOFIX("USER")
				"hstate_index_to_shift(1) = 21",
				"force_sig_mceerr(4, addr, 21) = 0 {BUS_MCEERR_AR lsb=21}"),
		},
	},
	{
		.name = "kernel_sigbus_extable_fixup",
		.in = IN(UACCESS, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = FIXUP,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_ANSWER("SIGBUS", FF_K), T_FIXUP("0")),
		},
	},
	{
		.name = "user_sigbus_vdso_fixup_no_signal",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_SIGBUS),
			    FK_SCRIPT(fixup_vdso_exception, 1) },
		.expect = {
			.outcome = EARLY,
			.counters = { C_UBAD },
			.calls = FK_CALLS(T_UANSWER("SIGBUS", FF_U),
				"fixup_vdso_exception(regs, 14, USER, addr) = 1"),
		},
		.on = FK_ON({ "5.10", { .na = NA_NO_VDSO_FIXUP } },
			    FK_AS_EXPECTED("rhel8.10")),
	},
	{
		/* the opcode after 0x0f is read with get_kernel_nofault(),
		 * which refuses a user address: no prefetch, SIGBUS */
		.name = "user_sigbus_amd_k8_prefetch_not_recognised",
		.in = IN(.ec = UREAD, .address = DATA_START, .amd_k8 = 1,
			 .ip = USER_IP, .insn = { 0x0f, 0x0d, 0x08 },
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = SIGBUS_ADRERR,
			.counters = { C_UBAD },
			.calls = FK_CALLS(T_UANSWER("SIGBUS", FF_U),
				T_VDSO_NOFIX("USER")
				"force_sig_fault(SIGBUS, 2, addr) = 0 {BUS_ADRERR}"),
		},
		/* 5.4's probe_kernel_address() reads the user opcode: the
		 * prefetch is recognised (tests/6.1/table_bad_area.c) */
		.on = FK_ON({ "5.4", { .outcome = EARLY,
			.counters = { C_UBAD },
			.calls = FK_CALLS(T_UANSWER("SIGBUS", FF_U),
					  T_UNLOCK) } }),
	},
	{
		/* a guard page, userfaultfd: the mm says SIGSEGV */
		.name = "user_vm_fault_sigsegv_maperr",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_SIGSEGV) },
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UBAD },
			.calls = FK_CALLS(T_UANSWER("SIGSEGV", FF_U),
					  T_MAPERR("USER")),
		},
	},
	{
		/* an error bit the handler has no case for */
		.name = "user_vm_fault_fallback_bug",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_FALLBACK) },
		.expect = {
			.outcome = OOPS,
			.counters = { C_UBAD },
			.calls = FK_CALLS(T_UANSWER("FALLBACK", FF_U),
					  "BUG()" NORET),
		},
	},

	/*
	 * While the lock was dropped for the retry, another thread unmapped
	 * the vma or made it PROT_NONE: the retry looks the address up
	 * again and finds the mm as it is now. A retried pass is not
	 * accounted, so neither fault is.
	 */
#define MEANWHILE(what)	"RETRY {meanwhile another thread " what "}"
#define MEANWHILE_MAPERR_ROW(rowname, unl, what, left)		\
	{								\
		.name = rowname,					\
		.in = IN(.ec = UWRITE, .address = DATA_START,		\
			 .unlocked = unl, .vmas = { VMA_TEXT, VMA_DATA }), \
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) }, \
		.expect = {						\
			.outcome = SEGV_MAPERR_,			\
			.counters = { C_BAD_N(2) },			\
			.calls = FK_CALLS(T_LOCK("[data]"),		\
				T_HMF("[data]", FF_UW, MEANWHILE(what)),	\
				T_NO_VMA(left),				\
				T_MAPERR("WRITE|USER")),		\
		},							\
		/* 6.12: the first pass under the vma's lock */		\
		.on = FK_ON({ "6.12", { .outcome = SEGV_MAPERR_,	\
			.counters = { C_BAD, C_VRETRY },		\
			.calls = FK_CALLS(T_VLOCK("[data]"),		\
				T_VHMF("[data]", FF_UW, MEANWHILE(what)), \
				T_NO_VMA(left),				\
				T_MAPERR("WRITE|USER")) } }),		\
	}
	/* the vma gone from under the address: the lookup finds none, or
	 * (a partial munmap(), split_vma()) only the part left above it,
	 * which does not grow down */
	MEANWHILE_MAPERR_ROW("user_retry_then_vma_unmapped_meanwhile_maperr",
			     UNLOCKED_UNMAPPED, "unmapped the vma", "NULL"),
	MEANWHILE_MAPERR_ROW("user_retry_then_vma_partly_unmapped_meanwhile_maperr",
			     UNLOCKED_UNMAPPED_PART,
			     "unmapped the vma up to the address's page",
			     "[data]"),
	{
		.name = "user_retry_then_vma_mprotected_meanwhile_accerr",
		.in = IN(.ec = UWRITE, .address = DATA_START,
			 .unlocked = UNLOCKED_MPROTECT_NONE,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { C_BAD_N(2) },
			.calls = FK_CALLS(T_LOCK("[data]"),
				T_HMF("[data]", FF_UW,
				      MEANWHILE("made the vma PROT_NONE")),
				T_LOCK("[data]"),
				T_ACCERR("WRITE|USER")),
		},
		.on = FK_ON({ "6.12", { .outcome = SEGV_ACCERR_,
			.counters = { C_BAD, C_VRETRY },
			.calls = FK_CALLS(T_VLOCK("[data]"),
				T_VHMF("[data]", FF_UW,
				       MEANWHILE("made the vma PROT_NONE")),
				T_LOCK("[data]"), T_ACCERR("WRITE|USER")) } }),
	},
	{
		/* the thread that changed the mm still holds mmap_lock for
		 * write when the retry takes it: the trylock fails and the
		 * retry sleeps (killably) until it is released */
		.name = "user_retry_writer_still_holds_lock_sleeps_then_accerr",
		.in = IN(.ec = UWRITE, .address = DATA_START,
			 .unlocked = UNLOCKED_MPROTECT_NONE,
			 .unlocked_writer = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY) },
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { C_BAD_N(2), [LOCK_WAITED] = 1 },
			.calls = FK_CALLS(T_LOCK("[data]"),
				"lock_mm_and_find_vma(mm, addr, regs) = [data]",
				"  mmap_read_trylock(mm) = 0",
				"  mmap_read_lock_killable(mm) = 0 {slept until the writer released it}",
				T_ACCERR("WRITE|USER")),
		},
		.on = FK_ON({ "6.12", { .outcome = SEGV_ACCERR_,
			.counters = { C_BAD, C_VRETRY, [LOCK_WAITED] = 1 },
			.calls = FK_CALLS(T_VLOCK("[data]"),
				"lock_mm_and_find_vma(mm, addr, regs) = [data]",
				"  mmap_read_trylock(mm) = 0",
				"  mmap_read_lock_killable(mm) = 0 {slept until the writer released it}",
				T_ACCERR("WRITE|USER")) } },
			/* 6.1.0: fault.c's retry takes the lock itself, and
			 * uninterruptibly (eda0047296a1 came in 6.1.37) */
			{ "6.1.0", { .outcome = SEGV_ACCERR_,
			.counters = { C_BAD_N(2), [LOCK_WAITED] = 1 },
			.calls = FK_CALLS(T_LOCK("[data]"),
				T_WAITED,
				T_LOCK("[data]"), T_ACCERR("WRITE|USER")) } }),
	},
};

FK_SUITE(hmf);
