// SPDX-License-Identifier: GPL-2.0
/*
 * make model-check for 6.1 and 6.12: the leaf functions the model stands
 * in for, the kernel's own, replayed next to the model on every call the
 * explored space (or the table) makes. tests/6.1/leaves.py appends them,
 * unmodified, to this file in a unit of the build folder (never
 * committed); make model-check builds it as the extra object of the
 * explorer (EXTRA_ROWS=) and explores.
 *
 *   kprobe_page_fault()      include/linux/kprobes.h, with
 *   kprobe_fault_handler()   arch/x86/kernel/kprobes/core.c
 *   is_kfence_address()      include/linux/kfence.h
 *   unhandled_signal()       kernel/signal.c
 *   emulate_vsyscall()       arch/x86/entry/vsyscall/vsyscall_64.c, with
 *                            its static helpers
 *   search_extable()         lib/extable.c, with ex_to_insn() and
 *                            cmp_ex_search() (x86's relative entries)
 *   expand_downwards()       mm/mmap.c, with acct_stack_growth()
 *   arch_vma_access_permitted()  arch/x86/include/asm/mmu_context.h, with
 *                            __pkru_allows_pkey() (asm/pgtable.h),
 *                            __pkru_allows_read(), __pkru_allows_write()
 *                            (asm/pkru.h), vma_pkey() (asm/pkeys.h) and
 *                            vma_is_foreign() (linux/mm.h)
 *
 * Each runs on a replica of what the model's world says at the call (its
 * own pt_regs, task, exception table, KFENCE pool, vsyscall mode, kprobe
 * state), never on the model's objects, and never asks the explorer for
 * an input: what it reads the model has decided by then. A different
 * answer breaks a rule ("model-check: ...") for that scenario; each
 * worker writes how many calls it compared, per leaf, to
 * $FK_LEAFCHECK_OUT when it exits. What the leaves call beyond
 * themselves (printk, get_user(), the emulated syscalls, seccomp ...) is
 * shimmed below with no effect on their answer.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/extable.h>
#include <asm/traps.h>

#include <rows.h>

/* glibc's <signal.h> makes sa_handler a macro; the kernel's is a field */
#undef sa_handler

/* ---- what was compared ------------------------------------------------- */

enum { LEAF_KPROBE, LEAF_KFENCE, LEAF_UNHANDLED, LEAF_VSYSCALL,
       LEAF_EXTABLE, LEAF_EXPAND, LEAF_PKEY, LEAF_N };

static const char *const leaf_name[LEAF_N] = {
	"kprobe_page_fault() + kprobe_fault_handler()",
	"is_kfence_address()",
	"unhandled_signal()",
	"emulate_vsyscall()",
	"search_extable()",
	"expand_downwards()",
	"arch_vma_access_permitted()",
};

static long compared[LEAF_N], differed[LEAF_N];

static void differs(int leaf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void differs(int leaf, const char *fmt, ...)
{
	char why[200];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	differed[leaf]++;
	fk_violation("model-check: %s: %s", leaf_name[leaf], why);
}

static void write_counts(void)
{
	const char *out = getenv("FK_LEAFCHECK_OUT");
	FILE *f;
	int i;

	if (!out || !(f = fopen(out, "a")))
		return;
	for (i = 0; i < LEAF_N; i++)
		if (compared[i])
			fprintf(f, "%s\t%ld\t%ld\n", leaf_name[i], compared[i],
				differed[i]);
	fclose(f);
}

/* ---- the replica the real code runs on ---------------------------------- */

struct fk_leaf_regs {
	unsigned long ip, cs, flags, sp, ss;
	unsigned long ax, orig_ax, di, si, dx;
};

struct fk_leaf_sighand {
	struct { struct { void *sa_handler; } sa; } action[64];
};

struct fk_leaf_task {
	int pid, tgid, ptrace, sigkill_pending;
	struct fk_leaf_mm *mm;
	char comm[16];
	struct fk_leaf_sighand *sighand;
	struct thread_struct thread;
};

struct fk_leaf_extable {
	int insn, fixup, data;
};

struct fk_leaf_mm {
	int page_table_lock;
	unsigned long locked_vm;
};

struct fk_leaf_vma {
	unsigned long vm_start, vm_end, vm_flags, vm_pgoff;
	struct fk_leaf_mm *vm_mm;
	void *anon_vma;
};

/* the vma iterator (6.12) or maple state (6.1): its one answer here */
struct fk_leaf_mas {
	struct fk_leaf_vma *prev;
};

typedef unsigned char kprobe_opcode_t;
struct kprobe {
	kprobe_opcode_t *addr;
	struct { kprobe_opcode_t *insn; } ainsn;
};
struct kprobe_ctlblk {
	unsigned long kprobe_status, kprobe_old_flags;
};

static struct fk_leaf_task leaf_task;
static struct fk_leaf_sighand leaf_sighand;
static struct kprobe *leaf_kprobe;		/* kprobe_running() */
static struct kprobe_ctlblk leaf_kcb;
static char *__kfence_pool;
static enum { EMULATE, XONLY, NONE } vsyscall_mode;
static struct fk_leaf_mm leaf_mm;
static struct fk_leaf_vma leaf_prev_vma, *leaf_prev;
static struct fk_leaf_mm leaf_other_mm;	/* a vma of another process */
static u32 leaf_pkru;			/* what RDPKRU reads */

/* the real functions, defined below this file in the generated unit */
static bool real_kprobe_page_fault(struct fk_leaf_regs *regs,
				   unsigned int trap);
int real_kprobe_fault_handler(struct fk_leaf_regs *regs, int trapnr);
static bool real_is_kfence_address(const void *addr);
bool real_unhandled_signal(struct fk_leaf_task *tsk, int sig);
bool real_emulate_vsyscall(unsigned long error_code,
			   struct fk_leaf_regs *regs, unsigned long address);
const struct fk_leaf_extable *
real_search_extable(const struct fk_leaf_extable *base, const size_t num,
		    unsigned long value);
int real_expand_downwards(struct fk_leaf_vma *vma, unsigned long address);
static bool real_arch_vma_access_permitted(struct fk_leaf_vma *vma,
		bool write, bool execute, bool foreign);

static void replica_regs(struct fk_leaf_regs *r, const struct pt_regs *regs)
{
	memset(r, 0, sizeof(*r));
	r->ip = regs->ip;
	r->cs = regs->cs;
	r->flags = regs->flags;
	r->sp = regs->sp;
	r->ss = regs->ss;
}

/* The task as the model's world has it when the leaf is called. */
static void replica_task(void)
{
	memset(&leaf_task, 0, sizeof(leaf_task));
	memset(&leaf_sighand, 0, sizeof(leaf_sighand));
	leaf_task.pid = leaf_task.tgid = w.in->global_init ? 1 : w.task.pid;
	leaf_task.ptrace = w.in->ptraced;
	leaf_task.sigkill_pending = w.task.sigkill_pending;
	memcpy(leaf_task.comm, w.task.comm, sizeof(leaf_task.comm));
	leaf_task.sighand = &leaf_sighand;
	if (w.in->handler)
		leaf_sighand.action[SIGSEGV - 1].sa.sa_handler =
			(void *)(unsigned long)0x401000;
}

/* ---- the replays ---------------------------------------------------------- */

/*
 * The model: no kprobe claims a page fault, and regs are not touched. The
 * real pair runs with no kprobe running, and with one whose handler took
 * the fault (not single-stepping its copy, which the space never does):
 * #PF is an interrupt gate, so the context is not preemptible.
 */
static void check_kprobe(struct pt_regs *regs, unsigned int trap, bool model)
{
	static kprobe_opcode_t probed[16], slot[16];
	struct kprobe kp = { probed, { slot } };
	struct fk_leaf_regs r, before;
	int k;

	for (k = 0; k < 2; k++) {
		replica_regs(&r, regs);
		before = r;
		leaf_kprobe = k ? &kp : NULL;
		leaf_kcb = (struct kprobe_ctlblk){ 1, 0 };
		compared[LEAF_KPROBE]++;
		if (real_kprobe_page_fault(&r, trap) != model)
			differs(LEAF_KPROBE, "the model answers %d, the kernel %d (%s)",
				model, !model, k ? "a kprobe running" : "none");
		else if (memcmp(&r, &before, sizeof(r)))
			differs(LEAF_KPROBE, "the kernel moved regs (%s)",
				k ? "a kprobe running" : "none");
	}
	leaf_kprobe = NULL;
}

/* The pool where the model's world put it, if KFENCE was on at boot. */
static void check_kfence(unsigned long addr, int enabled, bool model)
{
#ifdef CONFIG_KFENCE
	__kfence_pool = enabled ? (char *)FK_KFENCE_POOL : NULL;
#endif
	compared[LEAF_KFENCE]++;
	if (real_is_kfence_address((void *)addr) != model)
		differs(LEAF_KFENCE, "the model answers %d for %#lx, the kernel %d",
			model, addr, !model);
}

static void check_unhandled(int sig, bool model)
{
	replica_task();
	compared[LEAF_UNHANDLED]++;
	if (real_unhandled_signal(&leaf_task, sig) != model)
		differs(LEAF_UNHANDLED, "the model answers %d, the kernel %d",
			model, !model);
}

static void check_vsyscall(unsigned long ec, struct pt_regs *regs,
			   unsigned long address, bool model)
{
	static const int mode[] = {
		[VSYSCALL_EMULATE] = EMULATE, [VSYSCALL_XONLY] = XONLY,
		[VSYSCALL_NONE] = NONE, [VSYSCALL_NATIVE] = EMULATE,
	};
	struct fk_leaf_regs r;

	replica_regs(&r, regs);
	replica_task();
	vsyscall_mode = mode[fk_x86_vsyscall()];
	compared[LEAF_VSYSCALL]++;
	if (real_emulate_vsyscall(ec, &r, address) != model)
		differs(LEAF_VSYSCALL, "the model answers %d, the kernel %d",
			model, !model);
}

static int by_insn(const void *a, const void *b)
{
	const struct exception_table_entry *x = a, *y = b;

	return x->insn < y->insn ? -1 : x->insn > y->insn;
}

/*
 * The world's table, as the kernel has it: relative entries (x86's
 * ARCH_HAS_RELATIVE_EXTABLE), sorted by address as sort_extable() left
 * them at boot. The kernel's table lies within 2 GiB of the code it
 * describes; this one lies in the harness's memory, so every address is
 * moved by one offset @k that brings the kernel's text next to it (an
 * order-keeping move: the search finds what it would find at home).
 */
static void check_extable(unsigned long addr,
			  const struct exception_table_entry *model)
{
	struct exception_table_entry sorted[FK_NEXTABLE];
	struct fk_leaf_extable table[FK_NEXTABLE];
	const struct fk_leaf_extable *e;
	size_t n = 0, i;

	for (i = 0; i < FK_NEXTABLE; i++)
		if (w.in->extable[i].insn)
			sorted[n++] = w.in->extable[i];
	unsigned long k = FK_STEXT - (unsigned long)&table[0];

	qsort(sorted, n, sizeof(sorted[0]), by_insn);
	for (i = 0; i < n; i++)
		table[i] = (struct fk_leaf_extable){
			(int)(sorted[i].insn - k - (unsigned long)&table[i].insn),
			(int)(sorted[i].fixup - k - (unsigned long)&table[i].fixup),
			0 };
	e = real_search_extable(table, n, addr - k);
	compared[LEAF_EXTABLE]++;
	if (!e != !model ||
	    (e && sorted[e - table].insn != model->insn))
		differs(LEAF_EXTABLE, "for %#lx the model finds %s, the kernel %s",
			addr, model ? "an entry" : "none",
			e ? "an entry" : "none");
}

static void replica_vma(struct fk_leaf_vma *r, const struct vm_area_struct *v)
{
	*r = (struct fk_leaf_vma){ v->vm_start, v->vm_end, v->vm_flags,
				   v->vm_pgoff, &leaf_mm, &leaf_mm };
}

/*
 * The stack vma and the one below it, as the model's world has them
 * when expand_stack_locked() runs (the model placed the one below when
 * it looked): the kernel's check, then its growth, on copies.
 */
static void check_expand(struct vm_area_struct *vma, unsigned long address,
			 int model)
{
	struct vm_area_struct *p;
	struct fk_leaf_vma r;
	unsigned long want;
	int err;

	for (p = vma->vm_mm->mmap; p && p->vm_next != vma; p = p->vm_next)
		;
	leaf_prev = NULL;
	if (p) {
		replica_vma(&leaf_prev_vma, p);
		leaf_prev = &leaf_prev_vma;
	}
	replica_vma(&r, vma);
	memset(&leaf_mm, 0, sizeof(leaf_mm));
	want = model || (address & PAGE_MASK) >= vma->vm_start ?
	       vma->vm_start : address & PAGE_MASK;
	err = real_expand_downwards(&r, address);
	compared[LEAF_EXPAND]++;
	if (err != model)
		differs(LEAF_EXPAND, "the model answers %d, the kernel %d",
			model, err);
	else if (r.vm_start != want)
		differs(LEAF_EXPAND, "the stack starts at %#lx, not %#lx",
			r.vm_start, want);
}

/*
 * The vma with the key the model's world gave it, seen from the task
 * that faults (kernel threads have no mm: every vma is foreign to them);
 * PKRU as the world has it: 0 without OSPKE, as read_pkru() answers.
 * Both were chosen by the time the model asked (it reads the same).
 */
static void check_vma_access(struct vm_area_struct *vma, bool write,
			     bool execute, bool foreign, bool model)
{
	struct fk_leaf_vma r;

	memset(&leaf_task, 0, sizeof(leaf_task));
	leaf_task.mm = fk61_current->mm ? &leaf_mm : NULL;
	replica_vma(&r, vma);
	if (!fk61_current->mm || vma->vm_mm != fk61_current->mm)
		r.vm_mm = &leaf_other_mm;
	leaf_pkru = w.in->ospke ? w.in->pkru : 0;
	compared[LEAF_PKEY]++;
	if (real_arch_vma_access_permitted(&r, write, execute, foreign) !=
	    model)
		differs(LEAF_PKEY, "the model answers %d, the kernel %d (key %d, PKRU %#x)",
			model, !model, (int)(vma->vm_flags >> VM_PKEY_SHIFT & 0xf),
			leaf_pkru);
}

static void __attribute__((constructor)) leafcheck_register(void)
{
	fk61_real = (struct fk61_real_leaves){
		.kprobe_page_fault = check_kprobe,
		.kfence = check_kfence,
		.unhandled_signal = check_unhandled,
		.emulate_vsyscall = check_vsyscall,
		.search_exception_tables = check_extable,
		.expand_downwards = check_expand,
		.arch_vma_access_permitted = check_vma_access,
	};
	atexit(write_counts);
}

/* The explorer's binary wants a suite of rows from this file: none. */
const struct fk_suite fk_suite_extra = { "extra", NULL, 0 };

/* ---- the names the real code is compiled under ---------------------------- */

#define pt_regs			fk_leaf_regs
#define task_struct		fk_leaf_task
#define exception_table_entry	fk_leaf_extable
#define kprobe_page_fault	real_kprobe_page_fault
#define kprobe_fault_handler	real_kprobe_fault_handler
#define is_kfence_address	real_is_kfence_address
#define unhandled_signal	real_unhandled_signal
#define emulate_vsyscall	real_emulate_vsyscall
#define search_extable		real_search_extable
#define timezone		fk_leaf_timezone
#define vm_area_struct		fk_leaf_vma
#define mm_struct		fk_leaf_mm
#define expand_downwards	real_expand_downwards
#define arch_vma_access_permitted	real_arch_vma_access_permitted
#define __pkru_allows_pkey	real___pkru_allows_pkey
#define __pkru_allows_read	real___pkru_allows_read
#define __pkru_allows_write	real___pkru_allows_write
#define vma_pkey		real_vma_pkey
#define vma_is_foreign		real_vma_is_foreign
#define read_pkru()		leaf_pkru
#define PKRU_AD_BIT		0x1u
#define PKRU_WD_BIT		0x2u
#define PKRU_BITS_PER_PKEY	2

#undef current
#define current			(&leaf_task)
#define user_mode(regs)		(!!((regs)->cs & 3))
#define task_pid_nr(tsk)	((tsk)->pid)
#define is_global_init(tsk)	((tsk)->tgid == 1)
#define fatal_signal_pending(tsk)	((tsk)->sigkill_pending)
#define preemptible()		0
#define kprobe_running()	leaf_kprobe
#define get_kprobe_ctlblk()	(&leaf_kcb)
#define KPROBE_HIT_SS		0x00000002
#define KPROBE_REENTER		0x00000004
#define restore_previous_kprobe(kcb)	((void)(kcb))
#define reset_current_kprobe()	(leaf_kprobe = NULL)
#ifdef CONFIG_KFENCE_NUM_OBJECTS
#define KFENCE_POOL_SIZE	((CONFIG_KFENCE_NUM_OBJECTS + 1) * 2 * PAGE_SIZE)
#else
#define KFENCE_POOL_SIZE	0
#endif

#undef WARN_ON
#undef WARN_ON_ONCE
#define WARN_ON(cond)		(!!(cond))
#define WARN_ON_ONCE(cond)	(!!(cond))
#undef SIG_DFL
#undef SIG_IGN
#define SIG_DFL			((void *)0)
#define SIG_IGN			((void *)1)

/*
 * mm/mmap.c's surroundings: the maple tree (6.1) or vma iterator (6.12)
 * that finds the vma below, the anon_vma and its locks, the accounting
 * after the growth; and acct_stack_growth()'s limits the model does not
 * have (RLIMIT_AS, RLIMIT_MEMLOCK, overcommit: none refuses here), its
 * RLIMIT_STACK as the world's, read, never chosen.
 */
#define MA_STATE(name, mt, first, end)	struct fk_leaf_mas name = { leaf_prev }
#define VMA_ITERATOR(name, mm, addr)	struct fk_leaf_mas name = { leaf_prev }
#define mas_prev(mas, min)		((mas)->prev)
#define vma_prev(vmi)			((vmi)->prev)
#define mas_preallocate(mas, vma, gfp)	0
#define mas_destroy(mas)		((void)(mas))
#define vma_mas_store(vma, mas)		((void)(vma))
#define khugepaged_enter_vma(vma, flags)	((void)(vma))
#define vma_iter_next_range_limit(vmi, max)	((void)(vmi))
#define vma_iter_config(vmi, start, end)	((void)(vmi))
#define vma_iter_prealloc(vmi, vma)	0
#define vma_iter_free(vmi)		((void)(vmi))
#define vma_iter_store(vmi, vma)	((void)(vma))
#define vma_start_write(vma)		((void)(vma))
#define validate_mm(mm)			((void)(mm))
#define anon_vma_prepare(vma)		0
#define anon_vma_lock_write(av)		((void)(av))
#define anon_vma_unlock_write(av)	((void)(av))
#define anon_vma_interval_tree_pre_update_vma(vma)	((void)(vma))
#define anon_vma_interval_tree_post_update_vma(vma)	((void)(vma))
#define spin_lock(l)			((void)(l))
#define spin_unlock(l)			((void)(l))
#define vm_stat_account(mm, flags, npages)	((void)(mm))
#define perf_event_mmap(vma)		((void)(vma))
#define may_expand_vm(mm, flags, npages)	true
#define mlock_future_ok(mm, flags, bytes)	true
#define mlock_future_check(mm, flags, bytes)	0
#define is_hugepage_only_range(mm, addr, len)	0
#define security_vm_enough_memory_mm(mm, pages)	0
#define rlimit(r)	(w.in->rlimit_stack ? w.in->rlimit_stack : FK_STK_LIM)
#undef vma_is_accessible
#define vma_is_accessible(vma)	\
	(!!((vma)->vm_flags & (VM_READ | VM_WRITE | VM_EXEC)))
#define FIRST_USER_ADDRESS	0UL
#define GFP_KERNEL		0
#ifndef VM_GROWSUP
#define VM_GROWSUP		0UL
#endif
#ifndef VM_LOCKED
#define VM_LOCKED		0x00002000UL
#endif

/* vsyscall_64.c's surroundings, none of which changes its answer */
#define X86_FEATURE_NX		0x7fff
#define cpu_feature_enabled(f)	((f) == X86_FEATURE_NX)
#define printk_ratelimited(...)	((void)0)
#define trace_emulate_vsyscall(nr)	((void)(nr))
#define get_user(x, ptr)	((void)(ptr), (x) = 0, 0)
#define access_ok(ptr, size)	((unsigned long)(ptr) + (size) <= TASK_SIZE_MAX)
#define force_sig_fault(sig, code, addr)	((void)(addr), 0)
#define force_sig(sig)		((void)(sig))
#define force_exit_sig(sig)	((void)(sig))
#define secure_computing()	0
#define __x64_sys_gettimeofday(regs)	((void)(regs), 0L)
#define __x64_sys_time(regs)	((void)(regs), 0L)
#define __x64_sys_getcpu(regs)	((void)(regs), 0L)
#define __NR_gettimeofday	96
#define __NR_time		201
#define __NR_getcpu		309
struct __kernel_old_timeval { long tv_sec, tv_usec; };
struct fk_leaf_timezone { int tz_minuteswest, tz_dsttime; };
typedef long __kernel_old_time_t;
#ifndef KERN_DEBUG
#define KERN_DEBUG		"<7>"
#endif
#ifndef KERN_WARNING
#define KERN_WARNING		"<4>"
#endif

/* the kernel's code, as it is, from here on */
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-value"
#pragma GCC diagnostic ignored "-Wtype-limits"
