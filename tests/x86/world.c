// SPDX-License-Identifier: GPL-2.0
/*
 * The world a fault meets, built from its inputs the same way on every
 * x86 kernel: the task and its mm, the vmas in address order, the
 * registers the CPU pushed, the names traces use. Then the unit is
 * entered, and the outcome and counters are read off what it did.
 */
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fk_x86.h"

struct fk_world w;

unsigned int fk_kmap_entry(const struct fk_kmap *k, int level)
{
	static const unsigned int missing[] = { 0, KM_NO_PUD, KM_NO_PMD,
						KM_NO_PTE };
	static const unsigned int leaf_bit[] = { 0, KM_HUGE, KM_LARGE, 0 };

	if (!k || !(k->prot & KM_PRESENT) || (k->prot & missing[level]))
		return 0;
	if (level < 3 && !(k->prot & leaf_bit[level])) {
		if (level == 2 && (k->prot & KM_PMD_RO))
			return KM_PRESENT | KM_EXEC;
		return KM_PRESENT | KM_WRITE | KM_EXEC;
	}
	return KM_PRESENT | (k->prot & (KM_WRITE | KM_EXEC)) |
	       (level < 3 ? KM_LARGE : 0);
}

static const char *vma_name(const struct fk_vma *v, int i)
{
	static const char *const dflt[FK_NVMAS] = { "vma0", "vma1", "vma2",
						    "vma3", "vma4", "vma5" };

	return v->name ? v->name : dflt[i];
}

static unsigned long vma_flags(const struct fk_vma *v)
{
#ifdef VM_PKEY_SHIFT
	return v->flags | (unsigned long)v->pkey << VM_PKEY_SHIFT;
#else
	return v->flags;
#endif
}

static const unsigned int hstate_shifts[][3] = {
	[HSTATES_2M] = { 21, 0 }, [HSTATES_1G_2M] = { 30, 21, 0 },
};

static const unsigned int *hstates(void)
{
	return hstate_shifts[w.in->hstates ? w.in->hstates : FK_HSTATES_DEFAULT];
}

int fk_x86_hstate_index(unsigned int shift)
{
	const unsigned int *h = hstates();
	int i;

	for (i = 0; h[i]; i++)
		if (h[i] == shift)
			return i;
	return -1;
}

unsigned int fk_x86_hstate_shift(unsigned int index)
{
	const unsigned int *h = hstates();
	unsigned int i;

	for (i = 0; h[i] && i < index; i++)
		;
	if (!h[i]) {
		fk_violation("hstate %u: the boot registered no such huge page size", index);
		return 0;
	}
	return h[i];
}

/* Rows list vmas in address order; a broken layout is the row's bug. */
static void setup_vmas(const struct fk_in *in)
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
		v->vm_flags = vma_flags(&in->vmas[i]);
		v->vm_pgoff = v->vm_start >> PAGE_SHIFT;
		if (prev)
			prev->vm_next = v;
		else
			w.mm.mmap = v;
		fk_name('p', (unsigned long)v, vma_name(&in->vmas[i], i));
		prev = v;
	}
}

/* The code segment and flags of each mode, as the CPU pushes them. */
static void setup_regs(const struct fk_in *in)
{
	static const unsigned long cs[] = {
		[USER] = __USER_CS, [KERNEL] = __KERNEL_CS,
		[USER32] = __USER32_CS, [V8086] = __USER32_CS,
	};

	w.regs.ip = in->ip;
	w.regs.sp = in->sp;
	w.regs.cs = cs[in->mode];
	w.regs.flags = 0x2;
	if (in->mode != KERNEL || !in->irqs_off)
		w.regs.flags |= FK_EFLAGS_IF;
	if (in->ac)
		w.regs.flags |= FK_EFLAGS_AC;
	if (in->mode == V8086)
		w.regs.flags |= FK_EFLAGS_VM;
}

static void name_world(const struct fk_in *in)
{
	fk_name('a', in->address, "addr");
	fk_name('a', in->ip, "ip");
	fk_name('a', in->sp, "sp");
	fk_name('p', (unsigned long)&w.task, "tsk");
	fk_name('p', (unsigned long)&w.mm, "mm");
	fk_name('p', (unsigned long)FK_MM_LOCK(&w.mm), "&mm->" FK_MM_LOCK_NAME);
	fk_name('p', (unsigned long)FK_MM_LOCK((struct mm_struct *)0),
		"&NULL->" FK_MM_LOCK_NAME);
	fk_name('p', (unsigned long)&w.regs, "regs");
	fk_name('p', (unsigned long)&in->extable[0], "extable[0]");
	fk_name('p', (unsigned long)&in->extable[1], "extable[1]");
}

/* A row's exception table holds entries of kernel or module code only. */
static void check_extable(const struct fk_in *in)
{
	int i;

	for (i = 0; i < FK_NEXTABLE; i++)
		if (in->extable[i].insn && !fk_kernel_text(in->extable[i].insn))
			fk_violation("row: an exception-table entry outside kernel and module text (extable[%d])",
				     i);
}

void fk_x86_setup(const struct fk_row *row)
{
	const struct fk_in *in = row->in;

	memset(&w, 0, sizeof(w));
	w.in = in;
	fk_x86_explore_fault();
	w.ec = in->ec;
	strcpy(w.task.comm, "faultkit");
	w.task.pid = 1000;
	w.task.mm = in->no_mm ? NULL : &w.mm;
	w.task.active_mm = &w.mm;
	/* exploring, these are chosen when first asked for */
	w.task.sigkill_pending = in->sigkill == SIGKILL_BEFORE;
	FK_MM_LOCK(&w.mm)->contended = in->contended;
	memcpy(w.kmaps, in->kmaps, sizeof(w.kmaps));
	setup_regs(in);
	name_world(in);
	if (fk_x86_hooks.setup)
		fk_x86_hooks.setup(in);
	setup_vmas(in);
	check_extable(in);
}

/*
 * The unit, entered as its kernel enters it (tests/<k>/unit.c); in a pair
 * binary (make regress, PAIR_WITH=) also the base unit linked beside it,
 * its symbols renamed with the prefix fkbase_.
 */
void fk_unit_enter(const struct fk_in *in);
void fkbase_fk_unit_enter(const struct fk_in *in) __attribute__((weak));

/*
 * The #DF stack, an IST stack that a unit's own asm may switch to and
 * call on (5.10's no_context()). It lies in fk_x86_run()'s frame, on the
 * thread's stack, above the frames of the unit, which runs below it: for
 * ASan too it is the stack in use. Its top is one word short of 16-byte
 * alignment, as an IST top less the word the asm leaves: the call then
 * finds the stack as the C ABI has it.
 */
#define IST_WORDS	8192
unsigned long fk_x86_ist_top;

/* room for the unit's frames below the #DF stack, and more */
#define UNIT_STACK	(1UL << 20)

/*
 * A fake that ends the run from the #DF stack (longjmp()) leaves the
 * unit's frames below it poisoned: ASan clears only the stack above the
 * frame that leaves. Clear theirs, so that no later frame there trips.
 */
void fk_x86_leave_df_stack(void)
{
#ifdef __SANITIZE_ADDRESS__
	unsigned long ist_low = fk_x86_ist_top -
				(IST_WORDS - 1) * sizeof(unsigned long);

	__asan_unpoison_memory_region((void *)(ist_low - UNIT_STACK),
				      UNIT_STACK);
#endif
}

void fk_x86_run(const struct fk_row *row)
{
	unsigned long ist[IST_WORDS] __attribute__((aligned(16)));

	fk_x86_ist_top = (unsigned long)&ist[IST_WORDS - 1];
	if (!fk_unit_side) {
		fk_unit_enter(row->in);
		return;
	}
	if (!fkbase_fk_unit_enter) {
		fprintf(stderr, "faultkit: no base unit in this binary (a pair binary has one: PAIR_WITH=)\n");
		abort();
	}
	fkbase_fk_unit_enter(row->in);
}

static struct fk_outcome oc(enum fk_outcome_kind k, int sig, int code)
{
	return (struct fk_outcome){ k, sig, code };
}

/*
 * What settles a fault on any Linux, read off the calls that leave the
 * unit: the last one wins. A RETRY that ends the fault gives up for a
 * fatal signal, or returns to take another.
 */
static int settles(const struct fk_call *c, struct fk_outcome *o)
{
	if (fk_is(c, "handle_mm_fault") && c->state == FK_RETURNED) {
		if (c->ret & VM_FAULT_RETRY)
			*o = oc(w.task.sigkill_pending ? FK_KILLED : FK_EARLY,
				0, 0);
		else if (!(c->ret & VM_FAULT_ERROR))
			*o = oc(FK_HANDLED, 0, 0);
		else
			return 0;
	} else if (fk_is(c, "fatal_signal_pending") && c->ret) {
		*o = oc(FK_KILLED, 0, 0);
	} else if (fk_is(c, "force_sig_info") || fk_is(c, "force_sig_fault")) {
		*o = oc(FK_SIGNAL, (int)c->argv[0], (int)c->aux);
	} else if (fk_is(c, "pagefault_out_of_memory")) {
		*o = oc(FK_OOM, 0, 0);
	} else if (fk_is(c, "fixup_exception") && c->ret) {
		*o = oc(FK_FIXUP, 0, 0);
	} else if (fk_is(c, "oops_end")) {
		*o = oc(c->state == FK_NORETURN ? FK_OOPS : FK_OOPS_RETURNED,
			0, 0);
	} else if (fk_is(c, "handle_stack_overflow") || fk_is(c, "BUG")) {
		*o = oc(FK_OOPS, 0, 0);
	} else {
		return 0;
	}
	return 1;
}

static struct fk_outcome resolve(void)
{
	struct fk_outcome o = oc(FK_EARLY, 0, 0);
	int i;

	for (i = 0; i < fk_ncalls(); i++) {
		const struct fk_call *c = fk_call_at(i);

		if (!(fk_x86_hooks.settles && fk_x86_hooks.settles(c, &o)))
			settles(c, &o);
	}
	return o;
}

void fk_x86_collect(const struct fk_row *row, struct fk_result *res)
{
	const struct rw_semaphore *lock = FK_MM_LOCK(&w.mm);

	(void)row;
	res->outcome = resolve();
	res->counters[MAJ_FLT] = (long)w.task.maj_flt;
	res->counters[MIN_FLT] = (long)w.task.min_flt;
	res->counters[PERF_FAULTS] = w.perf[PERF_COUNT_SW_PAGE_FAULTS];
	res->counters[PERF_MAJ] = w.perf[PERF_COUNT_SW_PAGE_FAULTS_MAJ];
	res->counters[PERF_MIN] = w.perf[PERF_COUNT_SW_PAGE_FAULTS_MIN];
	res->counters[LOCK_TAKEN] = lock->taken;
	res->counters[LOCK_WRITE] = lock->taken_write;
	res->counters[LOCK_WAITED] = lock->waited;
	res->counters[LOCK_HELD] = lock->readers + lock->writer;
	if (fk_x86_hooks.collect)
		fk_x86_hooks.collect(res);
}
