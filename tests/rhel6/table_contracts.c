// SPDX-License-Identifier: GPL-2.0
/*
 * Rows that break a rule on purpose: each must be caught by the model or
 * the runner, with the message given, so a row that breaks it by mistake
 * fails loudly instead of passing by accident.
 */
#include <rows.h>

static const struct fk_row rows[] = {
	{
		/*
		 * kmemcheck is active only between a kernel access it showed
		 * and the single step after it (arch/x86/mm/kmemcheck/
		 * kmemcheck.c): never for a user-mode fault. And RHEL 6.5 is
		 * built without it (FUNCTION_TRACER excludes KMEMCHECK): no
		 * hook to script at all.
		 */
		.name = "contract_kmemcheck_active_for_user_fault_caught",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(kmemcheck_active, 1) },
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
#ifdef CONFIG_KMEMCHECK
			.violation = "kmemcheck is active only around a kernel access",
#else
			.violation = "script names 'kmemcheck_active'",
#endif
			.calls = FK_CALLS(T_GOOD("[data]", "PF_USER", "0",
						 FF_U, "0")),
		},
	},
	{
		/* a default boot registers 2 MiB huge pages alone: hstate 1
		 * names no size (mm/hugetlb.c), so no fault can carry it */
		.name = "contract_hwpoison_of_unregistered_hstate_caught",
		.in = IN(.ec = PF_USER, .address = DATA_START + 0x10,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_HWPOISON_LARGE |
				      VM_FAULT_SET_HINDEX(1)) },
		.expect = {
			.outcome = SIGBUS_MCEERR,
			.violation = "hstate 1: the boot registered no such huge page size",
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS("find_vma(mm, addr) = [data]",
				HMF_DATA(FF_U, "HWPOISON_LARGE|0x1000")),
		},
	},
	{
		/* exception tables hold kernel and module instructions only:
		 * a user ip (here a user-mode fault the CPU made as a
		 * supervisor access, which no_context() searches for) has
		 * no entry */
		.name = "contract_extable_entry_at_user_ip_caught",
		.in = IN(.ec = 0, .address = VADDR,
			 .extable = { { USER_IP, UACCESS_FIXUP } }),
		.expect = {
			.outcome = OOPS,
			.violation = "row: an exception-table entry outside kernel and module text",
			.calls = FK_CALLS(T_KSPACE, "vmalloc_fault(addr) = -1",
				"spurious_fault(0, addr) = 0",
				"__bad_area_nosemaphore(regs, 0, addr, SEGV_MAPERR)" NORET,
				T_OOPS("  ", "0")),
		},
	},
	{
		/*
		 * From ring 3 the CPU reports U/S=0 only for its own access
		 * to a descriptor table or the TSS, kernel data (SDM 4.6):
		 * never at a user address. (2.6.32 would count it a user
		 * access: "User-mode registers count as a user access".)
		 */
		.name = "contract_user_mode_supervisor_access_to_user_page_caught",
		.in = IN(.ec = 0, .address = TEXT_START + 0x10,
			 .vmas = { VMA_TEXT }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.violation = "from user mode U/S=0 is an implicit data access",
			.calls = FK_CALLS(
				T_GOOD("[text]", "PF_USER", "0",
				       FF_U, "0")),
		},
	},
	{
		/* only a killable fault with SIGKILL pending may do this */
		.name = "contract_retry_without_allow_retry_caught",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_RETRY,
				      VM_FAULT_RETRY) },
		.expect = {
			.outcome = EARLY,
			.violation = "RETRY without ALLOW_RETRY needs KILLABLE",
			.counters = { C_RETRIED_FAILED },
			.calls = FK_CALLS(
				T_RETRY("PF_USER", "0", "RETRY"),
				HMF_DATA(FF_U2, "RETRY"),
				"  up_read(&mm->mmap_sem)",
				"mm_fault_error(regs, PF_USER, addr, RETRY) = 0"),
		},
	},
	{
		.name = "contract_retry_with_error_bits_caught",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_RETRY | VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = SIGBUS_ADRERR,
			.violation = "RETRY with error bits",
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_USER", "0",
				       FF_U, "SIGBUS|RETRY"),
				"  up_read(&mm->mmap_sem)",
				"mm_fault_error(regs, PF_USER, addr, SIGBUS|RETRY) = 1",
				"  up_read(&mm->mmap_sem)",
				"  force_sig_info(SIGBUS, &info, tsk) = 0 {BUS_ADRERR addr=addr lsb=0}"),
		},
		/* RHEL 7 takes a RETRY first and never reads its error
		 * bits: the fault is retried (26178ec11ef3, v3.19) */
		.on = FK_ON({ "rhel7", { .outcome = HANDLED,
			.violation = "RETRY with error bits",
			.counters = { [MIN_FLT] = 1, [PERF_FAULTS] = 1,
				      [PERF_MIN] = 1, [LOCK_TAKEN] = 2 },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_USER", "0",
				       FF_U, "SIGBUS|RETRY"),
				"  up_read(&mm->mmap_sem)",
				"fatal_signal_pending(tsk) = 0",
				"down_read(&mm->mmap_sem)",
				"find_vma(mm, addr) = [data]",
				HMF_DATA(FF_U2, "0")) } }),
	},
	{
		.name = "contract_script_naming_no_fake_caught",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fualt, VM_FAULT_MAJOR) },
		.expect = {
			.outcome = HANDLED,
			.violation = "'handle_mm_fualt', which is no fake",
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_USER", "0",
				       FF_U, "0")),
		},
	},
	{
		.name = "contract_script_values_left_unused_caught",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, 0, VM_FAULT_MAJOR) },
		.expect = {
			.outcome = HANDLED,
			.violation = "script for handle_mm_fault has 2 values, 1 used",
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[data]", "PF_USER", "0",
				       FF_U, "0")),
		},
	},
};

FK_SUITE(contracts);
