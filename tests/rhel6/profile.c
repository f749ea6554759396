// SPDX-License-Identifier: GPL-2.0
/*
 * The RHEL6 profile: builds the world a row describes, enters the unit,
 * reads the outcome off the recorded calls, and checks the rules that hold
 * for every row, whatever the row expects.
 */
#include <stdio.h>
#include <string.h>

#include <linux/sched.h>
#include <linux/magic.h>
#include <linux/perf_event.h>

#include "../../stubs/rhel6/arch/x86/mm/fault_rest.h"
#include "../../stubs/rhel6/fk_world.h"
#include "rows.h"

struct rhel6_world w;

void fk_unit_enter(struct pt_regs *regs, unsigned long address,
		   unsigned long error_code);

static const char *vma_name(const struct rhel6_vma *v, int i)
{
	static const char *const dflt[FK_NVMAS] = { "vma0", "vma1", "vma2",
						    "vma3" };

	return v->name ? v->name : dflt[i];
}

/* Rows list vmas in address order; a broken layout is the row's bug. */
static void setup_vmas(const struct rhel6_in *in)
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
		v->vm_flags = in->vmas[i].flags;
		v->vm_pgoff = v->vm_start >> PAGE_SHIFT;
		if (prev)
			prev->vm_next = v;
		else
			w.mm.mmap = v;
		fk_name('p', (unsigned long)v, vma_name(&in->vmas[i], i));
		prev = v;
	}
}

static void setup_regs(const struct rhel6_in *in)
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
}

static void setup(const struct fk_row *row)
{
	const struct rhel6_in *in = row->in;

	memset(&w, 0, sizeof(w));
	w.in = in;
	w.ec = in->ec;
	fk_preempt_count = in->atomic;
	strcpy(w.task.comm, "faultkit");
	w.task.pid = 1000;
	w.task.stack_end_magic = STACK_END_MAGIC;
	w.task.mm = in->no_mm ? NULL : &w.mm;
	w.task.active_mm = &w.mm;
	w.task.sigkill_pending = in->sigkill == SIGKILL_BEFORE;
	w.mm.mmap_sem.contended = in->contended;
	memcpy(w.kmaps, in->kmaps, sizeof(w.kmaps));
	setup_regs(in);

	fk_name('a', in->address, "addr");
	fk_name('a', in->ip, "ip");
	fk_name('a', in->sp, "sp");
	fk_name('p', (unsigned long)&w.task, "tsk");
	fk_name('p', (unsigned long)&w.mm, "mm");
	fk_name('p', (unsigned long)&w.mm.mmap_sem, "&mm->mmap_sem");
	fk_name('p', offsetof(struct mm_struct, mmap_sem), "&NULL->mmap_sem");
	fk_name('p', (unsigned long)&w.regs, "regs");
	fk_name('p', (unsigned long)&in->extable[0], "extable[0]");
	fk_name('p', (unsigned long)&in->extable[1], "extable[1]");
	setup_vmas(in);
}

static void run(const struct fk_row *row)
{
	const struct rhel6_in *in = row->in;

	fk_unit_enter(&w.regs, in->address, in->ec);
}

static int is(const struct fk_call *c, const char *name)
{
	return !strcmp(c->fake->name, name);
}

/*
 * The outcome is the last thing that settled the fault, read off the
 * kernel-wide calls only, so a full fault.c that defines its own helpers
 * is judged the same way.
 */
static struct fk_outcome resolve(void)
{
	struct fk_outcome o = { FK_EARLY, 0, 0 };
	int i;

	for (i = 0; i < fk_ncalls(); i++) {
		const struct fk_call *c = fk_call_at(i);

		if (is(c, "handle_mm_fault") && c->state == FK_RETURNED &&
		    !(c->ret & (VM_FAULT_RETRY | VM_FAULT_ERROR)))
			o = (struct fk_outcome){ FK_HANDLED, 0, 0 };
		else if (is(c, "fatal_signal_pending") && c->ret)
			o = (struct fk_outcome){ FK_KILLED, 0, 0 };
		else if (is(c, "force_sig_info"))
			o = (struct fk_outcome){
				FK_SIGNAL, (int)c->argv[0], (int)c->aux };
		else if (is(c, "pagefault_out_of_memory"))
			o = (struct fk_outcome){ FK_OOM, 0, 0 };
		else if (is(c, "fixup_exception") && c->ret)
			o = (struct fk_outcome){ FK_FIXUP, 0, 0 };
		else if (is(c, "oops_end"))
			o = (struct fk_outcome){
				c->state == FK_NORETURN ? FK_OOPS :
				FK_OOPS_RETURNED, 0, 0 };
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
	res->counters[LOCK_TAKEN] = w.mm.mmap_sem.taken;
	res->counters[LOCK_WAITED] = w.mm.mmap_sem.waited;
	res->counters[LOCK_HELD] = w.mm.mmap_sem.readers;
}

/* irqs may come on for user mode, or for a kernel context with IF set. */
static void irq_rule(void)
{
	int i;

	if (w.in->mode != KERNEL || !w.in->irqs_off || (w.ec & PF_USER))
		return;
	for (i = 0; i < fk_ncalls(); i++)
		if (is(fk_call_at(i), "local_irq_enable"))
			fk_violation("call #%d: irqs enabled in a kernel context that had them off",
				     i + 1);
}

static void retry_rule(void)
{
	const struct fk_call *second = fk_nth("handle_mm_fault", 1);

	if (fk_count("handle_mm_fault") > 2)
		fk_violation("handle_mm_fault called %d times (at most 2)",
			     fk_count("handle_mm_fault"));
	if (second && (second->argv[3] & FAULT_FLAG_ALLOW_RETRY))
		fk_violation("second handle_mm_fault still has ALLOW_RETRY");
}

/*
 * Exactly one of maj_flt/min_flt after a first handle_mm_fault that did
 * not fail, chosen by its VM_FAULT_MAJOR; none otherwise. Perf agrees.
 */
static void accounting_rule(void)
{
	const struct fk_call *first = fk_nth("handle_mm_fault", 0);
	long maj = (long)w.task.maj_flt, min = (long)w.task.min_flt;
	long want_maj = 0, want_min = 0;

	if (first && first->state == FK_RETURNED) {
		long r = first->ret;
		int killed = w.in->sigkill == SIGKILL_BEFORE ||
			     w.in->sigkill == SIGKILL_IN_HMF1;

		if (!(r & VM_FAULT_ERROR) &&
		    !((r & VM_FAULT_RETRY) && killed)) {
			want_maj = !!(r & VM_FAULT_MAJOR);
			want_min = !want_maj;
		}
	}
	if (maj != want_maj || min != want_min)
		fk_violation("accounting: maj_flt=%ld min_flt=%ld, the first handle_mm_fault calls for %ld/%ld",
			     maj, min, want_maj, want_min);
	if (w.perf[PERF_COUNT_SW_PAGE_FAULTS_MAJ] != maj ||
	    w.perf[PERF_COUNT_SW_PAGE_FAULTS_MIN] != min)
		fk_violation("accounting: perf major/minor events disagree with maj_flt/min_flt");
}

/* "We MUST NOT take any locks" for a kernel-space address. */
static void kernel_space_rule(void)
{
	if (w.in->address < TASK_SIZE_MAX)
		return;
	if (w.mm.mmap_sem.taken || fk_count("down_read_trylock") ||
	    fk_count("handle_mm_fault"))
		fk_violation("kernel-space address: mmap_sem or handle_mm_fault touched");
}

static void invariants(const struct fk_row *row, const struct fk_result *res,
		       int returned)
{
	(void)row;
	(void)returned;
	if (res->counters[LOCK_HELD])
		fk_violation("mmap_sem still held (%ld) when the fault ended",
			     res->counters[LOCK_HELD]);
	irq_rule();
	retry_rule();
	accounting_rule();
	kernel_space_rule();
}

static const char *const counter_names[] = {
	[MAJ_FLT] = "maj_flt",
	[MIN_FLT] = "min_flt",
	[PERF_FAULTS] = "perf_page_faults",
	[PERF_MAJ] = "perf_page_faults_maj",
	[PERF_MIN] = "perf_page_faults_min",
	[LOCK_TAKEN] = "mmap_sem_taken",
	[LOCK_WAITED] = "mmap_sem_slept",
	[LOCK_HELD] = "mmap_sem_held_at_end",
	NULL
};

static const struct fk_flag pf_flags[] = {
	{ PF_PROT, "PF_PROT" }, { PF_WRITE, "PF_WRITE" },
	{ PF_USER, "PF_USER" }, { PF_RSVD, "PF_RSVD" },
	{ PF_INSTR, "PF_INSTR" }, { 0, NULL }
};

static const struct fk_flag ff_flags[] = {
	{ FAULT_FLAG_WRITE, "WRITE" },
	{ FAULT_FLAG_ALLOW_RETRY, "ALLOW_RETRY" },
	{ FAULT_FLAG_KILLABLE, "KILLABLE" }, { FAULT_FLAG_USER, "USER" },
	{ 0, NULL }
};

static const struct fk_flag vmf_flags[] = {
	{ VM_FAULT_OOM, "OOM" }, { VM_FAULT_SIGBUS, "SIGBUS" },
	{ VM_FAULT_MAJOR, "MAJOR" }, { VM_FAULT_WRITE, "WRITE" },
	{ VM_FAULT_HWPOISON, "HWPOISON" },
	{ VM_FAULT_HWPOISON_LARGE, "HWPOISON_LARGE" },
	{ VM_FAULT_NOPAGE, "NOPAGE" }, { VM_FAULT_LOCKED, "LOCKED" },
	{ VM_FAULT_RETRY, "RETRY" }, { 0, NULL }
};

/* 2.6.32's kernel-internal si_codes (__SI_FAULT | n), not the ABI's */
static const struct fk_flag segv_names[] = {
	{ SEGV_MAPERR, "SEGV_MAPERR" }, { SEGV_ACCERR, "SEGV_ACCERR" },
	{ 0, NULL }
};

static const struct fk_flag bus_names[] = {
	{ BUS_ADRERR, "BUS_ADRERR" }, { BUS_MCEERR_AR, "BUS_MCEERR_AR" },
	{ 0, NULL }
};

static const struct fk_kind kinds[] = {
	{ "pf", pf_flags, 0, NULL },
	{ "ff", ff_flags, 0, NULL },
	{ "vmf", vmf_flags, 0, NULL },
	{ "segv", segv_names, 1, NULL },
	{ "bus", bus_names, 1, NULL },
	{ NULL, NULL, 0, NULL }
};

const struct fk_profile fk_profile = {
	.name = "rhel6",
	.suites = rhel6_suites,
	.counter_names = counter_names,
	.kinds = kinds,
	.setup = setup,
	.run = run,
	.collect = collect,
	.invariants = invariants,
	.from_scenario = rhel6_from_scenario,
};
