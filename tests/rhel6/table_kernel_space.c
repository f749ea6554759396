// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel-space addresses: vmalloc sync, kmemcheck, stale TLB, kprobes,
 * and the bad-area path that never takes mmap_sem.
 */
#include <rows.h>

#define KMAP(addr, prot) { { (addr) & PAGE_MASK, ((addr) & PAGE_MASK) + PAGE_SIZE, prot } }

/* a kernel-space fault nobody claims: no_context oopses */
#define T_KOOPS(ec)							\
	"__bad_area_nosemaphore(regs, " ec ", addr, SEGV_MAPERR)" NORET, \
	T_OOPS("  ", ec)

#define T_NOT_VMALLOC							\
	"vmalloc_fault(addr) = -1" T_KMEMCHECK_NO

static const struct fk_row rows[] = {
	{
		.name = "kernel_vmalloc_fault_syncs_top_level",
		.in = IN(.mode = KERNEL, .ec = 0, .address = VADDR,
			 .ip = KERNEL_IP, .kmaps = KMAP(VADDR, KM_PRESENT)),
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(T_KSPACE,
				"vmalloc_fault(addr) = 0 {set_pgd from init_mm}"),
		},
	},
	{
		/*
		 * a user task's LDT of more than a page is vmalloc()ed: the
		 * CPU loading a segment from it (a supervisor access from
		 * ring 3, PF_USER clear) faults until this task's pgd has
		 * the entry, and vmalloc_fault() syncs it
		 */
		.name = "user_mode_implicit_ldt_access_vmalloc_fault_syncs",
		.in = IN(.ec = 0, .address = VADDR,
			 .kmaps = KMAP(VADDR, KM_PRESENT)),
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(T_KSPACE,
				"vmalloc_fault(addr) = 0 {set_pgd from init_mm}"),
		},
	},
	{
		.name = "kernel_vmalloc_fault_already_synced",
		.in = IN(.mode = KERNEL, .ec = 0, .address = VADDR,
			 .ip = KERNEL_IP,
			 .kmaps = KMAP(VADDR, KM_PRESENT | KM_SYNCED)),
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(T_KSPACE, "vmalloc_fault(addr) = 0"),
		},
	},
	{
		/* vmalloc_fault() walks down to the pte of init_mm */
		.name = "kernel_vmalloc_pgd_only_no_pte_oops",
		.in = IN(.mode = KERNEL, .ec = 0, .address = VADDR,
			 .ip = KERNEL_IP,
			 .kmaps = KMAP(VADDR, KM_PRESENT | KM_NO_PTE)),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_KSPACE,
				"vmalloc_fault(addr) = -1 {set_pgd from init_mm}"
				T_KMEMCHECK_NO,
				"spurious_fault(0, addr) = 0",
				T_KOOPS("0")),
		},
	},
	{
		.name = "kernel_vmalloc_unmapped_oops",
		.in = IN(.mode = KERNEL, .ec = 0, .address = VADDR,
			 .ip = KERNEL_IP),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_KSPACE, T_NOT_VMALLOC,
				"spurious_fault(0, addr) = 0",
				T_KOOPS("0")),
		},
	},
	{
		/* kmemcheck's hidden slab page (a kernel built with it) */
		.name = "kernel_kmemcheck_claims_fault",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = KERNEL_IP),
		.script = { FK_SCRIPT(kmemcheck_fault, 1) },
		.expect = {
#ifdef CONFIG_KMEMCHECK
			.outcome = EARLY,
			.calls = FK_CALLS(T_KSPACE,
				"vmalloc_fault(addr) = -1",
				"kmemcheck_fault(regs, addr, 0) = 1"),
#else
			.na = "a kernel built without CONFIG_KMEMCHECK (RHEL 6.5)",
#endif
		},
	},
	{
		.name = "kernel_write_stale_tlb_spurious",
		.in = IN(.mode = KERNEL, .ec = PF_PROT | PF_WRITE,
			 .address = KADDR, .ip = KERNEL_IP,
			 .kmaps = KMAP(KADDR, KM_PRESENT | KM_WRITE)),
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(PF_PROT|PF_WRITE, addr) = 1"),
		},
	},
	{
		.name = "kernel_exec_stale_tlb_large_page_spurious",
		.in = IN(.mode = KERNEL, .ec = PF_PROT | PF_INSTR,
			 .address = KADDR, .ip = KADDR,
			 .kmaps = KMAP(KADDR, KM_PRESENT | KM_EXEC | KM_LARGE)),
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(PF_PROT|PF_INSTR, addr) = 1"),
		},
	},
	{
		/*
		 * A read of a kernel page that is present again (another
		 * CPU mapped it meanwhile): 2.6.32-431 walks the tables and
		 * calls it spurious. RHEL 6.9's spurious_fault() looks only
		 * at a write to a read-only page or a fetch from an NX one
		 * (David Vrabel's "x86: skip check for spurious faults for
		 * non-present faults", upstream in 2014: the TLB caches no
		 * not-present entry), so this one oopses.
		 */
		.name = "kernel_read_page_present_again_spurious",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = KERNEL_IP, .kmaps = KMAP(KADDR, KM_PRESENT)),
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(0, addr) = 1"),
		},
		.on = FK_ON({ "rhel6.9", { .outcome = OOPS,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(0, addr) = 0",
				T_KOOPS("0")) } },
			/* RHEL 7.9 took the same change; 7.3 had not */
			{ "rhel7.9", { .outcome = OOPS,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(0, addr) = 0",
				T_KOOPS("0")) } }),
	},
	{
		.name = "kernel_write_readonly_kernel_page_oops",
		.in = IN(.mode = KERNEL, .ec = PF_PROT | PF_WRITE,
			 .address = KADDR, .ip = KERNEL_IP,
			 .kmaps = KMAP(KADDR, KM_PRESENT)),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(PF_PROT|PF_WRITE, addr) = 0",
				T_KOOPS("PF_PROT|PF_WRITE")),
		},
	},
	{
		.name = "kernel_spurious_pmd_readonly_warns_then_oops",
		.in = IN(.mode = KERNEL, .ec = PF_PROT | PF_WRITE,
			 .address = KADDR, .ip = KERNEL_IP,
			 .kmaps = KMAP(KADDR, KM_PRESENT | KM_WRITE | KM_PMD_RO)),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(PF_PROT|PF_WRITE, addr) = 0 {WARN_ONCE: PMD has incorrect permission bits}",
				T_KOOPS("PF_PROT|PF_WRITE")),
		},
	},
	{
		/* no pmd under the pud: nothing a stale TLB entry can be */
		.name = "kernel_write_no_pmd_not_spurious_oops",
		.in = IN(.mode = KERNEL, .ec = PF_PROT | PF_WRITE,
			 .address = KADDR, .ip = KERNEL_IP,
			 .kmaps = KMAP(KADDR, KM_PRESENT | KM_WRITE | KM_NO_PMD)),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(PF_PROT|PF_WRITE, addr) = 0",
				T_KOOPS("PF_PROT|PF_WRITE")),
		},
	},
	{
		/* a 1G page: the pud is the leaf, the pmd is never looked at */
		.name = "kernel_write_stale_tlb_huge_page_spurious",
		.in = IN(.mode = KERNEL, .ec = PF_PROT | PF_WRITE,
			 .address = KADDR, .ip = KERNEL_IP,
			 .kmaps = KMAP(KADDR, KM_PRESENT | KM_WRITE | KM_HUGE |
				       KM_PMD_RO)),
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(PF_PROT|PF_WRITE, addr) = 1"),
		},
	},
	{
		.name = "kernel_kprobe_claims_kernel_address_fault",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = KERNEL_IP),
		.script = { FK_SCRIPT(kprobe_running, 1),
			    FK_SCRIPT(kprobe_fault_handler, 1) },
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(T_KSPACE, T_NOT_VMALLOC,
				"spurious_fault(0, addr) = 0",
				"notify_page_fault(regs) = 1",
				"  kprobe_fault_handler(regs, 14) = 1"),
		},
	},
	{
		.name = "kernel_probe_kernel_read_fixup",
		.in = IN(.mode = KERNEL, .ec = 0, .address = KADDR,
			 .ip = UACCESS_IP, .extable = EXTABLE_UACCESS),
		.expect = {
			.outcome = FIXUP,
			.calls = FK_CALLS(T_KSPACE, T_NOT_VMALLOC,
				"spurious_fault(0, addr) = 0",
				"__bad_area_nosemaphore(regs, 0, addr, SEGV_MAPERR)",
				T_FIXUP("  ", "0")),
		},
	},
	{
		.name = "kernel_reserved_bit_on_kernel_address_oops",
		.in = IN(.mode = KERNEL, .ec = PF_PROT | PF_RSVD,
			 .address = KADDR, .ip = KERNEL_IP,
			 .kmaps = KMAP(KADDR, KM_PRESENT | KM_WRITE)),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(PF_PROT|PF_RSVD, addr) = 0",
				T_KOOPS("PF_PROT|PF_RSVD")),
		},
	},
	{
		/* no perf event, no irqs from the unit, no lock */
		.name = "user_read_kernel_page_sigsegv",
		.in = IN(.ec = PF_USER | PF_PROT, .address = KADDR,
			 .ip = TEXT_START, .vmas = { VMA_TEXT },
			 .kmaps = KMAP(KADDR, KM_PRESENT | KM_WRITE)),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(PF_PROT|PF_USER, addr) = 0",
				"__bad_area_nosemaphore(regs, PF_PROT|PF_USER, addr, SEGV_MAPERR)",
				"  force_sig_info(SIGSEGV, &info, tsk) = 0 {SEGV_MAPERR addr=addr lsb=0}"),
		},
	},
	{
		.name = "user_read_unmapped_vmalloc_address_sigsegv",
		.in = IN(.ec = PF_USER, .address = VADDR, .ip = TEXT_START,
			 .vmas = { VMA_TEXT },
			 .kmaps = KMAP(VADDR, KM_PRESENT)),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.calls = FK_CALLS(T_KSPACE,
				"spurious_fault(PF_USER, addr) = 0",
				"__bad_area_nosemaphore(regs, PF_USER, addr, SEGV_MAPERR)",
				"  force_sig_info(SIGSEGV, &info, tsk) = 0 {SEGV_MAPERR addr=addr lsb=0}"),
		},
	},
};

FK_SUITE(kernel_space);
