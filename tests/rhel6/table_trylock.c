// SPDX-License-Identifier: GPL-2.0
/*
 * mmap_sem contended: user faults and kernel faults from an exception-
 * table site sleep in down_read(); any other kernel fault must not, as it
 * may already hold mmap_sem.
 */
#include <rows.h>

#define HOLE		(DATA_START + 0x80000)
#define T_SLEEP								\
	"down_read_trylock(&mm->mmap_sem) = 0",				\
	"down_read(&mm->mmap_sem) {slept until the writer released it}"
#define C_SLEPT	[PERF_FAULTS] = 1, [LOCK_TAKEN] = 1, [LOCK_WAITED] = 1

static const struct fk_row rows[] = {
	{
		.name = "user_contended_sleeps_then_minor_fault",
		.in = IN(.ec = PF_USER, .address = DATA_START, .contended = 1,
			 .vmas = { VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_SLEPT, [MIN_FLT] = 1, [PERF_MIN] = 1 },
			.calls = FK_CALLS(T_SLEEP,
				T_GOOD("[data]", "PF_USER", "0",
				       FF_U, "0")),
		},
	},
	{
		.name = "user_contended_bad_address_sigsegv",
		.in = IN(.ec = PF_USER, .address = HOLE, .contended = 1,
			 .vmas = { VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_SLEPT },
			.calls = FK_CALLS(T_SLEEP,
				"find_vma(mm, addr) = NULL",
				T_SEGV("PF_USER", "SEGV_MAPERR")),
		},
	},
	{
		.name = "kernel_contended_extable_ip_sleeps_then_minor_fault",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .contended = 1, .ip = UACCESS_IP,
			 .extable = EXTABLE_UACCESS, .vmas = { VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_SLEPT, [MIN_FLT] = 1, [PERF_MIN] = 1 },
			.calls = FK_CALLS(
				"down_read_trylock(&mm->mmap_sem) = 0",
				"search_exception_tables(ip) = extable[0]",
				"down_read(&mm->mmap_sem) {slept until the writer released it}",
				T_GOOD("[data]", "0", "0",
				       "ALLOW_RETRY|KILLABLE", "0")),
		},
	},
	{
		.name = "kernel_contended_extable_ip_bad_address_fixup",
		.in = IN(.mode = KERNEL, .ec = 0, .address = HOLE,
			 .contended = 1, .ip = UACCESS_IP,
			 .extable = EXTABLE_UACCESS, .vmas = { VMA_DATA }),
		.expect = {
			.outcome = FIXUP,
			.counters = { C_SLEPT },
			.calls = FK_CALLS(
				"down_read_trylock(&mm->mmap_sem) = 0",
				"search_exception_tables(ip) = extable[0]",
				"down_read(&mm->mmap_sem) {slept until the writer released it}",
				"find_vma(mm, addr) = NULL",
				T_KBAD("0", "SEGV_MAPERR", ""),
				T_FIXUP("    ", "0")),
		},
	},
	{
		/* may already hold mmap_sem: no sleeping, straight to oops */
		.name = "kernel_contended_no_extable_oops_without_lock",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .contended = 1, .ip = KERNEL_IP,
			 .vmas = { VMA_DATA }),
		.expect = {
			.outcome = OOPS,
			.counters = { [PERF_FAULTS] = 1 },
			.calls = FK_CALLS(
				"down_read_trylock(&mm->mmap_sem) = 0",
				"search_exception_tables(ip) = NULL",
				"__bad_area_nosemaphore(regs, 0, addr, SEGV_MAPERR)" NORET,
				T_OOPS("  ", "0")),
		},
	},
	{
		/* a kernel prefetch of a user address: dropped, no lock taken */
		.name = "kernel_contended_no_extable_prefetch_ignored",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .contended = 1, .ip = KERNEL_IP,
			 .insn = { 0x0f, 0x18, 0x0e }, .vmas = { VMA_DATA }),
		.expect = {
			.outcome = EARLY,
			.counters = { [PERF_FAULTS] = 1 },
			.calls = FK_CALLS(
				"down_read_trylock(&mm->mmap_sem) = 0",
				"search_exception_tables(ip) = NULL",
				"__bad_area_nosemaphore(regs, 0, addr, SEGV_MAPERR)",
				"  no_context(regs, 0, addr)",
				"    fixup_exception(regs) = 0",
				"      search_exception_tables(ip) = NULL"),
		},
	},
};

FK_SUITE(trylock);
