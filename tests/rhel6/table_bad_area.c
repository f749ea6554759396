// SPDX-License-Identifier: GPL-2.0
/* No vma covers the address and none can grow to it: SEGV_MAPERR. */
#include <rows.h>

/* between [data] and [rodata] */
#define HOLE	(DATA_START + 0x80000)

static const struct fk_row rows[] = {
	{
		.name = "user_null_read_sigsegv_maperr",
		.in = IN(.ec = PF_USER, .address = 0, .ip = TEXT_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [text]",
				T_SEGV("PF_USER", "SEGV_MAPERR")),
		},
	},
	{
		.name = "user_read_above_last_vma_sigsegv_maperr",
		.in = IN(.ec = PF_USER, .address = HOLE + 0x10000000,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = NULL",
				T_SEGV("PF_USER", "SEGV_MAPERR")),
		},
	},
	{
		.name = "user_write_hole_below_plain_vma_sigsegv_maperr",
		.in = IN(.ec = PF_USER | PF_WRITE, .address = STACK_START - 8,
			 .sp = SP_LOW, .vmas = { VMA_DATA, VMA_HIGH }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [high]",
				T_SEGV("PF_WRITE|PF_USER", "SEGV_MAPERR")),
		},
	},
	{
		.name = "kernel_null_deref_oops",
		.in = IN(.mode = KERNEL, .ec = 0, .address = 0,
			 .ip = KERNEL_IP, .vmas = { VMA_TEXT }),
		.expect = {
			.outcome = OOPS,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [text]",
				T_KBAD("0", "SEGV_MAPERR", NORET),
				T_OOPS("    ", "0")),
		},
	},
	{
		/*
		 * A B-stepping K8 may report a kernel fetch's rip with its
		 * upper half lost: x86_64's search_extable() (arch/x86/mm/
		 * extable.c) fills it in before looking, so the entry of the
		 * kernel instruction is found, before is_errata93() is asked
		 */
		.name = "kernel_fetch_low_half_ip_extable_found_filled_in",
		.in = IN(.mode = KERNEL, .ec = PF_INSTR,
			 .address = KERNEL_IP & 0xffffffffUL,
			 .ip = KERNEL_IP & 0xffffffffUL,
			 .extable = { { KERNEL_IP, UACCESS_FIXUP } },
			 .vmas = { VMA_TEXT }),
		.expect = {
			.outcome = FIXUP,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = NULL",
				T_KBAD("PF_INSTR", "SEGV_MAPERR", ""),
				"    no_context(regs, PF_INSTR, addr)",
				"      fixup_exception(regs) = 1 {addr -> fixup}",
				"        search_exception_tables(addr) = extable[0] {looked up as 0xffffffff81004321}"),
#if __SIZEOF_LONG__ != 8
			.na = "an ILP32 eip has no upper half",
#endif
		},
	},
	{
		.name = "kernel_get_user_bad_address_fixup",
		.in = IN(.mode = KERNEL, .ec = 0, .address = HOLE,
			 .ip = UACCESS_IP, .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_DATA, VMA_RO }),
		.expect = {
			.outcome = FIXUP,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [rodata]",
				T_KBAD("0", "SEGV_MAPERR", ""),
				T_FIXUP("    ", "0")),
		},
	},
	{
		/* RHEL6's relative fixup (< 16): a few bytes on, -EFAULT */
		.name = "kernel_get_user_relative_fixup_sets_uaccess_err",
		.in = IN(.mode = KERNEL, .ec = 0, .address = HOLE,
			 .ip = UACCESS_IP, .extable = { { UACCESS_IP, 8 } },
			 .vmas = { VMA_DATA }),
		.expect = {
			.outcome = FIXUP,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = NULL",
				T_KBAD("0", "SEGV_MAPERR", ""),
				"    no_context(regs, 0, addr)",
				"      fixup_exception(regs) = 1 {ip += 8, uaccess_err=-EFAULT}",
				"        search_exception_tables(ip) = extable[0]"),
		},
	},
	{
		/* AMD prefetch quirk: the fault is dropped, no signal */
		.name = "user_prefetch_in_hole_ignored",
		.in = IN(.ec = PF_USER, .address = HOLE, .ip = TEXT_START,
			 .insn = { 0x3e, 0x0f, 0x18, 0x08 },
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = EARLY,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = NULL",
				"__bad_area(regs, PF_USER, addr, SEGV_MAPERR)",
				"  up_read(&mm->mmap_sem)",
				"  __bad_area_nosemaphore(regs, PF_USER, addr, SEGV_MAPERR)"),
		},
	},
#if __SIZEOF_LONG__ == 8
	{
		/* a compat task's TASK_SIZE is 0xffffe000: its prefetch up
		 * there (the vDSO page) is not decoded, the fault is real */
		.name = "user32_prefetch_above_compat_task_size_maperr",
		.in = IN(.mode = USER32, .ec = PF_USER, .address = HOLE,
			 .ip = 0xffffe400UL, .insn = { 0x0f, 0x18, 0x08 },
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = NULL",
				T_SEGV("PF_USER", "SEGV_MAPERR")),
		},
	},
#endif
};

FK_SUITE(bad_area);
