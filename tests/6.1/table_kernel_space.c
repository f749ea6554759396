// SPDX-License-Identifier: GPL-2.0
/*
 * do_kern_addr_fault(): kernel addresses. Stale-TLB spurious faults (4K,
 * 2M, 1G, a pmd without the write bit), kprobes, fixup or
 * oops, the kernel's ENCLS, KFENCE, a vmap stack overflow, a die notifier, the AMD prefetch
 * quirk, and a user-mode access to kernel memory (PROT is reported).
 */
#include <rows.h>

#define KPAGE	{ KADDR, KADDR + PAGE_SIZE, KM_PRESENT | KM_WRITE }
#define KPAGE_RO { KADDR, KADDR + PAGE_SIZE, KM_PRESENT }
#define KPAGE_X	{ KADDR, KADDR + PAGE_SIZE, KM_PRESENT | KM_EXEC }
#define KPAGE_2M { KADDR, KADDR + PAGE_SIZE, KM_PRESENT | KM_WRITE | KM_LARGE }
#define KPAGE_1G { KADDR, KADDR + PAGE_SIZE, KM_PRESENT | KM_WRITE | KM_HUGE }
#define KPAGE_PMD_RO { KADDR, KADDR + PAGE_SIZE,			\
		       KM_PRESENT | KM_WRITE | KM_PMD_RO }

#define KPAGE_NO(level) { KADDR, KADDR + PAGE_SIZE,			\
			 KM_PRESENT | KM_WRITE | KM_NO_##level }
#define KPAGE_NO_PUD	KPAGE_NO(PUD)
#define KPAGE_NO_PMD	KPAGE_NO(PMD)
#define KPAGE_NO_PTE	KPAGE_NO(PTE)

/* fourteen operand-size prefixes */
#define P14	0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,		\
		0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66

#define KWRITE_PROT	(X86_PF_WRITE | X86_PF_PROT)

#define SPURIOUS_ROW(rowname, ec_, kmap)				\
	{								\
		.name = rowname,					\
		.in = IN(.mode = KERNEL, .ec = ec_, .address = KADDR,	\
			 .ip = KERNEL_IP, .kmaps = { kmap }),		\
		.expect = {						\
			.outcome = EARLY,				\
			.calls = NULL,					\
		},							\
	}

/* not spurious: on to kprobes and an oops of a protection fault */
#define PROT_OOPS_ROW(rowname, ec_, ecs, kmap, ...)			\
	{								\
		.name = rowname,					\
		.in = IN(.mode = KERNEL, .ec = ec_, .address = KADDR,	\
			 .ip = KERNEL_IP, .kmaps = { kmap }),		\
		.expect = {						\
			.outcome = OOPS,				\
			.calls = FK_CALLS(__VA_ARGS__ T_NOFIX(ecs),	\
					  T_OOPS_PROT(ecs)),		\
		},							\
	}

/* a kernel whose page fault oops calls this stack test an overflow */
#define ON_OVERFLOW(k)							\
	{ k, { .outcome = OOPS,						\
	       .calls = FK_CALLS(T_NOFIX("WRITE"), T_STACK_OVERFLOW) } }

static const struct fk_row rows[] = {
	SPURIOUS_ROW("kernel_write_stale_tlb_spurious", KWRITE_PROT, KPAGE),
	SPURIOUS_ROW("kernel_exec_stale_tlb_spurious",
		     X86_PF_INSTR | X86_PF_PROT, KPAGE_X),
	SPURIOUS_ROW("kernel_write_stale_tlb_2m_page_spurious", KWRITE_PROT,
		     KPAGE_2M),
	SPURIOUS_ROW("kernel_write_stale_tlb_1g_page_spurious", KWRITE_PROT,
		     KPAGE_1G),
	PROT_OOPS_ROW("kernel_write_readonly_kernel_page_oops", KWRITE_PROT,
		      "PROT|WRITE", KPAGE_RO),
	PROT_OOPS_ROW("kernel_exec_nx_kernel_page_oops",
		      X86_PF_INSTR | X86_PF_PROT, "PROT|INSTR", KPAGE),
	/* the pte allows the write, the pmd does not: a page-table bug */
	PROT_OOPS_ROW("kernel_write_pmd_without_write_bit_warns_oops",
		      KWRITE_PROT, "PROT|WRITE", KPAGE_PMD_RO,
		      "__warn(\"!ret\")",),
	/* a read is never spurious, even of a mapped page */
	PROT_OOPS_ROW("kernel_read_present_kernel_page_oops", X86_PF_PROT,
		      "PROT", KPAGE),
	PROT_OOPS_ROW("kernel_write_unmapped_kernel_page_oops", KWRITE_PROT,
		      "PROT|WRITE", { 0 }),
	/* the walk stops at the first level that is not present */
	PROT_OOPS_ROW("kernel_write_no_pud_not_spurious_oops", KWRITE_PROT,
		      "PROT|WRITE", KPAGE_NO_PUD),
	PROT_OOPS_ROW("kernel_write_no_pmd_not_spurious_oops", KWRITE_PROT,
		      "PROT|WRITE", KPAGE_NO_PMD),
	PROT_OOPS_ROW("kernel_write_no_pte_not_spurious_oops", KWRITE_PROT,
		      "PROT|WRITE", KPAGE_NO_PTE),
	{
		.name = "kernel_read_unmapped_kernel_address_oops",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = KERNEL_IP),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_NOFIX("0"),
					  T_OOPS("0", "0")),
		},
	},
	{
		.name = "kernel_get_kernel_nofault_extable_fixup",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = UACCESS_IP, .extable = EXTABLE_UACCESS),
		.expect = {
			.outcome = FIXUP,
			.calls = FK_CALLS(T_FIXUP("0")),
		},
	},
	{
		/*
		 * the kernel's ENCLS (sgx_encl_add_page(), __ewb() ...) meets
		 * an EPCM conflict on an EPC page, mapped in the vmalloc area
		 * (memremap()): not spurious, no kprobe, and the ENCLS site's
		 * EX_TYPE_FAULT_SGX entry fixes it up (ex_handler_sgx() in
		 * arch/x86/mm/extable.c hands the trap number back)
		 */
		.name = "kernel_encls_epcm_conflict_fixup",
		.in = IN(.mode = KERNEL, .ec = X86_PF_PROT | X86_PF_WRITE |
			 X86_PF_SGX, .address = VADDR, .ip = UACCESS_IP,
			 .extable = EXTABLE_UACCESS),
		.expect = {
			.outcome = FIXUP,
			.calls = FK_CALLS("kprobe_page_fault(regs, 14) = 0",
					  T_FIXUP("PROT|WRITE|SGX")),
		},
		.on = FK_ON({ "5.10", { .na = NA_NO_SGX } },
			    FK_AS_EXPECTED("rhel8.10")),
	},
	{
		.name = "user_read_kernel_address_maperr_prot_reported",
		.in = IN(.ec = UREAD, .address = KADDR, .ip = USER_IP),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.calls = FK_CALLS(
					  T_MAPERR("PROT|USER")),
		},
	},
	{
		/* the first kernel address: reported as PROT too (the
		 * signal frame's error code is checked) */
		.name = "user_read_task_size_max_prot_reported",
		.in = IN(.ec = UREAD, .address = TASK_SIZE_MAX, .ip = USER_IP),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.calls = FK_CALLS(T_VDSO_NOFIX("PROT|USER")
					  T_MAPERR("PROT|USER")),
		},
	},
	{
		/*
		 * mm/kfence/core.c: a fault in KFENCE's pool (a guard page
		 * or a freed object) is reported, the page unprotected and
		 * the access goes on; KFENCE has a pool only if it was on at
		 * boot (kfence.sample_interval, 0 in Debian's 6.12 config)
		 */
		.name = "kernel_kfence_pool_fault_reported",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE, .address = KADDR,
			 .ip = KERNEL_IP, .kfence = KFENCE_ON),
		.expect = {
#ifdef CONFIG_KFENCE
			.outcome = EARLY,
			.calls = FK_CALLS(T_NOFIX("WRITE"),
				"kfence_handle_page_fault(addr, 1, regs) = 1"),
#else
			.na = "a kernel built without CONFIG_KFENCE (Debian's 6.1)",
#endif
		},
	},
	{
		/* KFENCE is on, but the vmalloc area is not its pool: the
		 * fault oopses (is_kfence_address() holds only in the pool,
		 * which memblock gave in the direct map) */
		.name = "kernel_kfence_on_vmalloc_address_not_its_oops",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE, .address = VADDR,
			 .ip = KERNEL_IP, .kfence = KFENCE_ON),
		.expect = {
#ifdef CONFIG_KFENCE
			.outcome = OOPS,
			.calls = FK_CALLS(T_NOFIX("WRITE"),
				T_OOPS("WRITE", "1")),
#else
			.na = "a kernel built without CONFIG_KFENCE (Debian's 6.1)",
#endif
		},
	},
	{
		/* the guard page below a vmap stack: switch to the #DF
		 * stack and panic there */
		.name = "kernel_vmap_stack_overflow_panics",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE, .address = VADDR,
			 .ip = KERNEL_IP, .stack = STACK_GUARD_BELOW),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_NOFIX("WRITE"),
				T_STACK_OVERFLOW),
		},
	},
	{
		.name = "kernel_vmalloc_fault_not_stack_oops",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE, .address = VADDR,
			 .ip = KERNEL_IP),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_NOFIX("WRITE"),
				T_NOT_STACK,
				T_KFENCE("1") T_OOPS_TAIL("WRITE")),
		},
	},
	{
		/* the page just past the top of the task's stack: 5.10's
		 * no_context() and 5.15.0's page_fault_oops() call that an
		 * overflow too; from 44b979fa302c ("x86/mm/64: Improve stack
		 * overflow warnings", v5.16, 5.15.3) only the guard page
		 * below a stack is one */
		.name = "kernel_vmalloc_fault_past_stack_top",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE, .address = VADDR,
			 .ip = KERNEL_IP, .stack = STACK_PAST_TOP),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_NOFIX("WRITE"), T_NOT_STACK,
					  T_KFENCE("1") T_OOPS_TAIL("WRITE")),
		},
		.on = FK_ON(ON_OVERFLOW("5.10"), ON_OVERFLOW("5.15.0")),
	},
	{
		/* the last byte of the page under the guard page: one page
		 * and a byte below the stack, on no kernel an overflow */
		.name = "kernel_vmalloc_fault_byte_under_stack_guard_oops",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE,
			 .address = VADDR + PAGE_SIZE - 1, .ip = KERNEL_IP,
			 .stack = STACK_UNDER_GUARD),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_NOFIX("WRITE"), T_NOT_STACK,
					  T_KFENCE("1") T_OOPS_TAIL("WRITE")),
		},
	},
	{
		/* ... and the first byte a page past the top's page */
		.name = "kernel_vmalloc_fault_page_beyond_stack_top_oops",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE, .address = VADDR,
			 .ip = KERNEL_IP, .stack = STACK_BEYOND_TOP),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_NOFIX("WRITE"), T_NOT_STACK,
					  T_KFENCE("1") T_OOPS_TAIL("WRITE")),
		},
	},
	{
		/* a kprobe's pre or post handler faults at a kernel address
		 * and its fault_handler claims it: 5.10 only, before
		 * ec6aba3d2be1 ("kprobes: Remove kprobe::fault_handler",
		 * v5.14) */
		.name = "kernel_kprobe_fault_handler_claims_kernel_address",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = KERNEL_IP, .atomic = 1),
		.script = { FK_SCRIPT(kprobe_page_fault, 1) },
		.expect = {
			.na = "kprobe_fault_handler() returns 0 from v5.14",
		},
		.on = FK_ON({ "5.10", { .outcome = EARLY,
			.calls = FK_CALLS(T_KPROBE_CLAIMS) } }),
	},
	{
		/* a die notifier said stop: the oops returns */
		.name = "kernel_oops_die_notifier_stop_returns",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = KERNEL_IP),
		.script = { FK_SCRIPT(__die, 1) },
		.expect = {
			.outcome = OOPS_RETURNED,
			.calls = FK_CALLS(T_NOFIX("0"),
				T_KFENCE("0") "__die(\"Oops\", regs, 0) = 1",
				"oops_end(0, regs, 0)"),
		},
	},	{
		/*
		 * with kdump's crash kernel loaded and panic_on_oops set
		 * (neither is Debian's default), kexec_should_crash() holds:
		 * oops_end() boots the crash kernel (crash_kexec()), even
		 * though a die notifier stopped the oops
		 */
		.name = "kernel_oops_die_notifier_stop_crash_kernel_takes_over",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = KERNEL_IP, .crash_kernel = CRASH_LOADED,
			 .panic_on_oops = PANIC_ON_OOPS),
		.script = { FK_SCRIPT(__die, 1) },
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_NOFIX("0"),
				T_KFENCE("0") "__die(\"Oops\", regs, 0) = 1",
				"oops_end(0, regs, 0)" NORET),
		},
	},

	{
		/* an instruction fetch is never a prefetch, whatever the
		 * bytes at ip say */
		.name = "kernel_amd_k8_exec_nx_page_prefetch_bytes_oops",
		.in = IN(.mode = KERNEL, .ec = X86_PF_INSTR | X86_PF_PROT,
			 .address = KADDR, .ip = KADDR, .amd_k8 = 1,
			 .insn = { 0x0f, 0x18, 0x08 }, .kmaps = { KPAGE }),
		.expect = {
			.outcome = OOPS,
			/* ip is the address: it prints as addr */
			.calls = FK_CALLS(
				T_FIXUP_CALL("PROT|INSTR") " = 0",
				"  search_exception_tables(addr) = NULL",
				T_OOPS_PROT("PROT|INSTR")),
		},
	},
	/* is_prefetch() reads at most 15 bytes: 14 prefixes and the 0x0f
	 * are within, the opcode after it is read by check_prefetch_opcode */
	{
		.name = "kernel_amd_k8_prefetch_after_14_prefixes_ignored",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = KERNEL_IP, .amd_k8 = 1,
			 .insn = { P14, 0x0f, 0x18 }),
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(T_NOFIX("0")),
		},
	},
	{
		/* 15 prefixes: the 0x0f is the 16th byte, never read */
		.name = "kernel_amd_k8_prefetch_after_15_prefixes_oops",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = KERNEL_IP, .amd_k8 = 1,
			 .insn = { P14, 0x66, 0x0f, 0x18 }),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_NOFIX("0"),
					  T_OOPS("0", "0")),
		},
	},
	{
		.name = "kernel_amd_k8_prefetch_kernel_address_ignored",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = KERNEL_IP, .amd_k8 = 1,
			 .insn = { 0x0f, 0x0d, 0x08 }),
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(T_NOFIX("0")),
		},
	},
};

FK_SUITE(kernel_space);
