// SPDX-License-Identifier: GPL-2.0
/* Faults in a good area: the path a healthy program takes. */
#include <rows.h>

static const struct fk_row rows[] = {
	{
		.name = "user_read_text_minor_fault",
		.in = IN(.ec = PF_USER, .address = TEXT_START + 0x10,
			 .vmas = { VMA_TEXT }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[text]", "PF_USER", "0",
				       FF_U, "0")),
		},
	},
	{
		.name = "user_write_data_minor_fault",
		.in = IN(.ec = PF_USER | PF_WRITE,
			 .address = DATA_START + 0x100,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_WRITE|PF_USER", "2",
				       FF_UW, "0")),
		},
	},
	{
		.name = "user_read_data_major_fault",
		.in = IN(.ec = PF_USER, .address = DATA_START + PAGE_SIZE,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_MAJOR) },
		.expect = {
			.outcome = HANDLED,
			.counters = { [MAJ_FLT] = 1, [PERF_FAULTS] = 1,
				      [PERF_MAJ] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_USER", "0",
				       FF_U, "MAJOR")),
		},
	},
	{
		.name = "user_write_cow_major_fault",
		.in = IN(.ec = PF_USER | PF_WRITE | PF_PROT,
			 .address = DATA_START + 0x8, .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_MAJOR | VM_FAULT_WRITE) },
		.expect = {
			.outcome = HANDLED,
			.counters = { [MAJ_FLT] = 1, [PERF_FAULTS] = 1,
				      [PERF_MAJ] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_PROT|PF_WRITE|PF_USER", "2",
				       FF_UW, "MAJOR|WRITE")),
		},
	},
	{
		.name = "user32_compat_task_read_minor_fault",
		.in = IN(.mode = USER32, .ec = PF_USER,
			 .address = DATA_START + 0x10, .vmas = { VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_USER", "0",
				       FF_U, "0")),
		},
	},
	{
		/* a write-only mapping counts as readable for a read miss */
		.name = "user_read_write_only_vma_minor_fault",
		.in = IN(.ec = PF_USER, .address = WO_START + 0x10,
			 .vmas = { VMA_WO }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[writeonly]", "PF_USER", "0",
				       FF_U, "0")),
		},
	},
	{
		/* PF_INSTR is not checked: NX is left to the hardware */
		.name = "user_fetch_miss_in_noexec_vma_is_handled",
		.in = IN(.ec = PF_USER | PF_INSTR, .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_USER|PF_INSTR", "0",
				       FF_U, "0")),
		},
		/*
		 * RHEL 7.9 tells the mm a fetch from a write (d61172b4b695
		 * "mm/core, x86/mm/pkeys: Differentiate instruction
		 * fetches", v4.6, with the protection keys of RHEL 7.4)
		 */
		.on = FK_ON({ "rhel7.9", { .outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_USER|PF_INSTR", "0",
				       FF_U "|INSTRUCTION", "0")) } }),
	},
	{
		.name = "kernel_copy_from_user_minor_fault",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START + 0x40,
			 .ip = UACCESS_IP, .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[data]", "0", "0",
				       "ALLOW_RETRY|KILLABLE", "0")),
		},
	},
	{
		/* IF clear in the interrupted context: irqs stay off */
		.name = "kernel_irqs_off_copy_to_user_minor_fault",
		.in = IN(.mode = KERNEL, .irqs_off = 1, .ec = PF_WRITE,
			 .address = DATA_START + 0x40, .ip = UACCESS_IP,
			 .extable = EXTABLE_UACCESS, .vmas = { VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_WRITE", "2",
				       "WRITE|ALLOW_RETRY|KILLABLE", "0")),
		},
	},
};

FK_SUITE(good_area);
