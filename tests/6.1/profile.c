// SPDX-License-Identifier: GPL-2.0
/*
 * The 6.1 profile: builds the world a row describes, enters the unit at
 * exc_page_fault(), reads the outcome off the recorded calls, and checks
 * the rules that hold for every row, whatever the row expects.
 */
#include <stdio.h>
#include <string.h>

#include <linux/sched.h>
#include <linux/perf_event.h>
#include <asm/cpufeature.h>
#include <asm/vsyscall.h>

#include "../../stubs/6.1/fk_world.h"
#include "rows.h"

struct k61_world w;
struct task_struct *fk61_current = &w.task;

void fk_unit_enter(struct pt_regs *regs, unsigned long error_code);
void fk61_pgd_setup(void);
void fk61_uaccess_reset(void);
int fk61_pagefault_depth(void);

static const char *vma_name(const struct k61_vma *v, int i)
{
	static const char *const dflt[FK_NVMAS] = { "vma0", "vma1", "vma2",
						    "vma3", "vma4" };

	return v->name ? v->name : dflt[i];
}

/* Rows list vmas in address order; a broken layout is the row's bug. */
static void setup_vmas(const struct k61_in *in)
{
	struct vm_area_struct *prev = NULL;
	int i;

	for (i = 0; i < FK_NVMAS && in->vmas[i].end; i++) {
		struct vm_area_struct *v = &w.vma[i];

		if (in->vmas[i].start >= in->vmas[i].end ||
		    (prev && prev->vm_end > in->vmas[i].start))
			fk_violation("row: vma %d overlaps or is out of order",
				     i);
		v->vm_mm = &w.mm;
		v->vm_start = in->vmas[i].start;
		v->vm_end = in->vmas[i].end;
		v->vm_flags = in->vmas[i].flags |
			      (unsigned long)in->vmas[i].pkey << VM_PKEY_SHIFT;
		v->vm_pgoff = v->vm_start >> PAGE_SHIFT;
		if (prev)
			prev->vm_next = v;
		else
			w.mm.mmap = v;
		fk_name('p', (unsigned long)v, vma_name(&in->vmas[i], i));
		prev = v;
	}
}

static void setup_regs(const struct k61_in *in)
{
	static const unsigned long cs[] = {
		[USER] = __USER_CS, [KERNEL] = __KERNEL_CS,
		[USER32] = __USER32_CS,
	};

	w.regs.ip = in->ip;
	w.regs.sp = in->sp;
	w.regs.cs = cs[in->mode];
	w.regs.flags = 0x2;
	if (in->mode != KERNEL || !in->irqs_off)
		w.regs.flags |= X86_EFLAGS_IF;
	if (in->ac)
		w.regs.flags |= X86_EFLAGS_AC;
}

static void setup_cpu(const struct k61_in *in)
{
	memset(&boot_cpu_data, 0, sizeof(boot_cpu_data));
	if (in->amd_k8) {
		boot_cpu_data.x86_vendor = X86_VENDOR_AMD;
		boot_cpu_data.x86 = 0xf;
		boot_cpu_data.x86_model = 0x20;
	} else {
		boot_cpu_data.x86 = 6;
	}
}

static void name_world(const struct k61_in *in)
{
	fk_name('a', in->address, "addr");
	fk_name('a', in->ip, "ip");
	fk_name('a', in->sp, "sp");
	fk_name('p', (unsigned long)&w.task, "tsk");
	fk_name('p', (unsigned long)&w.mm, "mm");
	fk_name('p', (unsigned long)&w.mm.mmap_lock, "&mm->mmap_lock");
	fk_name('p', offsetof(struct mm_struct, mmap_lock),
		"&NULL->mmap_lock");
	fk_name('p', (unsigned long)&w.regs, "regs");
	fk_name('p', (unsigned long)&in->extable[0], "extable[0]");
	fk_name('p', (unsigned long)&in->extable[1], "extable[1]");
}

static void setup(const struct fk_row *row)
{
	const struct k61_in *in = row->in;

	memset(&w, 0, sizeof(w));
	w.in = in;
	w.ec = in->ec;
	fk61_uaccess_reset();
	strcpy(w.task.comm, "faultkit");
	w.task.pid = 1000;
	w.task.mm = in->no_mm ? NULL : &w.mm;
	w.task.active_mm = &w.mm;
	w.task.sigkill_pending = in->sigkill == SIGKILL_BEFORE;
	w.task.signal_pending = in->sigpending;
	w.mm.mmap_lock.contended = in->contended;
	show_unhandled_signals = !in->quiet;
	setup_cpu(in);
	setup_regs(in);
	fk61_pgd_setup();
	name_world(in);
	setup_vmas(in);
}

static void run(const struct fk_row *row)
{
	fk_unit_enter(&w.regs, ((const struct k61_in *)row->in)->ec);
}

static int is(const struct fk_call *c, const char *name)
{
	return !strcmp(c->fake->name, name);
}

static struct fk_outcome oc(enum fk_outcome_kind k, int sig, int code)
{
	return (struct fk_outcome){ k, sig, code };
}

/*
 * The outcome is the last thing that settled the fault, read off the
 * calls. A RETRY that ends the fault is the signal quick path: the task
 * returns to user mode to die (fatal) or to take its signal.
 */
static struct fk_outcome resolve(void)
{
	struct fk_outcome o = oc(FK_EARLY, 0, 0);
	int i;

	for (i = 0; i < fk_ncalls(); i++) {
		const struct fk_call *c = fk_call_at(i);

		if (is(c, "handle_mm_fault") && c->state == FK_RETURNED) {
			if (c->ret & VM_FAULT_RETRY)
				o = oc(w.task.sigkill_pending ? FK_KILLED :
				       FK_EARLY, 0, 0);
			else if (!(c->ret & VM_FAULT_ERROR))
				o = oc(FK_HANDLED, 0, 0);
		} else if (is(c, "force_sig_fault")) {
			o = oc(FK_SIGNAL, (int)c->argv[0], (int)c->aux);
		} else if (is(c, "force_sig_mceerr")) {
			o = oc(FK_SIGNAL, SIGBUS, (int)c->aux);
		} else if (is(c, "force_sig_pkuerr")) {
			o = oc(FK_SIGNAL, SIGSEGV, SEGV_PKUERR);
		} else if (is(c, "pagefault_out_of_memory")) {
			o = oc(FK_OOM, 0, 0);
		} else if (is(c, "fixup_exception") && c->ret) {
			o = oc(FK_FIXUP, 0, 0);
		} else if (is(c, "oops_end")) {
			o = oc(c->state == FK_NORETURN ? FK_OOPS :
			       FK_OOPS_RETURNED, 0, 0);
		} else if (is(c, "handle_stack_overflow") || is(c, "BUG")) {
			o = oc(FK_OOPS, 0, 0);
		}
	}
	return o;
}

static void collect(const struct fk_row *row, struct fk_result *res,
		    int returned)
{
	(void)row;
	(void)returned;
	res->outcome = resolve();
	res->counters[MAJ_FLT] = (long)w.task.maj_flt;
	res->counters[MIN_FLT] = (long)w.task.min_flt;
	res->counters[PERF_FAULTS] = w.perf[PERF_COUNT_SW_PAGE_FAULTS];
	res->counters[PERF_MAJ] = w.perf[PERF_COUNT_SW_PAGE_FAULTS_MAJ];
	res->counters[PERF_MIN] = w.perf[PERF_COUNT_SW_PAGE_FAULTS_MIN];
	res->counters[LOCK_TAKEN] = w.mm.mmap_lock.taken;
	res->counters[LOCK_WRITE] = w.mm.mmap_lock.taken_write;
	res->counters[LOCK_WAITED] = w.mm.mmap_lock.waited;
	res->counters[LOCK_HELD] = w.mm.mmap_lock.readers +
				   w.mm.mmap_lock.writer;
}

/* irqs may come on for user mode, or for a kernel context with IF set. */
static void irq_rule(int returned)
{
	int i;

	if (returned && w.irqs_enabled)
		fk_violation("irqs still on when the handler returned");
	if (w.in->mode != KERNEL || !w.in->irqs_off)
		return;
	for (i = 0; i < fk_ncalls(); i++)
		if (is(fk_call_at(i), "local_irq_enable"))
			fk_violation("call #%d: irqs enabled in a kernel context that had them off",
				     i + 1);
}

/*
 * handle_mm_fault() runs again only after it answered RETRY, and then
 * with FAULT_FLAG_TRIED; the first pass has no TRIED. Retries end when
 * the answers stop being RETRY (bounded by the row's script).
 */
static void retry_rule(void)
{
	int i, n = fk_count("handle_mm_fault");

	for (i = 0; i < n; i++) {
		const struct fk_call *c = fk_nth("handle_mm_fault", i);
		const struct fk_call *next = fk_nth("handle_mm_fault", i + 1);

		if (!!(c->argv[2] & FAULT_FLAG_TRIED) != (i > 0))
			fk_violation("handle_mm_fault #%d: FAULT_FLAG_TRIED %s",
				     i + 1, i ? "missing on a retry" :
				     "on the first pass");
		if (next && !(c->ret & VM_FAULT_RETRY))
			fk_violation("handle_mm_fault called again after an answer that was not RETRY");
	}
	if (n > FK_MAX_SEQ)
		fk_violation("handle_mm_fault called %d times: retries unbounded",
			     n);
}

/*
 * Exactly one of maj_flt/min_flt after a handle_mm_fault() that
 * completed (neither RETRY nor an error): major if it answered MAJOR or
 * was a retry. None otherwise. Perf agrees, and the fault itself is
 * counted once, before the vma is looked up.
 */
static void accounting_rule(void)
{
	int n = fk_count("handle_mm_fault");
	const struct fk_call *last = n ? fk_nth("handle_mm_fault", n - 1) :
					 NULL;
	long maj = (long)w.task.maj_flt, min = (long)w.task.min_flt;
	long want_maj = 0, want_min = 0;

	if (last && last->state == FK_RETURNED &&
	    !(last->ret & (VM_FAULT_ERROR | VM_FAULT_RETRY))) {
		want_maj = (last->ret & VM_FAULT_MAJOR) || n > 1;
		want_min = !want_maj;
	}
	if (maj != want_maj || min != want_min)
		fk_violation("accounting: maj_flt=%ld min_flt=%ld, the last handle_mm_fault calls for %ld/%ld",
			     maj, min, want_maj, want_min);
	if (w.perf[PERF_COUNT_SW_PAGE_FAULTS_MAJ] != maj ||
	    w.perf[PERF_COUNT_SW_PAGE_FAULTS_MIN] != min)
		fk_violation("accounting: perf major/minor events disagree with maj_flt/min_flt");
	if (w.perf[PERF_COUNT_SW_PAGE_FAULTS] > 1 ||
	    (fk_count("lock_mm_and_find_vma") &&
	     w.perf[PERF_COUNT_SW_PAGE_FAULTS] != 1))
		fk_violation("accounting: PERF_COUNT_SW_PAGE_FAULTS counted %ld times",
			     w.perf[PERF_COUNT_SW_PAGE_FAULTS]);
}

/* A kernel-space address never takes mmap_lock nor asks the mm. */
static void kernel_space_rule(void)
{
	if (w.in->address < TASK_SIZE_MAX || is_vsyscall_vaddr(w.in->address))
		return;
	if (w.mm.mmap_lock.taken || w.mm.mmap_lock.taken_write ||
	    fk_count("lock_mm_and_find_vma") || fk_count("handle_mm_fault"))
		fk_violation("kernel-space address: mmap_lock or the mm touched");
}

/* Signals go to user-mode faults; kernel faults fix up or oops. */
static void signal_rule(void)
{
	if (w.in->mode == KERNEL &&
	    (fk_count("force_sig_fault") || fk_count("force_sig_mceerr") ||
	     fk_count("force_sig_pkuerr")))
		fk_violation("a signal forced for a kernel-mode fault");
}

static void invariants(const struct fk_row *row, const struct fk_result *res,
		       int returned)
{
	(void)row;
	if (res->counters[LOCK_HELD])
		fk_violation("mmap_lock still held (%ld) when the fault ended",
			     res->counters[LOCK_HELD]);
	irq_rule(returned);
	retry_rule();
	accounting_rule();
	kernel_space_rule();
	signal_rule();
	if (returned && fk61_pagefault_depth())
		fk_violation("pagefault_disable() not undone when the fault ended");
}

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
	NULL
};

static const struct fk_flag pf_flags[] = {
	{ X86_PF_PROT, "PROT" }, { X86_PF_WRITE, "WRITE" },
	{ X86_PF_USER, "USER" }, { X86_PF_RSVD, "RSVD" },
	{ X86_PF_INSTR, "INSTR" }, { X86_PF_PK, "PK" },
	{ X86_PF_SGX, "SGX" }, { 0, NULL }
};

static const struct fk_flag ff_flags[] = {
	{ FAULT_FLAG_WRITE, "WRITE" },
	{ FAULT_FLAG_ALLOW_RETRY, "ALLOW_RETRY" },
	{ FAULT_FLAG_KILLABLE, "KILLABLE" },
	{ FAULT_FLAG_TRIED, "TRIED" },
	{ FAULT_FLAG_USER, "USER" },
	{ FAULT_FLAG_INSTRUCTION, "INSTRUCTION" },
	{ FAULT_FLAG_INTERRUPTIBLE, "INTERRUPTIBLE" }, { 0, NULL }
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

const struct fk_profile fk_profile = {
	.name = "6.1",
	.suites = k61_suites,
	.counter_names = counter_names,
	.kinds = kinds,
	.setup = setup,
	.run = run,
	.collect = collect,
	.invariants = invariants,
	.from_scenario = k61_from_scenario,
};
