// SPDX-License-Identifier: GPL-2.0
/*
 * The per-VMA lock path of 6.12's do_user_addr_fault() (0bff0aaea03e,
 * v6.4): what lock_vma_under_rcu() meets (a write-locked, a detached or
 * a shrunk vma), a MAJOR retry marked FAULT_FLAG_TRIED on the mmap_lock
 * pass (46e714c729c8, v6.7), and an access error that releases the vma
 * lock before the signal (bc7996c864bf, v6.10). The 6.1 table, which
 * runs here too, covers the rest (T_ULOCK in its rows).
 */
#include <rows.h>

#define DATA	.address = DATA_START, .vmas = { VMA_TEXT, VMA_DATA }
/* mprotect() holds the vma, and so mmap_lock, for write */
#define WRITER	.contended = 1, .vma_race = VMA_WRITE_LOCKED

#define T_DETACHED							\
	"lock_vma_under_rcu(mm, addr) = [data] {detached: looked up again}"
/* ... and read-locked at the second lookup, which handles the fault */
#define T_RELOCKED							\
	"  vma_start_read([data]) = 1", T_VHMF("[data]", FF_U, "0"),	\
	"vma_end_read([data])"

#define T_NOT_LOCKED(vma)						\
	"lock_vma_under_rcu(mm, addr) = NULL",				\
	"  vma_start_read(" vma ") = 0"

/* a MAJOR retry under the vma lock marked tried (46e714c729c8, v6.7) */
#define MAJOR_RETRY_TRIED {						\
	.outcome = HANDLED,						\
	.counters = { C_MAJOR, C_VRETRY },				\
	.calls = FK_CALLS(T_VLOCK("[data]"),				\
		T_VHMF("[data]", FF_U, "MAJOR|RETRY"),			\
		T_VRELEASED("[data]"), T_LOCK("[data]"),		\
		T_GOOD("[data]", FF_UT)), \
}

static const struct fk_row rows[] = {
	{
		/* a MAJOR retry counts as tried: the fault is major. 6.6
		 * marks no retry after the vma lock tried (46e714c729c8,
		 * v6.7): the second pass counts a minor fault; 6.7, built
		 * on 6.6, has the commit */
		.name = "user_vma_lock_major_retry_then_minor_counts_major",
		.in = IN(.ec = UREAD, DATA),
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_MAJOR | VM_FAULT_RETRY, 0) },
		.expect = MAJOR_RETRY_TRIED,
		.on = FK_ON({ "6.6", {
			.outcome = HANDLED,
			.counters = { C_MINOR, C_VRETRY },
			.calls = FK_CALLS(T_VLOCK("[data]"),
				T_VHMF("[data]", FF_U, "MAJOR|RETRY"),
				T_VRELEASED("[data]"), T_LOCK("[data]"),
				T_GOOD("[data]", FF_U)),
		} }, { "6.7", MAJOR_RETRY_TRIED }),
	},
	/* the vma lock is taken: mmap_lock, once the writer is done */
	K_ROW("user_vma_write_locked_waits_for_mmap_lock",
	      IN(.ec = UWRITE, WRITER, DATA), HANDLED,
	      (C_MINOR, C_UFALLBACK, [LOCK_WAITED] = 1),
	      T_NOT_LOCKED("[data]"),
	      "  mmap_read_lock_killable(mm) = 0 {slept until the writer released it}",
	      T_GOOD("[data]", FF_UW)),
	K_ROW("user_vma_write_locked_fatal_signal_sigsegv",
	      IN(.ec = UWRITE, WRITER, .sigkill = SIGKILL_BEFORE, DATA),
	      SEGV_MAPERR_, ([PERF_FAULTS] = 1, C_UFALLBACK),
	      T_NOT_LOCKED("[data]"),
	      "lock_mm_and_find_vma(mm, addr, regs) = NULL",
	      "  mmap_read_lock_killable(mm) = -EINTR {fatal signal pending: gave up waiting}",
	      T_MAPERR("WRITE|USER")),
	/*
	 * unmapped after the lookup and replaced: looked up again. From
	 * 6.15 on the lock is a reference count, which a detached vma no
	 * longer takes: vma_start_read() fails (-EAGAIN) with nothing to
	 * give back ("mm: replace vm_lock and detached flag with a
	 * reference count", v6.15).
	 */
	{
		.name = "user_vma_detached_looked_up_again_minor_fault",
		.in = IN(.ec = UREAD, .vma_race = VMA_DETACHED, DATA),
		.expect = { .outcome = HANDLED,
			.counters = { C_MINOR_([VMA_READ] = 2),
				      [VMA_SUCCESS] = 1, [VMA_MISS] = 1 },
			.calls = FK_CALLS(T_DETACHED,
				"  vma_start_read([data]) = 1",
				"  vma_end_read([data])", T_RELOCKED) },
		.on = FK_ON({ "6.15", { .outcome = HANDLED,
			.counters = { C_MINOR_([VMA_READ] = 1),
				      [VMA_SUCCESS] = 1, [VMA_MISS] = 1 },
			.calls = FK_CALLS(T_DETACHED,
				"  vma_start_read([data]) = 0",
				T_RELOCKED) } }),
	},
	/* it shrank away from the address before the lock: under
	 * mmap_lock the address is unmapped */
	K_ROW("user_vma_shrunk_before_lock_falls_back_maperr",
	      IN(.ec = UREAD, .vma_race = VMA_SHRUNK, DATA), SEGV_MAPERR_,
	      (C_BAD, C_UFALLBACK, [VMA_READ] = 1),
	      "lock_vma_under_rcu(mm, addr) = NULL",
	      "  vma_start_read([data]) = 1", "  vma_end_read([data])",
	      "lock_mm_and_find_vma(mm, addr, regs) = NULL",
	      "  find_vma(mm, addr) = [data]", T_MAPERR("USER")),
	{
		/* __bad_area() drops the vma lock, not mmap_lock, first */
		.name = "user_write_readonly_vma_lock_released_before_signal",
		.in = IN(.ec = UWRITE, .address = RO_START,
			 .vmas = { VMA_TEXT, VMA_RO }),
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { [PERF_FAULTS] = 1, C_VLOCK },
			.calls = FK_CALLS(T_VLOCK("[rodata]"),
					  "vma_end_read([rodata])",
					  T_ACCERR("WRITE|USER")),
		},
		.on = FK_ON({ "6.6", { .na = "6.6 signals no access error "
			"under the vma lock (bc7996c864bf, v6.10): it looks "
			"again under mmap_lock, as user_write_readonly_vma_accerr "
			"shows" } }, { "6.9", { .na = "6.9 signals no access "
			"error under the vma lock (bc7996c864bf, v6.10): it "
			"looks again under mmap_lock, as "
			"user_write_readonly_vma_accerr shows" } }),
	},
	{
		/* the writer that had the vma write-locked at the lookup has
		 * unlocked mmap_lock by the fallback: it takes it at once */
		.name = "user_vma_write_locked_writer_gone_takes_mmap_lock",
		.in = IN(.ec = UREAD, .vma_race = VMA_WRITE_LOCKED, DATA),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR, C_UFALLBACK },
			.calls = FK_CALLS("lock_vma_under_rcu(mm, addr) = NULL",
				"  vma_start_read([data]) = 0",
				"lock_mm_and_find_vma(mm, addr, regs) = [data]",
				"  mmap_read_trylock(mm) = 1",
				T_GOOD("[data]", FF_U)),
		},
	},
};

FK_SUITE(vma_lock);
