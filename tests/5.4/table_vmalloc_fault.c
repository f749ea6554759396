// SPDX-License-Identifier: GPL-2.0
/*
 * vmalloc_fault() on x86_64, which 5.4 has and 7f0a002b5a21 ("x86/mm:
 * remove vmalloc faulting", v5.8) took away: a not-present kernel fault
 * in the vmalloc area first copies init_mm's top-level entry into the
 * task's page table (cr3's) where the task's lacks it, a race with a
 * vmalloc() that made the entry after the task's pgd was copied; then,
 * if init_mm maps the address all the way down, the fault is done and
 * the access runs again. A user-mode, protection or reserved-bit fault
 * never syncs; nor does an address outside the vmalloc area.
 */
#include <rows.h>

/* init_mm maps them; the task's top level has them only if KM_SYNCED */
#define VPAGE		{ VADDR, VADDR + PAGE_SIZE, KM_PRESENT | KM_WRITE }
#define VPAGE_SYNCED	{ VADDR, VADDR + PAGE_SIZE,			\
			  KM_PRESENT | KM_SYNCED | KM_WRITE }
#define VPAGE_1G	{ VADDR, VADDR + PAGE_SIZE,			\
			  KM_PRESENT | KM_WRITE | KM_HUGE }
#define VPAGE_2M	{ VADDR, VADDR + PAGE_SIZE,			\
			  KM_PRESENT | KM_WRITE | KM_LARGE }
#define VPAGE_NO(level)	{ VADDR, VADDR + PAGE_SIZE,			\
			  KM_PRESENT | KM_WRITE | KM_NO_##level }
#define MPAGE		{ MODULES_VADDR, MODULES_VADDR + PAGE_SIZE,	\
			  KM_PRESENT | KM_WRITE }

/* the task's top-level entry copied from init_mm's */
#define T_SYNC	"set_p4d(p4d, 0x3)"

#define KREAD(addr, ...)						\
	IN(.mode = KERNEL, .ec = 0, .address = addr, .ip = KERNEL_IP,	\
	   __VA_ARGS__)

#define VMALLOC_OOPS_ROW(rowname, level)				\
	K_ROW(rowname,							\
	      KREAD(VADDR, .kmaps = { VPAGE_NO(level) }),		\
	      OOPS, (), T_SYNC, T_NOFIX("0"), T_NOT_STACK,		\
	      T_OOPS_TAIL("0"))

static const struct fk_row rows[] = {
	K_ROW("kernel_read_vmalloc_unsynced_pgd_synced_returns",
	      KREAD(VADDR, .kmaps = { VPAGE }),
	      EARLY, (), T_SYNC),
	/* init_mm maps it with a 1G page: done at the pud */
	K_ROW("kernel_read_vmalloc_unsynced_pgd_1g_page_returns",
	      KREAD(VADDR, .kmaps = { VPAGE_1G }),
	      EARLY, (), T_SYNC),
	/* ... or with a 2M page: done at the pmd */
	K_ROW("kernel_read_vmalloc_unsynced_pgd_2m_page_returns",
	      KREAD(VADDR, .kmaps = { VPAGE_2M }),
	      EARLY, (), T_SYNC),
	/* the task's entry was there: another CPU's race, nothing to do */
	K_ROW("kernel_read_vmalloc_synced_pgd_mapped_returns",
	      KREAD(VADDR, .kmaps = { VPAGE_SYNCED }),
	      EARLY, (), NULL),
	/* synced, but init_mm maps nothing below: on to the oops */
	VMALLOC_OOPS_ROW("kernel_read_vmalloc_unsynced_pgd_no_pud_oops", PUD),
	VMALLOC_OOPS_ROW("kernel_read_vmalloc_unsynced_pgd_no_pmd_oops", PMD),
	VMALLOC_OOPS_ROW("kernel_read_vmalloc_unsynced_pgd_no_pte_oops", PTE),
	/* a write to a read-only mapping is a protection fault, which
	 * the CPU reports through the task's entry: no vmalloc_fault() */
	K_ROW("kernel_write_prot_vmalloc_readonly_not_synced_oops",
	      IN(.mode = KERNEL, .ec = X86_PF_WRITE | X86_PF_PROT,
		 .address = VADDR, .ip = KERNEL_IP,
		 .kmaps = { { VADDR, VADDR + PAGE_SIZE,
			      KM_PRESENT | KM_SYNCED } }),
	      OOPS, (), T_NOFIX("PROT|WRITE"), T_NOT_STACK,
	      T_OOPS_TAIL("PROT|WRITE")),
	/* the area's bounds: its first byte syncs, VMALLOC_END (its
	 * last, which the test leaves out) does not */
	K_ROW("kernel_read_vmalloc_start_unsynced_pgd_synced_returns",
	      KREAD(VMALLOC_START,
		    .kmaps = { { VMALLOC_START, VMALLOC_START + PAGE_SIZE,
				 KM_PRESENT | KM_WRITE } }),
	      EARLY, (), T_SYNC),
	K_ROW("kernel_read_vmalloc_end_unsynced_pgd_not_synced_oops",
	      KREAD(VMALLOC_END,
		    .kmaps = { { VMALLOC_END & PAGE_MASK,
				 (VMALLOC_END & PAGE_MASK) + PAGE_SIZE,
				 KM_PRESENT | KM_WRITE } }),
	      OOPS, (), T_NOFIX("0"), T_OOPS_TAIL("0")),
	/* module space is not the vmalloc area on x86_64, and every
	 * task's top level has its entry (pgd_ctor()) */
	K_ROW("kernel_read_module_address_not_vmalloc_oops",
	      KREAD(MODULES_VADDR, .kmaps = { MPAGE }),
	      OOPS, (), T_NOFIX("0"), T_OOPS_TAIL("0")),
};

FK_SUITE(vmalloc_fault);
