// SPDX-License-Identifier: GPL-2.0
/*
 * exc_page_fault() and handle_page_fault(): KVM's async #PF, mmiotrace,
 * the page-fault trace points, and the vsyscall page, which lies above
 * TASK_SIZE_MAX yet is user space (emulated, or SIGSEGV with PROT).
 */
#include <rows.h>

/* a user fault at the vsyscall page, no emulation: SIGSEGV with PROT,
 * after @asked (the emulation asked and refusing, with its comma) */
#define E_VSYSCALL_MAPERR(asked...)					\
	{ .outcome = SEGV_MAPERR_, .counters = { C_UNOVMA },		\
	  .calls = FK_CALLS(asked T_LOCK("NULL"), T_RELEASED,		\
			    T_MAPERR("PROT|USER")) }

/* RHEL 8.9 and 8.10 GA count the vsyscall page as kernel space: no lock,
 * no perf event, the emulation asked in __bad_area_nosemaphore() for an
 * instruction fetch alone, @asked (with its comma) */
#define E_VSYSCALL_KSPACE(ec, asked...)					\
	{ .outcome = SEGV_MAPERR_,					\
	  .calls = FK_CALLS(asked T_MAPERR(ec)) }

static const struct fk_row rows[] = {
	{
		.name = "kvm_async_pf_handled_before_entry",
		.in = IN(.ec = UREAD, .address = DATA_START, .kvm_apf = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(__kvm_handle_async_pf, 1) },
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(
				"__kvm_handle_async_pf(regs, addr) = 1"),
		},
		.on = FK_ON({ "5.4", { .na = NA_KVM_APF_OUTSIDE } },
			    FK_AS_EXPECTED("rhel8.10")),
	},
	{
		.name = "kvm_async_pf_enabled_not_async_minor_fault",
		.in = IN(.ec = UREAD, .address = DATA_START, .kvm_apf = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_UMINOR },
			.calls = FK_CALLS(
				"__kvm_handle_async_pf(regs, addr) = 0",
				T_ULOCK("[data]"), T_UGOOD("[data]", FF_U)),
		},
		.on = FK_ON({ "5.4", { .na = NA_KVM_APF_OUTSIDE } },
			    FK_AS_EXPECTED("rhel8.10")),
	},
	{
		/* mmiotrace's own fault, on an ioremap() page it armed (not
		 * present): irqs were never enabled */
		.name = "kmmio_fault_handled_by_mmiotrace",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE, .address = VADDR,
			 .ip = KERNEL_IP, .kmmio = 1),
		.script = { FK_SCRIPT(kmmio_handler, 1) },
		.expect = {
#ifdef CONFIG_MMIOTRACE
			.outcome = EARLY,
			.calls = FK_CALLS("kmmio_handler(regs, addr) = 1"),
#else
			.na = NA_NO_MMIOTRACE,
#endif
		},
	},
	{
		/* kmmio_handler() walks init_mm, which maps no user page */
		.name = "kmmio_active_not_its_fault_minor_fault",
		.in = IN(.ec = UREAD, .address = DATA_START, .kmmio = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
#ifdef CONFIG_MMIOTRACE
			.outcome = HANDLED,
			.counters = { C_UMINOR },
			.calls = FK_CALLS(
				"kmmio_handler(regs, addr) = -22",
				T_ULOCK("[data]"), T_UGOOD("[data]", FF_U)),
#else
			.na = NA_NO_MMIOTRACE,
#endif
		},
	},
	{
		.name = "trace_point_user_fault",
		.in = IN(.ec = UREAD, .address = DATA_START, .tracing = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_UMINOR },
			.calls = FK_CALLS(
				"trace_page_fault_user(addr, regs, USER)",
				T_ULOCK("[data]"), T_UGOOD("[data]", FF_U)),
		},
	},
	{
		.name = "trace_point_kernel_fault",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = UACCESS_IP, .tracing = 1,
			 .extable = EXTABLE_UACCESS),
		.expect = {
			.outcome = FIXUP,
			.calls = FK_CALLS(
				"trace_page_fault_kernel(addr, regs, 0)", T_FIXUP("0")),
		},
	},
	{
		/* vsyscall=emulate maps the page present, NX: a call is a
		 * protection fault at ip, and is emulated */
		.name = "user_vsyscall_call_emulated",
		.in = IN(.ec = UEXEC | X86_PF_PROT, .address = VSYSCALL_ADDR,
			 .ip = VSYSCALL_ADDR, .vsyscall = VSYSCALL_EMULATE,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = EARLY,
			.counters = { [PERF_FAULTS] = 1 },
			.calls = FK_CALLS(
				T_EMULATE_VSYSCALL("PROT|USER|INSTR") " = 1"),
		},
		.on = FK_ON({ "rhel8.9", { .outcome = EARLY,
			.calls = FK_CALLS(
				T_EMULATE_VSYSCALL("PROT|USER|INSTR") " = 1") } }),
	},
	{
		/*
		 * vsyscall_64.c decides on address == regs->ip, not on
		 * X86_PF_INSTR, which a CPU without NX never sets: with
		 * vsyscall=xonly (no page mapped) such a call arrives as a
		 * not-present read at ip, and is emulated
		 */
		.name = "user_vsyscall_call_without_nx_bit_emulated",
		.in = IN(.ec = UREAD, .address = VSYSCALL_ADDR,
			 .ip = VSYSCALL_ADDR, .vsyscall = VSYSCALL_XONLY,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = EARLY,
			.counters = { [PERF_FAULTS] = 1 },
			.calls = FK_CALLS(
				T_EMULATE_VSYSCALL("USER") " = 1"),
		},
		/* RHEL 8.10 asks for an instruction fetch alone */
		.on = FK_ON({ "rhel8.10", E_VSYSCALL_MAPERR() },
			    { "rhel8.9", E_VSYSCALL_KSPACE("PROT|USER") }),
	},
	{
		/* ... and with vsyscall=none refused: SIGSEGV (5.4 asks
		 * is_prefetch() first, which a user ip above TASK_SIZE_MAX
		 * stops before it reads the bytes there) */
		.name = "user_vsyscall_call_without_nx_bit_none_maperr",
		.in = IN(.ec = UREAD, .address = VSYSCALL_ADDR,
			 .ip = VSYSCALL_ADDR, .vsyscall = VSYSCALL_NONE,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = E_VSYSCALL_MAPERR(T_EMULATE_VSYSCALL("USER") " = 0",),
		/* RHEL 8.10 does not even ask */
		.on = FK_ON({ "rhel8.10", E_VSYSCALL_MAPERR() },
			    { "rhel8.9", E_VSYSCALL_KSPACE("PROT|USER") }),
	},
	{
		/* a read of the page (address != ip) is never emulated */
		.name = "user_vsyscall_read_xonly_maperr",
		.in = IN(.ec = UREAD, .address = VSYSCALL_ADDR,
			 .vsyscall = VSYSCALL_XONLY,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = E_VSYSCALL_MAPERR(T_EMULATE_VSYSCALL("USER") " = 0",),
		/* RHEL 8.10 does not even ask */
		.on = FK_ON({ "rhel8.10", E_VSYSCALL_MAPERR() },
			    { "rhel8.9", E_VSYSCALL_KSPACE("PROT|USER") }),
	},
	{
		/* vsyscall=none (Debian's default): no page, the call is
		 * refused, no vma up there: SIGSEGV with PROT */
		.name = "user_vsyscall_not_emulated_maperr",
		.in = IN(.ec = UEXEC, .address = VSYSCALL_ADDR,
			 .ip = VSYSCALL_ADDR, .vsyscall = VSYSCALL_NONE,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UNOVMA },
			.calls = FK_CALLS(
				T_EMULATE_VSYSCALL("USER|INSTR") " = 0",
				T_LOCK("NULL"), T_RELEASED,
				T_MAPERR("PROT|USER|INSTR")),
		},
		.on = FK_ON({ "rhel8.9", E_VSYSCALL_KSPACE("PROT|USER|INSTR",
			T_EMULATE_VSYSCALL("USER|INSTR") " = 0",) }),
	},
};

FK_SUITE(entry);
