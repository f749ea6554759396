// SPDX-License-Identifier: GPL-2.0
/*
 * handle_mm_fault fails: OOM, SIGBUS, hardware poison, each in user and
 * kernel mode, and with a fatal signal that takes precedence.
 */
#include <rows.h>

#define HMF(flags, ret) "handle_mm_fault(mm, [data], addr, " flags ") = " ret

#define T_HMF_ERR(ec, flags, ret)					\
	"find_vma(mm, addr) = [data]",					\
	"access_error(" ec ", 0, [data]) = 0",				\
	HMF(flags, ret)

#define T_USER_ERR(ret)							\
	T_HMF_ERR("PF_USER", FF_U, ret),				\
	"mm_fault_error(regs, PF_USER, addr, " ret ") = 1",		\
	"  up_read(&mm->mmap_sem)"

#define T_KERNEL_ERR(ret, end)						\
	T_HMF_ERR("0", "ALLOW_RETRY|KILLABLE", ret),			\
	"mm_fault_error(regs, 0, addr, " ret ")" end,			\
	"  up_read(&mm->mmap_sem)"

#define T_SIGBUS(code, lsb)						\
	"  force_sig_info(SIGBUS, &info, tsk) = 0 {" code " addr=addr lsb=" lsb "}"

#define C_ERR	[PERF_FAULTS] = 1, [LOCK_TAKEN] = 1

#define USER_DATA	IN(.ec = PF_USER, .address = DATA_START + 0x10, \
			   .vmas = { VMA_DATA })
#define KERNEL_DATA(...) IN(.mode = KERNEL, .ec = 0,			\
			    .address = DATA_START + 0x10,		\
			    .vmas = { VMA_DATA }, __VA_ARGS__)

static const struct fk_row rows[] = {
	{
		.name = "user_oom_runs_oom_killer",
		.in = USER_DATA,
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_OOM) },
		.expect = {
			.outcome = OOM,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_USER_ERR("OOM"),
				"  pagefault_out_of_memory()"),
		},
	},
	{
		.name = "user_oom_and_sigbus_oom_wins",
		.in = USER_DATA,
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_OOM | VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = OOM,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_USER_ERR("OOM|SIGBUS"),
				"  pagefault_out_of_memory()"),
		},
	},
	{
		.name = "kernel_oom_fixup",
		.in = KERNEL_DATA(.ip = UACCESS_IP, .extable = EXTABLE_UACCESS),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_OOM) },
		.expect = {
			.outcome = FIXUP,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_KERNEL_ERR("OOM", " = 1"),
				T_FIXUP("  ", "0")),
		},
	},
	{
		.name = "kernel_oom_no_extable_oops",
		.in = KERNEL_DATA(.ip = KERNEL_IP),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_OOM) },
		.expect = {
			.outcome = OOPS,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_KERNEL_ERR("OOM", NORET),
				T_OOPS("  ", "0")),
		},
	},
	{
		.name = "user_sigbus_adrerr",
		.in = USER_DATA,
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = SIGBUS_ADRERR,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_USER_ERR("SIGBUS"),
				T_SIGBUS("BUS_ADRERR", "0")),
		},
	},
	{
		/* a failed major fault is not accounted */
		.name = "user_major_sigbus_not_accounted",
		.in = USER_DATA,
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_SIGBUS | VM_FAULT_MAJOR) },
		.expect = {
			.outcome = SIGBUS_ADRERR,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_USER_ERR("SIGBUS|MAJOR"),
				T_SIGBUS("BUS_ADRERR", "0")),
		},
	},
	{
		.name = "user_hwpoison_page_sigbus_mceerr_lsb12",
		.in = USER_DATA,
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_HWPOISON) },
		.expect = {
			.outcome = SIGBUS_MCEERR,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_USER_ERR("HWPOISON"),
				T_SIGBUS("BUS_MCEERR_AR", "12")),
		},
	},
	{
		.name = "user_hwpoison_2m_huge_page_lsb21",
		.in = USER_DATA,
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_HWPOISON_LARGE |
				      VM_FAULT_SET_HINDEX(0)) },
		.expect = {
			.outcome = SIGBUS_MCEERR,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_USER_ERR("HWPOISON_LARGE"),
				T_SIGBUS("BUS_MCEERR_AR", "21")),
		},
	},
	{
		/*
		 * 1 GiB pages exist only if the command line asked for them
		 * (hugepagesz=1G, setup_hugepagesz()), which registers their
		 * hstate first: index 0, before hugetlb_init()'s 2 MiB
		 */
		.name = "user_hwpoison_1g_huge_page_lsb30",
		.in = IN(.ec = PF_USER, .address = DATA_START + 0x10,
			 .hstates = HSTATES_1G_2M, .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_HWPOISON_LARGE |
				      VM_FAULT_SET_HINDEX(0)) },
		.expect = {
			.outcome = SIGBUS_MCEERR,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_USER_ERR("HWPOISON_LARGE"),
				T_SIGBUS("BUS_MCEERR_AR", "30")),
		},
	},
	{
		.name = "kernel_sigbus_fixup",
		.in = KERNEL_DATA(.ip = UACCESS_IP, .extable = EXTABLE_UACCESS),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = FIXUP,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_KERNEL_ERR("SIGBUS", " = 1"),
				T_FIXUP("  ", "0")),
		},
	},
	{
		/*
		 * the fatal signal is checked first: no SIGBUS is queued;
		 * from RHEL 6.6's z-stream on, only a kernel-mode fault
		 * returns for it (3a13c4d761b4 "x86: finish user fault
		 * error path with fatal signal", v3.12): the user's SIGBUS
		 * is queued beside the SIGKILL
		 */
		.name = "user_sigbus_with_sigkill_pending_killed",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .sigkill = SIGKILL_BEFORE, .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = KILLED,
			.counters = { C_ERR },
			.calls = FK_CALLS(
				T_HMF_ERR("PF_USER", FF_U, "SIGBUS"),
				"mm_fault_error(regs, PF_USER, addr, SIGBUS) = 1",
				"  fatal_signal_pending(tsk) = 1",
				"  up_read(&mm->mmap_sem)"),
		},
		.on = FK_ON({ "rhel6.8", { .outcome = SIGBUS_ADRERR,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_HMF_ERR("PF_USER", FF_U, "SIGBUS"),
				"mm_fault_error(regs, PF_USER, addr, SIGBUS)",
				"  fatal_signal_pending(tsk) = 1",
				"  up_read(&mm->mmap_sem)",
				T_SIGBUS("BUS_ADRERR", "0")) } },
			/* RHEL 7 drops mmap_sem before mm_fault_error()
			 * (7fb08eca4527 "x86: mm: move mmap_sem unlock from
			 * mm_fault_error() to caller", v3.19; RHEL 7.2's
			 * z-stream), which signals as 6.8's does */
			{ "rhel7", { .outcome = SIGBUS_ADRERR,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_HMF_ERR("PF_USER", FF_U, "SIGBUS"),
				"up_read(&mm->mmap_sem)",
				"mm_fault_error(regs, PF_USER, addr, SIGBUS)",
				"  fatal_signal_pending(tsk) = 1",
				T_SIGBUS("BUS_ADRERR", "0")) } }),
	},
	{
		.name = "kernel_oom_with_sigkill_pending_fixup",
		.in = KERNEL_DATA(.ip = UACCESS_IP, .extable = EXTABLE_UACCESS,
				  .sigkill = SIGKILL_BEFORE),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_OOM) },
		.expect = {
			.outcome = FIXUP,
			.counters = { C_ERR },
			.calls = FK_CALLS(
				T_HMF_ERR("0", "ALLOW_RETRY|KILLABLE", "OOM"),
				"mm_fault_error(regs, 0, addr, OOM) = 1",
				"  fatal_signal_pending(tsk) = 1",
				"  up_read(&mm->mmap_sem)",
				T_FIXUP("  ", "0")),
		},
		/* mmap_sem dropped first (7fb08eca4527, v3.19) */
		.on = FK_ON({ "rhel7", { .outcome = FIXUP,
			.counters = { C_ERR },
			.calls = FK_CALLS(
				T_HMF_ERR("0", "ALLOW_RETRY|KILLABLE", "OOM"),
				"up_read(&mm->mmap_sem)",
				"mm_fault_error(regs, 0, addr, OOM)",
				"  fatal_signal_pending(tsk) = 1",
				T_FIXUP("  ", "0")) } }),
	},
	{
		.name = "user_sigbus_on_prefetch_ignored",
		.in = IN(.ec = PF_USER, .address = DATA_START,
			 .ip = TEXT_START, .insn = { 0x0f, 0x0d, 0x08 },
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_SIGBUS) },
		.expect = {
			.outcome = EARLY,
			.counters = { C_ERR },
			.calls = FK_CALLS(T_USER_ERR("SIGBUS")),
		},
	},
};

FK_SUITE(hmf_error);
