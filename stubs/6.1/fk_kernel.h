/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What 6.1 adds to the x86 layer's world (tests/x86/fk_x86.h): the shim
 * headers its types come from, the inputs only its fault path reads,
 * its kernel page tables, its lock's name. Not a kernel header; the
 * unit under test never sees it.
 */
#ifndef FK_KERNEL_H
#define FK_KERNEL_H

#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/version.h>
#include <linux/extable.h>
#include <linux/perf_event.h>
#include <asm/pgtable.h>

/*
 * What another thread did to the mm while lock_mm_and_find_vma() had
 * dropped mmap_lock to take it for writing.
 */
enum k61_race { NO_RACE = 0, RACE_UNMAPPED, RACE_GREW, RACE_NOT_GROWABLE,
		RACE_WRITER /* another writer got the lock first */ };

/* KFENCE at boot (kfence.sample_interval): the configuration's default,
 * or as the row says */
enum k61_kfence { KFENCE_DEFAULT = 0, KFENCE_ON, KFENCE_OFF };

/*
 * Where the task's vmap stack (CONFIG_VMAP_STACK) lies from the fault's
 * address: elsewhere, or the address in the guard page below it, or in
 * the page just past its top (which 5.10's no_context() also calls an
 * overflow; get_stack_guard_info(), v5.16, asks only below), or in the
 * page below that guard page, or the page after the one past the top:
 * one page beyond each, where no kernel sees an overflow.
 */
enum k61_stack { STACK_AWAY = 0, STACK_GUARD_BELOW, STACK_PAST_TOP,
		 STACK_UNDER_GUARD, STACK_BEYOND_TOP };
void fk61_task_stack_setup(void);
void fk61_task_stack_choose(void);

/*
 * mmap_lock's model (mm/6.1/mmap_lock.c), whoever takes it: 6.1's
 * mmap_read_*(), 6.1.0's mmap_read_lock(), 5.4's rwsem calls; and a
 * read of kernel memory that may fault (stubs/6.1/arch/x86/mm/misc.c).
 */
bool fk61_read_trylock(struct rw_semaphore *sem, const char *who);
int fk61_read_lock(struct mm_struct *mm, const char *who, bool killable);
void fk61_read_unlock(struct rw_semaphore *sem, const char *who);
long fk61_read_nofault(void *dst, const void *src, size_t size);

#define K61_IN								\
	enum k61_race race;						\
	enum k61_kfence kfence;						\
	enum k61_stack stack;		/* the task's stack */		\
	int tracing;			/* page-fault trace points on */	\
	int kvm_apf;			/* KVM async #PF enabled */	\
	int kmmio;			/* mmiotrace active */

/* kernel page tables, one walk at a time */
#define K61_WORLD							\
	pgd_t pgd[PTRS_PER_PGD];	/* init_mm's */			\
	pgd_t task_pgd[PTRS_PER_PGD];	/* the task's, cr3's */		\
	pud_t pud;							\
	pmd_t pmd;							\
	pte_t pte;

#ifndef FK_KERNEL_IN
#define FK_KERNEL_IN	K61_IN
#define FK_KERNEL_WORLD	K61_WORLD
#endif

/* answers of handle_mm_fault() that 2.6.32's mm did not have yet */
#define FK_HAS_VM_FAULT_SIGSEGV		1
#define FK_HAS_VM_FAULT_COMPLETED	1

/*
 * The CPU as the configuration lets the kernel use it: the error-code bits
 * it can report (protection keys with X86_INTEL_MEMORY_PROTECTION_KEYS,
 * which sets CR4.PKE; user shadow stacks with X86_USER_SHADOW_STACK, which
 * enables them for a task that asks; SGX with X86_SGX, without which no
 * enclave runs), SMAP; fixups are absolute.
 */
#ifdef CONFIG_X86_INTEL_MEMORY_PROTECTION_KEYS
#define FK_CPU_PKU	1
#define FK_CPU_PF_PK	FK_PF_PK
#else
#define FK_CPU_PKU	0
#define FK_CPU_PF_PK	0
#endif
#ifdef CONFIG_X86_USER_SHADOW_STACK
#define FK_CPU_PF_SHSTK	FK_PF_SHSTK
#else
#define FK_CPU_PF_SHSTK	0
#endif
#ifdef CONFIG_X86_SGX
#define FK_CPU_PF_SGX	FK_PF_SGX
#else
#define FK_CPU_PF_SGX	0
#endif
#define FK_CPU_PF_BITS	(FK_PF_PROT | FK_PF_WRITE | FK_PF_USER |	\
			 FK_PF_RSVD | FK_PF_INSTR | FK_CPU_PF_PK |	\
			 FK_CPU_PF_SHSTK | FK_CPU_PF_SGX)
#define FK_CPU_SMAP	1
#define FK_REL_FIXUP	0
/* every kernel mapping but a vmalloc one not yet synced: x86_64 shares
 * the vmalloc page tables from v5.8 (stubs/6.1/arch/x86/mm/pgtable.c) */
#if FK_VMALLOC_FAULT
#define FK_KMAP_CLASSES	0xfffULL
#else
#define FK_KMAP_CLASSES	0xfefULL
#endif
/*
 * mmap_min_addr (security/min_addr.c): the DAC floor (vm.mmap_min_addr,
 * CONFIG_DEFAULT_MMAP_MIN_ADDR by default) or, with CONFIG_SECURITY, the
 * LSM one if higher; expand_downwards() refuses below it with -EPERM,
 * asking no LSM: one floor.
 */
#ifdef CONFIG_DEFAULT_MMAP_MIN_ADDR
#define FK_DAC_MMAP_MIN	CONFIG_DEFAULT_MMAP_MIN_ADDR
#else
#define FK_DAC_MMAP_MIN	0
#endif
#if defined(CONFIG_SECURITY) && defined(CONFIG_LSM_MMAP_MIN_ADDR) && \
	CONFIG_LSM_MMAP_MIN_ADDR > FK_DAC_MMAP_MIN
#define FK_MMAP_MIN_ADDR	((unsigned long)CONFIG_LSM_MMAP_MIN_ADDR)
#else
#define FK_MMAP_MIN_ADDR	((unsigned long)FK_DAC_MMAP_MIN)
#endif
#define FK_LSM_MMAP_MIN_ADDR	FK_MMAP_MIN_ADDR
/* a CPU with 1 GiB pages (X86_FEATURE_GBPAGES, as most x86_64 ones):
 * arch/x86/mm/hugetlbpage.c registers 1G before hugetlb_init()'s 2M */
#define FK_HSTATES_DEFAULT	HSTATES_1G_2M

/*
 * An oops: Debian loads no crash kernel unless kdump-tools is installed;
 * panic_on_oops is CONFIG_PANIC_ON_OOPS_VALUE (0 in Debian's).
 */
#ifdef CONFIG_KEXEC_CORE
#define FK_HAS_KEXEC		1
#else
#define FK_HAS_KEXEC		0
#endif
#define FK_CRASH_KERNEL_LABELS	"none", "loaded"
#define FK_CRASH_KERNEL_ORDER	CRASH_NONE, CRASH_LOADED
#if CONFIG_PANIC_ON_OOPS_VALUE
#define FK_PANIC_ON_OOPS_LABELS	"1", "0"
#define FK_PANIC_ON_OOPS_ORDER	PANIC_ON_OOPS, PANIC_OFF
#else
#define FK_PANIC_ON_OOPS_LABELS	"0", "1"
#define FK_PANIC_ON_OOPS_ORDER	PANIC_OFF, PANIC_ON_OOPS
#endif

/* no stack cushion below sp (1d8ca3be86eb, v5.0): sp is read only by the
 * "segfault at" message */
#define FK_STACK_CUSHION	0
/* a stack grows to RLIMIT_STACK itself (RHEL6's exec-shield had a bias) */
#define FK_STACK_BIAS	0UL
/* RLIMIT_STACK's default, _STK_LIM */
#define FK_STK_LIM	(8UL << 20)

/*
 * vsyscall= (arch/x86/entry/vsyscall/vsyscall_64.c), the configuration's
 * default first (Debian: LEGACY_VSYSCALL_NONE); without
 * X86_VSYSCALL_EMULATION there is no page to map. FK_VSYSCALL_LEGAL: the
 * modes of these labels this kernel has.
 */
#if !defined(CONFIG_X86_VSYSCALL_EMULATION)
#define FK_VSYSCALL_LABELS	"none", "xonly", "emulate", "native"
#define FK_VSYSCALL_ORDER	VSYSCALL_NONE, VSYSCALL_XONLY,		\
				VSYSCALL_EMULATE, VSYSCALL_NATIVE
#define FK_VSYSCALL_LEGAL	1ULL
#elif defined(CONFIG_LEGACY_VSYSCALL_EMULATE)
#define FK_VSYSCALL_LABELS	"emulate", "xonly", "none", "native"
#define FK_VSYSCALL_ORDER	VSYSCALL_EMULATE, VSYSCALL_XONLY,	\
				VSYSCALL_NONE, VSYSCALL_NATIVE
#elif defined(CONFIG_LEGACY_VSYSCALL_XONLY)
#define FK_VSYSCALL_LABELS	"xonly", "emulate", "none", "native"
#define FK_VSYSCALL_ORDER	VSYSCALL_XONLY, VSYSCALL_EMULATE,	\
				VSYSCALL_NONE, VSYSCALL_NATIVE
#else
#define FK_VSYSCALL_LABELS	"none", "xonly", "emulate", "native"
#define FK_VSYSCALL_ORDER	VSYSCALL_NONE, VSYSCALL_XONLY,		\
				VSYSCALL_EMULATE, VSYSCALL_NATIVE
#endif
/* 2.6.32's native page is never offered */
#ifndef FK_VSYSCALL_LEGAL
#define FK_VSYSCALL_LEGAL	7ULL
#endif

#define FK_MM_LOCK(mm)		(&(mm)->mmap_lock)
/* its name before da1c55f1b272 (v5.8) */
#if LINUX_VERSION_CODE < KERNEL_VERSION(5, 8, 0)
#define FK_MM_LOCK_NAME		"mmap_sem"
#else
#define FK_MM_LOCK_NAME		"mmap_lock"
#endif

/* Layout every row can name. */
#define FK_STEXT	((unsigned long)_stext)
#define FK_ETEXT	((unsigned long)_etext)
#define FK_KADDR	0xffff888000100000UL	/* direct map */
#define FK_DIRECT_MAP	0xffff888000000000UL	/* ... its 64 TiB */
#define FK_DIRECT_MAP_END	0xffffc88000000000UL
#define FK_IMAGE_END	MODULES_VADDR		/* the kernel image */
/* KFENCE's pool, where memblock would put it: it holds FK_KADDR */
#define FK_KFENCE_POOL		0xffff888000000000UL
#define FK_KFENCE_POOL_SIZE	((CONFIG_KFENCE_NUM_OBJECTS + 1) * 2 * PAGE_SIZE)
bool fk_is_kfence_address(unsigned long addr);

void fk61_dmesg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * make model-check (tests/6.1/leafcheck.h): the kernel's own leaf
 * functions, replayed next to the model's answer at each call with the
 * model's answer; NULL in every other build.
 */
struct exception_table_entry;
struct vm_area_struct;
struct fk61_real_leaves {
	void (*kprobe_page_fault)(struct pt_regs *regs, unsigned int trap,
				  bool model);
	void (*kfence)(unsigned long addr, int enabled, bool model);
	void (*unhandled_signal)(int sig, bool model);
	void (*emulate_vsyscall)(unsigned long ec, struct pt_regs *regs,
				 unsigned long address, bool model);
	void (*search_exception_tables)(unsigned long addr,
			const struct exception_table_entry *model);
	void (*expand_downwards)(struct vm_area_struct *vma,
				 unsigned long address, int model);
	void (*arch_vma_access_permitted)(struct vm_area_struct *vma,
					  bool write, bool execute,
					  bool foreign, bool model);
};
extern struct fk61_real_leaves fk61_real;

#endif
