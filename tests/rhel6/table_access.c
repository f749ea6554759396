// SPDX-License-Identifier: GPL-2.0
/* A vma covers the address but does not allow the access: SEGV_ACCERR. */
#include <rows.h>

static const struct fk_row rows[] = {
	{
		.name = "user_write_readonly_vma_sigsegv_accerr",
		.in = IN(.ec = PF_USER | PF_WRITE, .address = RO_START + 8,
			 .vmas = { VMA_TEXT, VMA_RO }),
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [rodata]",
				"access_error(PF_WRITE|PF_USER, 2, [rodata]) = 1",
				T_SEGV("PF_WRITE|PF_USER", "SEGV_ACCERR")),
		},
	},
	{
		.name = "user_write_text_sigsegv_accerr",
		.in = IN(.ec = PF_USER | PF_WRITE | PF_PROT,
			 .address = TEXT_START + 0x20, .vmas = { VMA_TEXT }),
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [text]",
				"access_error(PF_PROT|PF_WRITE|PF_USER, 2, [text]) = 1",
				T_SEGV("PF_PROT|PF_WRITE|PF_USER", "SEGV_ACCERR")),
		},
	},
	{
		.name = "user_read_prot_none_sigsegv_accerr",
		.in = IN(.ec = PF_USER, .address = NONE_START + 0x10,
			 .vmas = { VMA_NONE }),
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [prot_none]",
				"access_error(PF_USER, 0, [prot_none]) = 1",
				T_SEGV("PF_USER", "SEGV_ACCERR")),
		},
	},
	{
		/* a read that hit a present page: a protection fault */
		.name = "user_read_present_page_protection_accerr",
		.in = IN(.ec = PF_USER | PF_PROT, .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [data]",
				"access_error(PF_PROT|PF_USER, 0, [data]) = 1",
				T_SEGV("PF_PROT|PF_USER", "SEGV_ACCERR")),
		},
	},
	{
		.name = "user_exec_nx_page_sigsegv_accerr",
		.in = IN(.ec = PF_USER | PF_PROT | PF_INSTR,
			 .address = DATA_START + 0x80, .ip = DATA_START + 0x80,
			 .vmas = { VMA_DATA }),
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [data]",
				"access_error(PF_PROT|PF_USER|PF_INSTR, 0, [data]) = 1",
				T_SEGV("PF_PROT|PF_USER|PF_INSTR", "SEGV_ACCERR")),
		},
	},
	{
		.name = "kernel_write_readonly_user_page_fixup",
		.in = IN(.mode = KERNEL, .ec = PF_WRITE, .address = RO_START,
			 .ip = UACCESS_IP, .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_RO }),
		.expect = {
			.outcome = FIXUP,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [rodata]",
				"access_error(PF_WRITE, 2, [rodata]) = 1",
				T_KBAD("PF_WRITE", "SEGV_ACCERR", ""),
				T_FIXUP("    ", "PF_WRITE")),
		},
	},
	{
		.name = "kernel_write_readonly_user_page_oops",
		.in = IN(.mode = KERNEL, .ec = PF_WRITE, .address = RO_START,
			 .ip = KERNEL_IP, .vmas = { VMA_RO }),
		.expect = {
			.outcome = OOPS,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [rodata]",
				"access_error(PF_WRITE, 2, [rodata]) = 1",
				T_KBAD("PF_WRITE", "SEGV_ACCERR", NORET),
				T_OOPS("    ", "PF_WRITE")),
		},
	},
};

FK_SUITE(access_error);
