// SPDX-License-Identifier: GPL-2.0
/*
 * The RHEL6 profile on the x86 layer: how 2.6.32-431 is entered, what it
 * calls its flags and answers, and the rules of its fault path that not
 * every Linux keeps (one retry, accounted from the first pass).
 */
#include <stdio.h>
#include <string.h>

#include <linux/sched.h>
#include <linux/magic.h>
#include <linux/perf_event.h>

#include "../../stubs/rhel6/arch/x86/mm/fault_rest.h"
#include <rows.h>

extern int fk_preempt_count;

static void setup(const struct fk_in *in)
{
	(void)in;
	fk_preempt_count = 0;
	w.task.stack_end_magic = STACK_END_MAGIC;
	fk_pgtable_setup();
}

/* 2.6.32 allows one retry, and the second pass without ALLOW_RETRY. */
static void retry_rule(void)
{
	const struct fk_call *second = fk_nth("handle_mm_fault", 1);

	if (fk_count("handle_mm_fault") > 2)
		fk_violation("handle_mm_fault called %d times (at most 2)",
			     fk_count("handle_mm_fault"));
	if (second && (second->argv[3] & FAULT_FLAG_ALLOW_RETRY))
		fk_violation("second handle_mm_fault still has ALLOW_RETRY");
}

#ifdef FK_ACCOUNT_WHEN_DONE
/*
 * RHEL 7 (26178ec11ef3, v3.19): one of maj_flt/min_flt when the last
 * handle_mm_fault completed without an error or a retry, major if any
 * pass was; none otherwise.
 */
static void accounting_rule(void)
{
	int n = fk_count("handle_mm_fault"), i, major = 0;
	const struct fk_call *last = n ? fk_nth("handle_mm_fault", n - 1) :
				     NULL;

	for (i = 0; i < n; i++)
		if (fk_nth("handle_mm_fault", i)->ret & VM_FAULT_MAJOR)
			major = 1;
	fk_x86_account_rule("last", last && last->state == FK_RETURNED &&
			    !(last->ret & (VM_FAULT_ERROR | VM_FAULT_RETRY)),
			    major);
}
#else
/*
 * Exactly one of maj_flt/min_flt after a first handle_mm_fault that did
 * not fail, chosen by its VM_FAULT_MAJOR; none otherwise.
 */
static void accounting_rule(void)
{
	const struct fk_call *first = fk_nth("handle_mm_fault", 0);
	long r = first ? first->ret : 0;
	int killed = w.in->sigkill == SIGKILL_BEFORE ||
		     w.in->sigkill == SIGKILL_IN_HMF1;

	fk_x86_account_rule("first", first && first->state == FK_RETURNED &&
			    !(r & VM_FAULT_ERROR) &&
			    !((r & VM_FAULT_RETRY) && killed),
			    !!(r & VM_FAULT_MAJOR));
}
#endif

static void invariants(const struct fk_result *res)
{
	(void)res;
	retry_rule();
	accounting_rule();
}

static int kernel_space(unsigned long address)
{
	return address >= TASK_SIZE_MAX;
}

static const char *const lock_calls[] = { "down_read_trylock", NULL };

/* The inputs only 2.6.32 reads, as a row writes them. */
static void row_inputs(struct fk_buf *b, const struct fk_in *in)
{
	fk_x86_row_field(b, "selinux_off", in->selinux_off);
	fk_x86_row_field(b, "cap_sys_rawio", in->cap_sys_rawio);
}

const struct fk_x86_hooks fk_x86_hooks = {
	.row_inputs = row_inputs,
	.setup = setup,
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
	[LOCK_TAKEN] = "mmap_sem_taken",
	[LOCK_WRITE] = "mmap_sem_write",
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
#ifdef FAULT_FLAG_TRIED		/* RHEL 7's (stubs/rhel7) */
	{ FAULT_FLAG_TRIED, "TRIED" },
	{ FAULT_FLAG_INSTRUCTION, "INSTRUCTION" },
#endif
	{ 0, NULL }
};

static const struct fk_flag vmf_flags[] = {
	{ VM_FAULT_OOM, "OOM" }, { VM_FAULT_SIGBUS, "SIGBUS" },
	{ VM_FAULT_MAJOR, "MAJOR" }, { VM_FAULT_WRITE, "WRITE" },
	{ VM_FAULT_HWPOISON, "HWPOISON" },
	{ VM_FAULT_HWPOISON_LARGE, "HWPOISON_LARGE" },
	{ VM_FAULT_NOPAGE, "NOPAGE" }, { VM_FAULT_LOCKED, "LOCKED" },
	{ VM_FAULT_RETRY, "RETRY" },
#ifdef VM_FAULT_SIGSEGV		/* RHEL 7's (stubs/rhel7) */
	{ VM_FAULT_SIGSEGV, "SIGSEGV" },
#endif
	{ 0, NULL }
};

/* 2.6.32's kernel-internal si_codes (__SI_FAULT | n), not the ABI's */
static const struct fk_flag segv_names[] = {
	{ SEGV_MAPERR, "SEGV_MAPERR" }, { SEGV_ACCERR, "SEGV_ACCERR" },
#ifdef SEGV_PKUERR		/* RHEL 7's (stubs/rhel7) */
	{ SEGV_PKUERR, "SEGV_PKUERR" },
#endif
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

/*
 * What the whole fault.c defines around the seed's four functions: the
 * excerpt's build fakes them (fault_rest.c), a whole file's build does
 * not, and a row's expected calls to them are checked only where they
 * are fakes.
 */
static const char *const own[] = {
	"kmmio_fault", "notify_page_fault", "vmalloc_fault",
	"spurious_fault", "fault_in_kernel_space", "check_v8086_mode",
	"pgtable_bad", "no_context", "__bad_area_nosemaphore", "__bad_area",
	"access_error", "mm_fault_error", NULL
};

/*
 * 2.6.32 retries a fault once: the second pass has no ALLOW_RETRY, and
 * the mm answers RETRY without it only to a fatal signal. A third call
 * is a unit that retries without end: it is stopped there.
 */
static const struct fk_budget budgets[] = {
	{ "handle_mm_fault", 2, "2.6.32 retries a fault once" },
	{ NULL, 0, NULL }
};

/* The profiles this one is built on: their rows' FK_ON hold here too. */
static const char *const bases[] = { FK_PROFILE_BASES NULL };

const struct fk_profile fk_profile = {
	.name = FK_PROFILE_NAME,
	.bases = bases,
	.budgets = budgets,
	.suites = fk_suites,
	.counter_names = counter_names,
	.kinds = kinds,
	.own = own,
	FK_X86_PROFILE,
};
