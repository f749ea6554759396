// SPDX-License-Identifier: GPL-2.0
/*
 * No vma, and the rest of __bad_area_nosemaphore(): SEGV_MAPERR, NULL
 * dereferences, the show_unhandled_signals message, the AMD prefetch
 * quirk, K8 erratum #100, the vDSO's own fixups, and an implicit
 * supervisor access from user mode.
 */
#include <rows.h>

#define PREFETCH_INSN	{ 0x0f, 0x18, 0x08 }	/* prefetcht0 (%rax) */
#define MOV_INSN	{ 0x8b, 0x00 }		/* mov (%rax), %eax */

#define MAPERR_ROW(rowname, ec_, addr, ecs, ...)			\
	{								\
		.name = rowname,					\
		.in = IN(.ec = ec_, .address = addr, .ip = USER_IP,	\
			 .vmas = { VMA_TEXT, VMA_DATA }, __VA_ARGS__),	\
		.expect = {						\
			.outcome = SEGV_MAPERR_,			\
			.counters = { C_UNOVMA },			\
			.calls = FK_CALLS(				\
					  T_NO_VMA("[text]"),		\
					  T_MAPERR(ecs)),		\
		},							\
	}

/*
 * A user prefetch on an AMD K8 (erratum #91), whose opcode 5.4 reads
 * with probe_kernel_address(), which reads a user address too (from
 * eab0c6089b68, v5.8, get_kernel_nofault() refuses them): the prefetch
 * is recognised and the fault ignored.
 */
#define AMD_PREFETCH_ROW(rowname, ...)					\
	{								\
		.name = rowname,					\
		.in = IN(.ec = UREAD, .address = 0x1000, .ip = USER_IP, \
			 .vmas = { VMA_TEXT, VMA_DATA }, .amd_k8 = 1,	\
			 .insn = __VA_ARGS__),				\
		.expect = {						\
			.outcome = SEGV_MAPERR_,			\
			.counters = { C_UNOVMA },			\
			.calls = FK_CALLS(T_NO_VMA("[text]"),		\
					  T_MAPERR("USER")),		\
		},							\
		.on = FK_ON({ "5.4", { .outcome = EARLY,		\
			.counters = { C_UNOVMA },			\
			.calls = FK_CALLS(T_NO_VMA("[text]")) } }),	\
	}

static const struct fk_row rows[] = {
	MAPERR_ROW("user_read_unmapped_hole_maperr", UREAD, 0x1000, "USER"),
	MAPERR_ROW("user_null_dereference_maperr", UREAD, 0, "USER"),
	MAPERR_ROW("user_write_unmapped_hole_maperr", UWRITE, 0x1000,
		   "WRITE|USER"),
	/* on an AMD K8 a fault that is not a prefetch is still a fault */
	MAPERR_ROW("user_amd_k8_not_prefetch_maperr", UREAD, 0x1000, "USER",
		   .amd_k8 = 1, .insn = MOV_INSN),
	MAPERR_ROW("user_amd_k8_instruction_fetch_maperr", UEXEC, 0x1000,
		   "USER|INSTR", .amd_k8 = 1, .insn = PREFETCH_INSN),
	{
		/* a handler installed: no "segfault at" line, same signal */
		.name = "user_maperr_with_handler_no_message",
		.in = IN(.ec = UREAD, .address = 0x1000, .handler = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UNOVMA },
			.calls = FK_CALLS(T_NO_VMA("[text]"),
				"force_sig_fault(SIGSEGV, 1, addr) = 0 {SEGV_MAPERR}"),
		},
	},
	/*
	 * kernel/signal.c unhandled_signal(), which alone decides the
	 * "segfault at" line: init's signals are always unhandled, a
	 * ptraced task's are the tracer's, a dying task ignores new ones
	 */
	{
		.name = "user_maperr_global_init_with_handler_message",
		.in = IN(.ec = UREAD, .address = 0x1000, .handler = 1,
			 .global_init = 1, .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UNOVMA },
			.calls = FK_CALLS(T_NO_VMA("[text]"),
				"unhandled_signal(tsk, SIGSEGV) = 1",
				"force_sig_fault(SIGSEGV, 1, addr) = 0 {SEGV_MAPERR}"),
		},
	},
	{
		.name = "user_maperr_ptraced_no_message",
		.in = IN(.ec = UREAD, .address = 0x1000, .ptraced = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UNOVMA },
			.calls = FK_CALLS(T_NO_VMA("[text]"),
				"unhandled_signal(tsk, SIGSEGV) = 0",
				"force_sig_fault(SIGSEGV, 1, addr) = 0 {SEGV_MAPERR}"),
		},
	},
	{
		.name = "user_maperr_sigkill_pending_no_message",
		.in = IN(.ec = UREAD, .address = 0x1000,
			 .sigkill = SIGKILL_BEFORE,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UNOVMA },
			.calls = FK_CALLS(T_NO_VMA("[text]"),
				"unhandled_signal(tsk, SIGSEGV) = 0",
				"force_sig_fault(SIGSEGV, 1, addr) = 0 {SEGV_MAPERR}"),
		},
	},
	{
		.name = "user_maperr_show_unhandled_signals_off",
		.in = IN(.ec = UREAD, .address = 0x1000, .quiet = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UNOVMA },
			.calls = FK_CALLS(T_NO_VMA("[text]"),
				"force_sig_fault(SIGSEGV, 1, addr) = 0 {SEGV_MAPERR}"),
		},
	},
	/*
	 * AMD erratum #91 in user mode: the first byte comes through
	 * get_user(), but check_prefetch_opcode() reads the opcode after
	 * 0x0f with get_kernel_nofault(), which refuses user addresses on
	 * x86_64 (-ERANGE): the prefetch is not recognised, SIGSEGV.
	 */
	AMD_PREFETCH_ROW("user_amd_k8_prefetch_not_recognised_maperr",
			 PREFETCH_INSN),
	AMD_PREFETCH_ROW("user_amd_k8_prefixed_prefetch_not_recognised_maperr",
			 { 0x66, 0x0f, 0x18, 0x08 }),
	/* the instruction cannot be read: "historically always bailed" */
	MAPERR_ROW("user_amd_k8_unreadable_instruction_maperr", UREAD, 0x1000,
		   "USER", .amd_k8 = 1, .insn_unmapped = 1),
	/* fifteen prefixes and no opcode: not a prefetch */
	MAPERR_ROW("user_amd_k8_only_prefixes_maperr", UREAD, 0x1000, "USER",
		   .amd_k8 = 1, .insn = { 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
					  0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
					  0x66, 0x66, 0x66, 0x66 }),
	{
		.name = "user_vdso_fixup_no_signal",
		.in = IN(.ec = UREAD, .address = 0x1000,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(fixup_vdso_exception, 1) },
		.expect = {
			.outcome = EARLY,
			.counters = { C_UNOVMA },
			.calls = FK_CALLS(T_NO_VMA("[text]"),
				"fixup_vdso_exception(regs, 14, USER, addr) = 1"),
		},
		.on = FK_ON({ "5.10", { .na = NA_NO_VDSO_FIXUP } },
			    FK_AS_EXPECTED("rhel8.10")),
	},
	{
		/* K8 erratum #100: compat code jumped above 4 GiB */
		.name = "compat_task_above_4g_erratum100_ignored",
		.in = IN(.mode = USER32, .ec = UREAD,
			 .address = 0x100001000UL, .ip = USER_IP,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = EARLY,
			.counters = { C_UNOVMA },
			.calls = FK_CALLS(T_LOCK("NULL"),
				T_RELEASED),
		},
	},
	{
		/*
		 * a user-mode fault without the USER bit: the CPU itself
		 * touching a descriptor table (here the GDT or TSS, in the
		 * direct map) on the task's behalf. do_kern_addr_fault(),
		 * then "implicit user access to kernel memory -- just oops"
		 */
		.name = "user_mode_implicit_supervisor_access_oops",
		.in = IN(.ec = 0, .address = KADDR,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_OOPS_TAIL("0")),
		},
	},
	{
		/* a die notifier said stop: no signal on top of the oops */
		.name = "user_mode_implicit_supervisor_access_die_notifier_stop",
		.in = IN(.ec = 0, .address = KADDR,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(__die, 1) },
		.expect = {
			.outcome = OOPS_RETURNED,
			.calls = FK_CALLS("__die(\"Oops\", regs, 0) = 1",
				"oops_end(0, regs, 0)"),
		},
	},
	{
		.name = "kernel_null_dereference_no_extable_oops",
		.in = IN(.mode = KERNEL, .ec = 0, .address = 0, .no_smap = 1,
			 .ip = KERNEL_IP, .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = OOPS,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_NO_VMA("[text]"),
				T_NOFIX("0"), T_OOPS("0", "0")),
		},
	},
	{
		.name = "kernel_get_user_unmapped_extable_fixup",
		.in = IN(.mode = KERNEL, .ec = 0, .address = 0x1000, .ac = 1,
			 .ip = UACCESS_IP, .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = FIXUP,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_NO_VMA("[text]"),
					  T_FIXUP("0")),
		},
	},
	{
		/* kernel mode, AMD K8, a prefetch of a bad user pointer */
		.name = "kernel_amd_k8_unreadable_instruction_oops",
		.in = IN(.mode = KERNEL, .ec = 0, .address = 0x1000, .ac = 1,
			 .ip = KERNEL_IP, .amd_k8 = 1, .insn_unmapped = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = OOPS,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_NO_VMA("[text]"),
					  T_NOFIX("0"), T_OOPS("0", "0")),
		},
	},
	{
		.name = "kernel_amd_k8_prefetch_user_ignored",
		.in = IN(.mode = KERNEL, .ec = 0, .address = 0x1000, .ac = 1,
			 .ip = KERNEL_IP, .amd_k8 = 1, .insn = PREFETCH_INSN,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = EARLY,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_NO_VMA("[text]"),
					  T_NOFIX("0")),
		},
	},
};

FK_SUITE(bad_area);
