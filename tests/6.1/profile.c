// SPDX-License-Identifier: GPL-2.0
/*
 * The 6.1 profile on the x86 layer: how 6.1 is entered (exc_page_fault),
 * the CPU and page tables it reads, what it calls its flags and answers,
 * and the rules of its fault path that not every Linux keeps (retries
 * with FAULT_FLAG_TRIED, accounting in handle_mm_fault, irqs off again
 * on return, pagefault_disable() balanced). A later series built on it
 * shares all of this; what it adds is in its series.c (series.h).
 */
#include <stdio.h>
#include <string.h>

#include <linux/sched.h>
#include <linux/version.h>
#include <linux/perf_event.h>
#include <asm/cpufeature.h>
#include <asm/vsyscall.h>
#include <asm/traps.h>

#include <rows.h>
#include <series.h>

struct task_struct *fk61_current = &w.task;
/* the real leaves, in make model-check's build only */
struct fk61_real_leaves fk61_real;

void fk61_pgd_setup(void);
void fk61_uaccess_reset(void);
int fk61_pagefault_depth(void);

static void setup(const struct fk_in *in)
{
	fk61_uaccess_reset();
	fk61_pgd_setup();
	fk61_task_stack_setup();
}

/* 6.1's own ways to signal: a machine check, a protection key. */
static int settles(const struct fk_call *c, struct fk_outcome *o)
{
	if (fk_is(c, "force_sig_mceerr"))
		*o = (struct fk_outcome){ FK_SIGNAL, SIGBUS, (int)c->aux };
	else if (fk_is(c, "force_sig_pkuerr"))
		*o = (struct fk_outcome){ FK_SIGNAL, SIGSEGV, SEGV_PKUERR };
	else
		return 0;
	return 1;
}

/*
 * The v5.8 entry rework (exc_page_fault()) made #PF an IDTENTRY: the
 * handler brackets the fault with irqentry_enter() and irqentry_exit(),
 * and turns irqs off again before it returns (91eeafea1e4b, ca4c6a9858c2).
 * 5.4's do_page_fault() made exception_enter() and exception_exit()
 * calls instead (until ee6352b2c47a, v5.6); its asm exit path turned
 * irqs off itself.
 */
#define K_IDTENTRY	FK_IDTENTRY	/* the shim's asm/traps.h says */

static void irq_rule(int returned)
{
	if (K_IDTENTRY && returned && w.irqs_enabled)
		fk_violation("irqs still on when the handler returned");
}

/*
 * A handler that returns has entered and left the exception once each,
 * in that order, or neither (6.1: a KVM async page fault is handled
 * before the fault is entered).
 */
static void entry_rule(int returned)
{
	const char *enter = K_IDTENTRY ? "irqentry_enter" : "exception_enter";
	const char *exit = K_IDTENTRY ? "irqentry_exit" : "exception_exit";
	const struct fk_call *in = fk_nth(enter, 0);
	const struct fk_call *out = fk_nth(exit, 0);

	if (!returned)
		return;
	if (fk_count(enter) != fk_count(exit) || fk_count(enter) > 1 ||
	    (in && out < in) || (!K_IDTENTRY && !in))
		fk_violation("%s %d, %s %d times: not one each, in order",
			     enter, fk_count(enter), exit, fk_count(exit));
}

/*
 * A user fault of 6.4 and later tries the vma's own lock first: a pass
 * with FAULT_FLAG_VMA_LOCK (never in 6.1).
 */
#ifdef CONFIG_PER_VMA_LOCK
#define K_VMA_LOCK	FAULT_FLAG_VMA_LOCK
#else
#define K_VMA_LOCK	0
#endif
/* a MAJOR retry under it is marked TRIED from 46e714c729c8 (v6.7) on */
#define K_MAJOR_TRIED	(LINUX_VERSION_CODE >= KERNEL_VERSION(6, 7, 0))
/* before 4064b9827063 (v5.7) the one retry has no ALLOW_RETRY */
#define K_RETRY_ONCE	(LINUX_VERSION_CODE < KERNEL_VERSION(5, 7, 0))

/*
 * handle_mm_fault() runs again only after it answered RETRY, and then
 * with FAULT_FLAG_TRIED, except after a RETRY under the vma's lock that
 * was not MAJOR (46e714c729c8, v6.7; before it, 6.6, after none under
 * that lock); the first pass has no TRIED.
 * Retries end when the answers stop being RETRY (bounded by the row's
 * script).
 */
static void retry_rule(void)
{
	int i, n = fk_count("handle_mm_fault");

	for (i = 0; i < n; i++) {
		const struct fk_call *c = fk_nth("handle_mm_fault", i);
		const struct fk_call *prev = i ? fk_nth("handle_mm_fault",
							i - 1) : NULL;
		const struct fk_call *next = fk_nth("handle_mm_fault", i + 1);
		int tried = prev && (!(prev->argv[2] & K_VMA_LOCK) ||
				     (K_MAJOR_TRIED &&
				      (prev->ret & VM_FAULT_MAJOR)));

		if (!!(c->argv[2] & FAULT_FLAG_TRIED) != tried)
			fk_violation("handle_mm_fault #%d: FAULT_FLAG_TRIED %s",
				     i + 1, tried ? "missing on a retry" :
				     i ? "after a RETRY under the vma lock that was not MAJOR" :
				     "on the first pass");
		if (next && !(c->ret & VM_FAULT_RETRY))
			fk_violation("handle_mm_fault called again after an answer that was not RETRY");
		if (K_RETRY_ONCE && i && (c->argv[2] & FAULT_FLAG_ALLOW_RETRY))
			fk_violation("handle_mm_fault #%d: ALLOW_RETRY on the retry",
				     i + 1);
	}
	if (K_RETRY_ONCE && n > 2)
		fk_violation("handle_mm_fault called %d times: retried more than once",
			     n);
	if (n > FK_MAX_SEQ)
		fk_violation("handle_mm_fault called %d times: retries unbounded",
			     n);
}

/*
 * Exactly one of maj_flt/min_flt after a handle_mm_fault() that
 * completed (neither RETRY nor an error): major if it answered MAJOR or
 * was marked a retry (FAULT_FLAG_TRIED, which retry_rule checks); 5.4's
 * fault.c, if any pass answered MAJOR. None
 * otherwise. Perf agrees, and the fault itself is counted once, before
 * the vma is looked up.
 */
static void accounting_rule(void)
{
	int i, n = fk_count("handle_mm_fault");
	const struct fk_call *last = n ? fk_nth("handle_mm_fault", n - 1) :
					 NULL;
	int major = last && ((last->ret & VM_FAULT_MAJOR) ||
			     (last->argv[2] & FAULT_FLAG_TRIED));

	/* before 968614fc7b84 (v5.9) fault.c counts: MAJOR on any pass */
	if (LINUX_VERSION_CODE < KERNEL_VERSION(5, 9, 0))
		for (i = 0, major = 0; i < n; i++)
			major |= !!(fk_nth("handle_mm_fault", i)->ret &
				    VM_FAULT_MAJOR);
	fk_x86_account_rule(LINUX_VERSION_CODE < KERNEL_VERSION(5, 9, 0) ?
			    "any" : "last",
			    last && last->state == FK_RETURNED &&
			    !(last->ret & (VM_FAULT_ERROR | VM_FAULT_RETRY)),
			    major);
	if (w.perf[PERF_COUNT_SW_PAGE_FAULTS] > 1 ||
	    ((fk_count("lock_mm_and_find_vma") ||
	      fk_count("lock_vma_under_rcu") || fk_count("find_vma")) &&
	     w.perf[PERF_COUNT_SW_PAGE_FAULTS] != 1))
		fk_violation("accounting: PERF_COUNT_SW_PAGE_FAULTS counted %ld times",
			     w.perf[PERF_COUNT_SW_PAGE_FAULTS]);
}

static void invariants(const struct fk_result *res)
{
	irq_rule(res->returned);
	entry_rule(res->returned);
	retry_rule();
	accounting_rule();
	if (res->returned && fk61_pagefault_depth())
		fk_violation("pagefault_disable() not undone when the fault ended");
	k61_series_invariants(res);
}

/* The vsyscall page is a user address above TASK_SIZE_MAX. */
static int kernel_space(unsigned long address)
{
	return address >= TASK_SIZE_MAX && !is_vsyscall_vaddr(address);
}

/* lock_vma_under_rcu(): 6.4 and later */
static const char *const lock_calls[] = { "lock_mm_and_find_vma",
					  "lock_vma_under_rcu", NULL };

/* The inputs only the 6.1 range reads, as a row writes them. */
static void row_inputs(struct fk_buf *b, const struct fk_in *in)
{
	fk_x86_row_field(b, "race", in->race);
	fk_x86_row_field(b, "kfence", in->kfence);
	fk_x86_row_field(b, "stack", in->stack);
	fk_x86_row_field(b, "tracing", in->tracing);
	fk_x86_row_field(b, "kvm_apf", in->kvm_apf);
	fk_x86_row_field(b, "kmmio", in->kmmio);
	k61_series_row_inputs(b, in);
}

const struct fk_x86_hooks fk_x86_hooks = {
	.row_inputs = row_inputs,
	.setup = setup,
	.settles = settles,
	.collect = k61_series_collect,
	.invariants = invariants,
	.kernel_space = kernel_space,
	.lock_calls = lock_calls,
};

static const char *const counter_names[] = {
	[MAJ_FLT] = "maj_flt",
	[MIN_FLT] = "min_flt",
	[PERF_FAULTS] = "perf_page_faults",
	[PERF_MAJ] = "perf_page_faults_maj",
	[PERF_MIN] = "perf_page_faults_min",
	[LOCK_TAKEN] = "mmap_lock_read",
	[LOCK_WRITE] = "mmap_lock_write",
	[LOCK_WAITED] = "mmap_lock_slept",
	[LOCK_HELD] = "mmap_lock_held_at_end",
#ifdef CONFIG_PER_VMA_LOCK
	[VMA_READ] = "vma_lock_read",
	[VMA_SUCCESS] = "vma_lock_success",
	[VMA_RETRY] = "vma_lock_retry",
	[VMA_ABORT] = "vma_lock_abort",
	[VMA_MISS] = "vma_lock_miss",
#endif
	NULL
};

static const struct fk_flag pf_flags[] = {
	{ X86_PF_PROT, "PROT" }, { X86_PF_WRITE, "WRITE" },
	{ X86_PF_USER, "USER" }, { X86_PF_RSVD, "RSVD" },
	{ X86_PF_INSTR, "INSTR" }, { X86_PF_PK, "PK" },
	{ FK_PF_SHSTK, "SHSTK" }, { X86_PF_SGX, "SGX" },
	{ FK_PF_RMP, "RMP" }, { 0, NULL }
};

static const struct fk_flag ff_flags[] = {
	{ FAULT_FLAG_WRITE, "WRITE" },
	{ FAULT_FLAG_ALLOW_RETRY, "ALLOW_RETRY" },
	{ FAULT_FLAG_KILLABLE, "KILLABLE" },
	{ FAULT_FLAG_TRIED, "TRIED" },
	{ FAULT_FLAG_USER, "USER" },
	{ FAULT_FLAG_INSTRUCTION, "INSTRUCTION" },
	{ FAULT_FLAG_INTERRUPTIBLE, "INTERRUPTIBLE" },
#ifdef CONFIG_PER_VMA_LOCK
	{ FAULT_FLAG_VMA_LOCK, "VMA_LOCK" },
#endif
	{ 0, NULL }
};

static const struct fk_flag vmf_flags[] = {
	{ VM_FAULT_OOM, "OOM" }, { VM_FAULT_SIGBUS, "SIGBUS" },
	{ VM_FAULT_MAJOR, "MAJOR" }, { VM_FAULT_WRITE, "WRITE" },
	{ VM_FAULT_HWPOISON, "HWPOISON" },
	{ VM_FAULT_HWPOISON_LARGE, "HWPOISON_LARGE" },
	{ VM_FAULT_SIGSEGV, "SIGSEGV" }, { VM_FAULT_NOPAGE, "NOPAGE" },
	{ VM_FAULT_LOCKED, "LOCKED" }, { VM_FAULT_RETRY, "RETRY" },
	{ VM_FAULT_FALLBACK, "FALLBACK" },
	{ VM_FAULT_COMPLETED, "COMPLETED" }, { 0, NULL }
};

static const struct fk_kind kinds[] = {
	{ "pf", pf_flags, 0, NULL },
	{ "ff", ff_flags, 0, NULL },
	{ "vmf", vmf_flags, 0, NULL },
	{ NULL, NULL, 0, NULL }
};

/* The profiles this one is built on: their rows' FK_ON hold here too. */
static const char *const bases[] = { FK_PROFILE_BASES NULL };

const struct fk_profile fk_profile = {
	.name = FK_PROFILE_NAME,
	.bases = bases,
	.suites = fk_suites,
	.counter_names = counter_names,
	.kinds = kinds,
	FK_X86_PROFILE,
};
