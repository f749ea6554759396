// SPDX-License-Identifier: GPL-2.0
/*
 * Stack growth and the cushion: a user access more than
 * 65536 + 32 * sizeof(unsigned long) below sp is a bug; at the boundary
 * and above it the stack grows. Kernel mode skips the check.
 */
#include <rows.h>

#define UWRITE	(PF_USER | PF_WRITE)

#define T_GROW(ec, flags, pages)					\
	"find_vma(mm, addr) = [stack]",					\
	"expand_stack([stack], addr) = 0 {grew by " pages " pages *}",	\
	"access_error(" ec ", 2, [stack]) = 0",				\
	"handle_mm_fault(mm, [stack], addr, " flags ") = 0"

#define T_UGROW(pages)	T_GROW("PF_WRITE|PF_USER", FF_UW, pages)

#define KERNEL_STACK_ROW(rowname, addr, pages)				\
	{								\
		.name = rowname,					\
		.in = IN(.mode = KERNEL, .ec = PF_WRITE, .address = addr, \
			 .sp = SP_LOW, .ip = UACCESS_IP,		\
			 .extable = EXTABLE_UACCESS,			\
			 .vmas = { VMA_TEXT, VMA_STACK }),		\
		.expect = {						\
			.outcome = HANDLED,				\
			.counters = { C_MINOR },			\
			.calls = FK_CALLS(T_GROW("PF_WRITE",		\
				"WRITE|ALLOW_RETRY|KILLABLE", pages)),	\
		},							\
	}

/* a stack whose lowest page is at @start, a user write one page below */
#define LOW_STACK(start)						\
	VMA((start), (start) + 4 * PAGE_SIZE,				\
	    VM_READ | VM_WRITE | VM_GROWSDOWN, "[stack]")
#define LOW_IN(start, ...)						\
	IN(.ec = UWRITE, .address = (start) - 0x800, .sp = (start) - 0x7f8, \
	   .vmas = { LOW_STACK(start) }, __VA_ARGS__)
#define LOW_ROW(rowname, start, expand, ...)				\
	{								\
		.name = rowname,					\
		.in = LOW_IN(start, __VA_ARGS__),			\
		.expect = {						\
			.outcome = SEGV_MAPERR_,			\
			.counters = { [PERF_FAULTS] = 1,		\
				      [LOCK_TAKEN] = 1 },		\
			.calls = FK_CALLS(				\
				"find_vma(mm, addr) = [stack]",		\
				"expand_stack([stack], addr) = " expand,	\
				T_SEGV("PF_WRITE|PF_USER", "SEGV_MAPERR")), \
		},							\
	}
#define LOW_GROWS_ROW(rowname, start, ...)				\
	{								\
		.name = rowname,					\
		.in = LOW_IN(start, __VA_ARGS__),			\
		.expect = {						\
			.outcome = HANDLED,				\
			.counters = { C_MINOR },			\
			.calls = FK_CALLS(T_UGROW("1")), \
		},							\
	}

static const struct fk_row rows[] = {
	/*
	 * security_file_mmap(), asked by expand_downwards() for the page the
	 * stack would grow to: SELinux (on in RHEL 6) refuses a page below
	 * CONFIG_LSM_MMAP_MIN_ADDR (65535) unless the domain may mmap_zero,
	 * which the targeted policy does not grant; below vm.mmap_min_addr
	 * (4096) the task needs CAP_SYS_RAWIO
	 */
	LOW_ROW("user_stack_growth_below_selinux_floor_eacces", 0x10000,
		"-EACCES {below SELinux's floor 65535: mmap_zero denied}"),
	LOW_GROWS_ROW("user_stack_growth_below_selinux_floor_selinux_off_grows",
		      0x10000, .selinux_off = 1),
	LOW_ROW("user_stack_growth_to_page_zero_without_cap_sys_rawio_eperm",
		0x1000, "-EPERM {below mmap_min_addr 4096 without CAP_SYS_RAWIO}",
		.selinux_off = 1),
	LOW_GROWS_ROW("user_stack_growth_to_page_zero_with_cap_sys_rawio_grows",
		      0x1000, .selinux_off = 1, .cap_sys_rawio = 1),
	{
		.name = "user_push_inside_stack_vma_minor_fault",
		.in = IN(.ec = UWRITE, .address = SP_LOW - 8, .sp = SP_LOW,
			 .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				T_GOOD("[stack]", "PF_WRITE|PF_USER", "2",
				       FF_UW, "0")),
		},
	},
	{
		/* address + cushion == sp: allowed, the stack grows */
		.name = "user_write_at_cushion_edge_grows_stack",
		.in = IN(.ec = UWRITE, .address = CUSHION_EDGE, .sp = SP_LOW,
			 .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
					  T_UGROW("16")),
		},
	},
	{
		.name = "user_write_below_cushion_sigsegv",
		.in = IN(.ec = UWRITE, .address = CUSHION_EDGE - 1,
			 .sp = SP_LOW, .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [stack]",
				T_SEGV("PF_WRITE|PF_USER", "SEGV_MAPERR")),
		},
		/*
		 * 754.11.1 dropped the cushion check, as upstream did in
		 * 1d8ca3be86eb ("x86/mm/fault: Allow stack access below
		 * %rsp", v5.0): the stack grows
		 */
		.on = FK_ON({ "rhel6.10", { .outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(T_UGROW("16")) } },
			/* and RHEL 7.9 (7.3 still has the cushion) */
			{ "rhel7.9", { .outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(T_UGROW("16")) } }),
	},
	{
		.name = "user_write_above_cushion_edge_grows_stack",
		.in = IN(.ec = UWRITE, .address = CUSHION_EDGE + 1,
			 .sp = SP_LOW, .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
					  T_UGROW("16")),
		},
	},
	KERNEL_STACK_ROW("kernel_write_at_cushion_edge_grows_stack",
			 CUSHION_EDGE, "16"),
	/* kernel mode never checks the cushion */
	KERNEL_STACK_ROW("kernel_write_below_cushion_grows_stack",
			 CUSHION_EDGE - 1, "16"),
	KERNEL_STACK_ROW("kernel_write_above_cushion_edge_grows_stack",
			 CUSHION_EDGE + 1, "16"),
	{
		/* sp already moved below the vma (sub $N, %rsp; push) */
		.name = "user_sp_below_vma_push_grows_stack",
		.in = IN(.ec = UWRITE, .address = STACK_START - 0x20008,
			 .sp = STACK_START - 0x20000,
			 .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
					  T_UGROW("33")),
		},
	},
	{
		/* RHEL6's exec-shield: 2 MiB of growth beyond RLIMIT_STACK */
		.name = "user_stack_growth_within_exec_shield_bias_grows",
		.in = IN(.ec = UWRITE, .address = CUSHION_EDGE, .sp = SP_LOW,
			 .rlimit_stack = 32 * PAGE_SIZE,
			 .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
					  T_UGROW("16")),
		},
	},
	{
		/* 2 MiB + 48 pages, RLIMIT_STACK 48 pages: exactly allowed */
		.name = "user_stack_growth_to_rlimit_plus_bias_grows",
		.in = IN(.ec = UWRITE, .address = BIG_CUSHION_EDGE,
			 .sp = BIG_SP_LOW, .rlimit_stack = 48 * PAGE_SIZE,
			 .vmas = { VMA_TEXT, VMA_BIGSTACK }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
					  T_UGROW("16")),
		},
	},
	{
		/* one page over RLIMIT_STACK + 2 MiB: the stack may not grow */
		.name = "user_stack_growth_past_rlimit_sigsegv",
		.in = IN(.ec = UWRITE, .address = BIG_CUSHION_EDGE,
			 .sp = BIG_SP_LOW, .rlimit_stack = 47 * PAGE_SIZE,
			 .vmas = { VMA_TEXT, VMA_BIGSTACK }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [stack]",
				"expand_stack([stack], addr) = -ENOMEM",
				T_SEGV("PF_WRITE|PF_USER", "SEGV_MAPERR")),
		},
	},
	{
		/* the default RLIMIT_STACK (10 MiB) + 2 MiB: exactly allowed */
		.name = "user_stack_growth_to_default_rlimit_plus_bias_grows",
		.in = IN(.ec = UWRITE, .address = DEF_CUSHION_EDGE(0),
			 .sp = DEF_CUSHION_EDGE(0) + CUSHION,
			 .vmas = { VMA_TEXT, VMA_DEFSTACK(0) }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
					  T_UGROW("16")),
		},
	},
	{
		/* a page past the default RLIMIT_STACK + 2 MiB */
		.name = "user_stack_growth_past_default_rlimit_sigsegv",
		.in = IN(.ec = UWRITE, .address = DEF_CUSHION_EDGE(1),
			 .sp = DEF_CUSHION_EDGE(1) + CUSHION,
			 .vmas = { VMA_TEXT, VMA_DEFSTACK(1) }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [stack]",
				"expand_stack([stack], addr) = -ENOMEM",
				T_SEGV("PF_WRITE|PF_USER", "SEGV_MAPERR")),
		},
	},
	{
		.name = "kernel_stack_growth_past_rlimit_fixup",
		.in = IN(.mode = KERNEL, .ec = PF_WRITE,
			 .address = BIG_CUSHION_EDGE - 1, .sp = BIG_SP_LOW,
			 .ip = UACCESS_IP, .extable = EXTABLE_UACCESS,
			 .rlimit_stack = 32 * PAGE_SIZE,
			 .vmas = { VMA_TEXT, VMA_BIGSTACK }),
		.expect = {
			.outcome = FIXUP,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [stack]",
				"expand_stack([stack], addr) = -ENOMEM",
				T_KBAD("PF_WRITE", "SEGV_MAPERR", ""),
				T_FIXUP("    ", "PF_WRITE")),
		},
	},
};

FK_SUITE(stack);
