/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The Linux x86 layer: what every x86 kernel's profile shares, between
 * the engine (which knows no kernel) and a profile (which knows one).
 *
 * The inputs of a fault that the hardware and any Linux define (mode,
 * error code, cr2, sp, ip, irqs, atomic context, no mm, contention,
 * signals, RLIMIT_STACK, the vmas as numbers, the exception table, the
 * instruction bytes, the CPU), the world they build (task, mm, vmas,
 * registers), their names in traces, the outcome read off the calls, the
 * counters and the rules every Linux keeps. Compiled once per profile,
 * against that profile's shim: <fk_kernel.h> is the profile's, and says
 * what its kernel adds (its own inputs and world, its lock's name).
 */
#ifndef FK_X86_H
#define FK_X86_H

#include <fk_kernel.h>

#include "../engine/fk.h"

#define FK_NVMAS	6
#define FK_NEXTABLE	2
#define FK_NKMAPS	2

/* The error code's bits are the CPU's (SDM vol. 3, "#PF"), not Linux's. */
#define FK_PF_PROT	0x1
#define FK_PF_WRITE	0x2
#define FK_PF_USER	0x4
#define FK_PF_RSVD	0x8
#define FK_PF_INSTR	0x10
#define FK_PF_PK	0x20
#define FK_PF_SHSTK	0x40
#define FK_PF_SGX	0x8000
#define FK_PF_RMP	0x80000000UL	/* AMD SEV-SNP: an RMP violation */

/* EFLAGS */
#define FK_EFLAGS_IF	0x200UL
#define FK_EFLAGS_AC	0x40000UL
#define FK_EFLAGS_VM	0x20000UL

enum fk_mode { USER = 0, KERNEL, USER32, V8086 };

/* When SIGKILL becomes pending: before the fault, or while sleeping in
 * the first or second handle_mm_fault(). */
enum fk_sigkill { NO_SIGKILL = 0, SIGKILL_BEFORE, SIGKILL_IN_HMF1,
		  SIGKILL_IN_HMF2 };

/*
 * What another thread did to the fault's vma while handle_mm_fault() had
 * dropped the mm lock to answer VM_FAULT_RETRY (munmap, mprotect): the
 * retry looks the address up again and finds the mm as it is then. A
 * partial munmap() of the vma's part up to the address's page leaves
 * the rest above it (split_vma()). And that writer may still hold the
 * mm lock when the retry takes it (.unlocked_writer): the retry sleeps.
 */
enum fk_unlocked { UNLOCKED_NOTHING = 0, UNLOCKED_UNMAPPED,
		   UNLOCKED_MPROTECT_NONE, UNLOCKED_UNMAPPED_PART };

/*
 * The vsyscall page's mode: 2.6.32 maps it for user read and execute
 * (native); from 3.1 the vsyscall= parameter chooses, its default the
 * configuration's (LEGACY_VSYSCALL_*): emulate (present, readable, NX),
 * xonly or none (not mapped at all). 0 is the profile's default.
 */
enum fk_vsyscall { VSYSCALL_DEFAULT = 0, VSYSCALL_NATIVE, VSYSCALL_EMULATE,
		   VSYSCALL_XONLY, VSYSCALL_NONE };

/*
 * The huge page sizes the boot registered, in hstate order (hstate_index()
 * is the order hugetlb_add_hstate() was called in): 2 MiB alone, or 1 GiB
 * first and then 2 MiB (6.x's gigantic_pages_init() on a CPU with 1 GiB
 * pages, an arch_initcall before hugetlb_init(); 2.6.32 with hugepagesz=1G
 * on the command line). 0 is the profile's default (FK_HSTATES_DEFAULT).
 */
enum fk_hstates { HSTATES_DEFAULT = 0, HSTATES_2M, HSTATES_1G_2M };

/*
 * How an oops ends, runtime settings with their defaults per profile
 * (FK_CRASH_KERNEL_ORDER, FK_PANIC_ON_OOPS_ORDER): whether a crash kernel
 * is loaded (kdump: kexec -p), and panic_on_oops. 0 is the default.
 */
enum fk_crash_kernel { CRASH_DEFAULT = 0, CRASH_LOADED, CRASH_NONE };
enum fk_panic_on_oops { PANIC_DEFAULT = 0, PANIC_ON_OOPS, PANIC_OFF };

/* A kernel mapping in init_mm's page tables (vmalloc, spurious faults). */
#define KM_PRESENT	0x001	/* present in the reference page table */
#define KM_SYNCED	0x002	/* current's top level already has it */
#define KM_WRITE	0x004
#define KM_EXEC		0x008
#define KM_LARGE	0x010	/* mapped by a large (2M) pmd */
#define KM_PMD_RO	0x020	/* pmd lacks the write bit the pte has */
#define KM_HUGE		0x040	/* mapped by a 1G pud */
#define KM_NO_PUD	0x080	/* only the pgd entry is there */
#define KM_NO_PMD	0x100	/* ... and the pud */
#define KM_NO_PTE	0x200	/* ... and the pmd */

struct fk_kmap {
	unsigned long start, end;
	unsigned int prot;
};

/* A vma: [start, end), VM_* flags, the name traces use. */
struct fk_vma {
	unsigned long start, end, flags;
	const char *name;
	int pkey;
	/*
	 * A mapping of a regular file of file_size bytes from page pgoff
	 * on: handle_mm_fault answers SIGBUS past its end.
	 */
	int file;
	unsigned long pgoff, file_size;
};

/* One fault: what the CPU pushed and the state it met. */
struct fk_in {
	enum fk_mode mode;
	unsigned long ec;		/* error code as the CPU pushed it */
	unsigned long address;		/* cr2 */
	unsigned long sp, ip;
	int irqs_off;			/* kernel mode: IF clear in flags */
	int ac;				/* EFLAGS.AC set (stac/clac) */
	int atomic;			/* in_atomic(), or pagefaults off */
	int no_mm;			/* kernel thread: tsk->mm == NULL */
	int contended;			/* another thread holds the mm lock */
	int handler;			/* task has a SIGSEGV handler */
	int global_init;		/* the task is init (pid 1) */
	int ptraced;			/* ... is being ptraced */
	int quiet;			/* show_unhandled_signals = 0 */
	enum fk_sigkill sigkill;
	enum fk_unlocked unlocked;
	int unlocked_writer;		/* ... and still holds the lock */
	int sigpending;			/* a signal that is not fatal */
	enum fk_vsyscall vsyscall;	/* vsyscall=, the boot's */
	enum fk_hstates hstates;	/* the boot's huge page sizes */
	enum fk_crash_kernel crash_kernel;	/* kdump's kernel loaded */
	enum fk_panic_on_oops panic_on_oops;
	unsigned long rlimit_stack;	/* 0: the default, FK_STK_LIM */
	struct fk_vma vmas[FK_NVMAS];
	struct exception_table_entry extable[FK_NEXTABLE];
	struct fk_kmap kmaps[FK_NKMAPS];
	/* instruction bytes at ip, and 2 past an x86 instruction's 15 */
	unsigned char insn[18];
	int insn_unmapped;		/* ... which cannot be read */
	/* the CPU */
	int amd_k8;			/* AMD family 0xf, pre-NPT */
	int no_smap;			/* X86_FEATURE_SMAP off */
	int ospke;			/* X86_FEATURE_OSPKE on */
	unsigned int pkru;
	FK_KERNEL_IN			/* the profile's own inputs */
};

struct fk_world {
	const struct fk_in *in;
	struct task_struct task;
	struct mm_struct mm;
	struct vm_area_struct vma[FK_NVMAS + 1];
	struct pt_regs regs;
	struct fk_kmap kmaps[FK_NKMAPS];	/* a fault may sync them */
	unsigned long ec;		/* as the CPU pushed it */
	int irqs_enabled;
	int hmf_calls;
	int unlocked_seen;		/* the mm lock dropped for a retry */
	int atomic_told;		/* a user-mode in_atomic() refused */
	long perf[8];
	char dmesg[4096];
	FK_KERNEL_WORLD			/* the profile's own state */
};

extern struct fk_world w;
/* the top of the #DF stack a unit may switch to, and what a fake that
 * leaves the run from it calls first (tests/x86/world.c) */
extern unsigned long fk_x86_ist_top;
void fk_x86_leave_df_stack(void);

/* Counters every profile reads off its world; a profile may add more. */
enum {
	MAJ_FLT, MIN_FLT, PERF_FAULTS, PERF_MAJ, PERF_MIN,
	LOCK_TAKEN, LOCK_WRITE, LOCK_WAITED, LOCK_HELD, FK_X86_COUNTERS
};

/*
 * What a profile adds to the x86 layer. Every hook is optional.
 */
struct fk_x86_hooks {
	/* After the shared world is built: the kernel's own state. */
	void (*setup)(const struct fk_in *in);
	/* A call that settles the fault in this kernel's own way. */
	int (*settles)(const struct fk_call *c, struct fk_outcome *o);
	/* More counters, past FK_X86_COUNTERS. */
	void (*collect)(struct fk_result *res);
	/* The kernel's own rules. */
	void (*invariants)(const struct fk_result *res);
	/* Is @address one no fault may take the mm lock for? */
	int (*kernel_space)(unsigned long address);
	/* The functions that take the mm lock (none for a kernel address). */
	const char *const *lock_calls;
	/* Scenario keys only this kernel knows; as from_scenario. */
	int (*from_scenario)(struct fk_scenario *sc, struct fk_in *in,
			     struct fk_row *row, char *err, size_t len);
	/* The kernel's own inputs of @in, as ",\n\t\t\t .field = value"
	 * lines of a row (the explorer's rows). */
	void (*row_inputs)(struct fk_buf *b, const struct fk_in *in);
};

/* One input of a row, written only where it is not 0 (rowtext.c). */
void fk_x86_row_field(struct fk_buf *b, const char *name, long v);

extern const struct fk_x86_hooks fk_x86_hooks;

void fk_x86_setup(const struct fk_row *row);
void fk_x86_run(const struct fk_row *row);
void fk_x86_collect(const struct fk_row *row, struct fk_result *res);
void fk_x86_invariants(const struct fk_row *row, const struct fk_result *res);
int fk_x86_from_scenario(struct fk_scenario *sc, struct fk_row *row,
			 char *err, size_t len);

/* The engine's view of a profile built on this layer. */
#define FK_X86_PROFILE							\
	.setup = fk_x86_setup, .run = fk_x86_run,			\
	.collect = fk_x86_collect, .invariants = fk_x86_invariants,	\
	.from_scenario = fk_x86_from_scenario,				\
	.explore_row = fk_x86_explore_row, .row_text = fk_x86_row_text

/*
 * The input space (space.c). In a row each of these reads the row's
 * input; exploring, the first read chooses it (make explore).
 */
void fk_x86_explore_row(struct fk_row *row);
char *fk_x86_row_text(const struct fk_row *row, const char *name);
void fk_x86_explore_fault(void);
/* the vmas, when find_vma() first looks */
void fk_x86_layout(void);
/* the vma below @vma, placed relative to @start when first looked at */
struct vm_area_struct *fk_x86_prev(struct vm_area_struct *vma,
				   unsigned long start);
/* RLIMIT_STACK for a stack about to span @size bytes */
unsigned long fk_x86_rlimit(unsigned long size);
void fk_x86_contention(struct rw_semaphore *lock);
void fk_x86_extable(unsigned long ip);
int fk_x86_atomic(void);
void fk_x86_sigkill(void);
/* handle_mm_fault() is entered: its rules, and SIGKILL arriving in it */
void fk_x86_hmf_enter(void);
/* maj_flt/min_flt: one of them if accounted, as @major says */
void fk_x86_account_rule(const char *which, int accounted, int major);
/* a signal is forced: its rules */
void fk_x86_signal(void);
/* SIGKILL first asked where no handle_mm_fault() can follow */
void fk_x86_sigkill_final(void);
/* handle_mm_fault() dropped the mm lock to retry: another thread acts */
void fk_x86_unlocked(struct vm_area_struct *vma);
int fk_x86_sigpending(void);
/* the task, when first asked: a SIGSEGV handler, init, ptraced */
int fk_x86_handler(void);
int fk_x86_global_init(void);
int fk_x86_ptraced(void);
/*
 * oops_end()'s kexec_should_crash() and crash_kexec() (kernel/kexec*.c):
 * does the crash kernel take over? Asked with @choose where it decides
 * whether the fault returns (a die notifier stopped the oops); else the
 * row's or default settings answer, unexplored: a task killed, a panic
 * or a crash kernel, the oops never returns.
 */
int fk_x86_crash_kexec(int choose);
int fk_x86_panic_on_oops(int choose);
int fk_x86_amd_k8(void);
/* the vsyscall page's mode: the row's, or the profile's default */
enum fk_vsyscall fk_x86_vsyscall(void);
/* the hstate of huge pages of 1 << @shift bytes (-1: none), and back
 * (a broken rule for an index the boot never registered) */
int fk_x86_hstate_index(unsigned int shift);
unsigned int fk_x86_hstate_shift(unsigned int index);
int fk_x86_smap(void);
int fk_x86_ospke(void);
unsigned int fk_x86_pkru(void);
int fk_x86_insn_byte(unsigned long addr, unsigned char *val);
/* a collaborator's answer: the row's script, or the explorer's choice
 * among @values (index 0: the model's own @rule) */
long fk_x86_answer(const struct fk_dim *d, unsigned long long legal,
		   const long *values, long rule);
/* ... whose values are 0 and 1 */
long fk_x86_either(const struct fk_dim *d, long rule);
/* ... asked where the kernel's answer is no: 0, a scripted yes refused */
long fk_x86_no(const char *why);

/*
 * Where the kernel's own data lies: the direct map, the vmalloc area and
 * the kernel image. The descriptor tables (GDT, LDT, IDT, TSS) and the
 * SGX EPC mappings are there (address.region=kernel_data in the space).
 */
static inline int fk_kernel_data(unsigned long a)
{
	return (a >= FK_DIRECT_MAP && a < FK_DIRECT_MAP_END) ||
	       (a >= VMALLOC_START && a < VMALLOC_END) ||
	       (a >= FK_STEXT && a < FK_IMAGE_END);
}

/*
 * Where exception-table entries can be: the kernel's text and the modules
 * area (modules, and BPF programs, which are allocated there), the only
 * code whose tables search_exception_tables() searches.
 */
static inline int fk_kernel_text(unsigned long a)
{
	return (a >= FK_STEXT && a < FK_ETEXT) ||
	       (a >= MODULES_VADDR && a < MODULES_END);
}

/*
 * The value the kernel's search_extable() looks for, given the ip: the ip
 * itself, or (2.6.32 on x86_64) with the upper half filled in when it is
 * clear, for a B-stepping K8 that lost it. The profile's arch/x86/mm/
 * extable.c says which.
 */
unsigned long fk_extable_key(unsigned long ip);

struct fk_kmap *fk_kmap_lookup(unsigned long address);
/*
 * What the page-table entry of @level (1 pud, 2 pmd, 3 pte) that maps
 * @k says, as KM_PRESENT, KM_WRITE, KM_EXEC, and KM_LARGE for a leaf
 * above the pte level; 0 when there is none. Upper levels allow what
 * their leaves allow, unless the row says the pmd is read-only.
 */
unsigned int fk_kmap_entry(const struct fk_kmap *k, int level);

/*
 * Is @c a call to the fake @name, a string literal? Asked for every call
 * of every scenario: each call site looks its fake up once.
 */
#define fk_is(c, name) ({						\
	static const struct fk_fake *fk_is_f_;				\
	static int fk_is_known_;					\
									\
	if (!fk_is_known_) {						\
		fk_is_f_ = fk_fake_lookup("" name);			\
		fk_is_known_ = 1;					\
	}								\
	(c)->fake == fk_is_f_;						\
})

#endif /* FK_X86_H */
