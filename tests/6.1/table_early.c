// SPDX-License-Identifier: GPL-2.0
/*
 * do_user_addr_fault() before the lookup: kernel code executing user
 * memory (and AMD erratum #93), reserved bits (pgtable_bad),
 * SMAP with and without EFLAGS.AC, WRUSS, atomic context and kernel
 * threads.
 */
#include <rows.h>

/* a kernel fetch's flags, on 5.10 */
#define FF_KI	"ALLOW_RETRY|KILLABLE|INSTRUCTION" FF_INT

static const struct fk_row rows[] = {
	{
		/* no lookup, no extable: executing user memory is fatal */
		.name = "kernel_exec_user_address_oops",
		.in = IN(.mode = KERNEL, .ec = X86_PF_INSTR,
			 .address = DATA_START, .ip = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_OOPS("INSTR", "0")),
		},
	},
	{
		/* the same without SMAP: before 03c81ea33316 ("x86/fault:
		 * Improve kernel-executing-user-memory handling", v5.12; in
		 * 5.10.253) the fetch looked its vma up, and a data vma
		 * allows it (access_error() has no exec test): handled */
		.name = "kernel_exec_user_address_no_smap_oops",
		.in = IN(.mode = KERNEL, .ec = X86_PF_INSTR, .no_smap = 1,
			 .address = DATA_START, .ip = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_OOPS("INSTR", "0")),
		},
		.on = FK_ON({ "5.10.219", { .outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(T_LOCK("[data]"), T_GOOD("[data]",
				FF_KI)) } }),
	},
	{
		/* K8 erratum #93: RIP lost its upper 32 bits; put them back */
		.name = "kernel_exec_amd_erratum93_ip_repaired",
		.in = IN(.mode = KERNEL, .ec = X86_PF_INSTR, .amd_k8 = 1,
			 .address = (FK_STEXT + 0x5000) & 0xffffffffUL,
			 .ip = (FK_STEXT + 0x5000) & 0xffffffffUL),
		.expect = {
			.outcome = EARLY,
			.calls = NULL,
		},
	},
	{
		/* the address is not the ip: no erratum, an oops */
		.name = "kernel_exec_amd_not_erratum93_oops",
		.in = IN(.mode = KERNEL, .ec = X86_PF_INSTR, .amd_k8 = 1,
			 .address = (FK_STEXT + 0x5000) & 0xffffffffUL,
			 .ip = KERNEL_IP),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_OOPS("INSTR", "0")),
		},
	},
	{
		/* a die notifier said stop: the oops returns, and so does
		 * the fault, without a lookup */
		.name = "kernel_exec_user_address_die_notifier_stop_returns",
		.in = IN(.mode = KERNEL, .ec = X86_PF_INSTR,
			 .address = DATA_START, .ip = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(__die, 1) },
		.expect = {
			.outcome = OOPS_RETURNED,
			.calls = FK_CALLS(
				T_KFENCE("0") "__die(\"Oops\", regs, INSTR) = 1",
				"oops_end(0, regs, 0)"),
		},
	},
	{
		.name = "user_reserved_bit_pgtable_bad_oops",
		.in = IN(.ec = UREAD | X86_PF_PROT | X86_PF_RSVD,
			 .address = DATA_START, .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(
				"__die(\"Bad pagetable\", regs, PROT|USER|RSVD) = 0",
				"oops_end(0, regs, SIGKILL)" NORET),
		},
	},
	{
		/* a die notifier said stop: the fault goes on, a read of a
		 * present page is an access error */
		.name = "user_reserved_bit_die_notifier_stop_goes_on",
		.in = IN(.ec = UREAD | X86_PF_PROT | X86_PF_RSVD,
			 .address = DATA_START, .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(__die, 1) },
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { C_UACC },
			.calls = FK_CALLS(
				"__die(\"Bad pagetable\", regs, PROT|USER|RSVD) = 1",
				"oops_end(0, regs, 0)",
				T_UACC("[data]"),
				T_ACCERR("PROT|USER|RSVD")),
		},
	},
	{
		/* SMAP: a kernel access to user memory outside stac/clac */
		.name = "kernel_read_user_smap_ac_clear_oops",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = KERNEL_IP, .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_OOPS("0", "0")),
		},
	},
	{
		/* the extable is not even asked: SMAP is a kernel bug (on
		 * 5.10, before ca247283781d "x86/fault: Don't run fixups for
		 * SMAP violations", v5.12, it fixes the access up) */
		.name = "kernel_read_user_smap_ac_clear_oops_despite_extable",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE,
			 .address = DATA_START, .ip = UACCESS_IP,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(
					  T_OOPS("WRITE", "1")),
		},
		.on = FK_ON({ "5.10", { .outcome = FIXUP,
			.calls = FK_CALLS(T_FIXUP("WRITE")) } }),
	},
	{
		.name = "kernel_read_user_smap_die_notifier_stop_returns",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = KERNEL_IP, .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(__die, 1) },
		.expect = {
			.outcome = OOPS_RETURNED,
			.calls = FK_CALLS(
				T_KFENCE("0") "__die(\"Oops\", regs, 0) = 1",
				"oops_end(0, regs, 0)"),
		},
	},
	{
		.name = "kernel_read_user_without_smap_minor_fault",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = UACCESS_IP, .no_smap = 1,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(T_LOCK("[data]"),
					  T_GOOD("[data]", FF_K)),
		},
	},
	{
		/* WRUSS writes user memory with the USER bit from ring 0:
		 * SMAP does not apply, and it is not a user-mode fault */
		.name = "kernel_wruss_user_bit_skips_smap",
		.in = IN(.mode = KERNEL, .ec = X86_PF_USER | X86_PF_WRITE,
			 .address = DATA_START, .ip = UACCESS_IP,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(T_LOCK("[data]"),
					  T_GOOD("[data]", FF_KW)),
		},
	},
	{
		/* copy_from_user under pagefault_disable(): fixed up, no
		 * lock taken */
		.name = "kernel_uaccess_pagefault_disabled_fixup",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = UACCESS_IP, .ac = 1, .atomic = 1,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = FIXUP,
			.calls = FK_CALLS(T_FIXUP("0")),
		},
	},
	{
		.name = "kernel_thread_no_mm_oops",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = KERNEL_IP, .ac = 1, .no_mm = 1),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(
				T_NOFIX("0"), T_OOPS("0", "0")),
		},
	},
};

FK_SUITE(early);
