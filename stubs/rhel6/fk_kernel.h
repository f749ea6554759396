/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What RHEL6 adds to the x86 layer's world (tests/x86/fk_x86.h): the
 * shim headers its types come from, its lock's name, its layout. Not a
 * kernel header; the unit under test never sees it.
 */
#ifndef FK_KERNEL_H
#define FK_KERNEL_H

#include <linux/sched.h>
#include <linux/module.h>
#include <linux/perf_event.h>
#include <asm/page.h>
#include <asm/sections.h>

/*
 * What 2.6.32 reads beyond the x86 layer's: the security hooks of
 * expand_downwards() (mm/rhel6/mmap.c): SELinux enforcing its default
 * policy or not, the task's CAP_SYS_RAWIO.
 */
#define FK_KERNEL_IN							\
	int selinux_off;	/* disabled, permissive, or mmap_zero allowed */ \
	int cap_sys_rawio;

/*
 * Kernel page tables (asm/pgtable.h): init_mm's pgd and current's, page
 * aligned as cr3 wants them, and the one entry of each lower level a
 * walk is at.
 */
#define FK_KERNEL_WORLD							\
	pgd_t pgd_k[PTRS_PER_PGD] __attribute__((aligned(PAGE_SIZE)));	\
	pgd_t pgd[PTRS_PER_PGD] __attribute__((aligned(PAGE_SIZE)));	\
	pud_t pud;							\
	pmd_t pmd;							\
	pte_t pte;

/* The CPU as 2.6.32 knows it: the error code bits it reads, no SMAP,
 * no protection keys; a fixup below 16 is relative (uaccess_err). */
#define FK_CPU_PF_BITS	(FK_PF_PROT | FK_PF_WRITE | FK_PF_USER |	\
			 FK_PF_RSVD | FK_PF_INSTR)
#define FK_CPU_SMAP	0
#define FK_CPU_PKU	0
#define FK_REL_FIXUP	1
/* every kernel mapping the x86 layer has: 2.6.32 syncs vmalloc pgds */
#define FK_KMAP_CLASSES	0xfffULL
/*
 * The floors below which a stack may not grow (security_file_mmap()):
 * the DAC one, vm.mmap_min_addr, CONFIG_DEFAULT_MMAP_MIN_ADDR by default
 * (CAP_SYS_RAWIO passes it), and SELinux's, CONFIG_LSM_MMAP_MIN_ADDR,
 * where SELinux is on by default (SELINUX_BOOTPARAM_VALUE).
 */
#ifdef CONFIG_DEFAULT_MMAP_MIN_ADDR
#define FK_MMAP_MIN_ADDR	((unsigned long)CONFIG_DEFAULT_MMAP_MIN_ADDR)
#else
#define FK_MMAP_MIN_ADDR	0UL
#endif
#if defined(CONFIG_SECURITY_SELINUX) && \
	defined(CONFIG_SECURITY_SELINUX_BOOTPARAM_VALUE) && \
	CONFIG_SECURITY_SELINUX_BOOTPARAM_VALUE
#define FK_LSM_MMAP_MIN_ADDR	((unsigned long)CONFIG_LSM_MMAP_MIN_ADDR)
#else
#define FK_LSM_MMAP_MIN_ADDR	FK_MMAP_MIN_ADDR
#endif
/* a default boot registers 2 MiB huge pages only (hugepagesz=1G adds 1G
 * first) */
#define FK_HSTATES_DEFAULT	HSTATES_2M

/*
 * An oops: RHEL 6 installs kexec-tools and enables kdump (crashkernel=auto)
 * by default, and its kernel sets panic_on_oops = 1 (kernel/panic.c).
 */
#ifdef CONFIG_KEXEC
#define FK_HAS_KEXEC		1
#else
#define FK_HAS_KEXEC		0
#endif
#define FK_CRASH_KERNEL_LABELS	"loaded", "none"
#define FK_CRASH_KERNEL_ORDER	CRASH_LOADED, CRASH_NONE
#define FK_PANIC_ON_OOPS_LABELS	"1", "0"
#define FK_PANIC_ON_OOPS_ORDER	PANIC_ON_OOPS, PANIC_OFF

/* fault.c checks the stack cushion below sp (gone in v5.0) */
#define FK_STACK_CUSHION	1
/* exec-shield's EXEC_STACK_BIAS: how far past RLIMIT_STACK a stack grows */
#define FK_STACK_BIAS	(2UL << 20)
/* RLIMIT_STACK's default, _STK_LIM: RHEL6 raised upstream's 8 MiB */
#define FK_STK_LIM	(10UL << 20)

/* the vsyscall page of 2.6.32: mapped for user read and execute; the
 * modes of later kernels' vsyscall= are never offered */
#define FK_VSYSCALL_LABELS	"native", "emulate", "xonly", "none"
#define FK_VSYSCALL_ORDER	VSYSCALL_NATIVE, VSYSCALL_EMULATE,	\
				VSYSCALL_XONLY, VSYSCALL_NONE
#define FK_VSYSCALL_LEGAL	1ULL

#define FK_MM_LOCK(mm)		(&(mm)->mmap_sem)
#define FK_MM_LOCK_NAME		"mmap_sem"

/* Layout every row can name; ILP32 builds get the 32-bit equivalents. */
#define FK_STEXT	((unsigned long)_stext)
#define FK_ETEXT	((unsigned long)_etext)
#if __SIZEOF_LONG__ == 8
#define FK_KADDR	0xffff880000100000UL	/* direct map */
#define FK_DIRECT_MAP	0xffff880000000000UL	/* ... its 64 TiB */
#define FK_DIRECT_MAP_END	0xffffc80000000000UL
#define FK_IMAGE_END	MODULES_VADDR		/* the kernel image */
#else
#define FK_KADDR	0xc0100000UL
#define FK_DIRECT_MAP	0xc0000000UL		/* lowmem: the image too */
#define FK_DIRECT_MAP_END	VMALLOC_START
#define FK_IMAGE_END	FK_ETEXT
#endif

/* Fills the pgds from the row's kernel mappings. */
void fk_pgtable_setup(void);

#endif
