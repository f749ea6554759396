// SPDX-License-Identifier: GPL-2.0
/*
 * What 6.12 adds to the 6.1 profile (series.h): the counters of the
 * per-VMA lock, and the rules of its fault path that 6.1 does not have.
 * The per-VMA lock is released exactly once on every path, by fault.c
 * or by the mm when it says so; its events are counted once per
 * attempt; a shadow-stack access is a write to a shadow stack, and an
 * ordinary write never is; FRED's address comes from the event frame.
 * (A kernel fault with IF clear refused, 8f588afe6256, is what rows
 * expect of 6.12, not a rule: 6.1 handling it is no bug.)
 */
#include <linux/sched.h>

#include <rows.h>
#include <series.h>

void k61_series_collect(struct fk_result *res)
{
	res->counters[VMA_READ] = w.vma_read;
	res->counters[VMA_SUCCESS] = w.vma_events[VMA_LOCK_SUCCESS];
	res->counters[VMA_RETRY] = w.vma_events[VMA_LOCK_RETRY];
	res->counters[VMA_ABORT] = w.vma_events[VMA_LOCK_ABORT];
	res->counters[VMA_MISS] = w.vma_events[VMA_LOCK_MISS];
}

/* The first handle_mm_fault() under the vma's lock, or NULL. */
static const struct fk_call *vma_pass(int *at)
{
	int i;

	for (i = 0; i < fk_ncalls(); i++) {
		const struct fk_call *c = fk_call_at(i);

		if (fk_is(c, "handle_mm_fault") &&
		    (c->argv[2] & FAULT_FLAG_VMA_LOCK)) {
			*at = i;
			return c;
		}
	}
	return NULL;
}

/*
 * After handle_mm_fault() under the vma lock: RETRY or COMPLETED mean
 * the mm released it (4089eef0e6ac, v6.6), any other answer that fault.c
 * must, once. The model catches a second release and one never made;
 * this names the culprit.
 */
static void release_rule(void)
{
	const struct fk_call *c;
	int at, i, by_us = 0;

	c = vma_pass(&at);
	if (!c || c->state != FK_RETURNED)
		return;
	for (i = at + 1; i < fk_ncalls(); i++) {
		const struct fk_call *d = fk_call_at(i);

		if (d->depth == 0 && fk_is(d, "lock_mm_and_find_vma"))
			break;
		by_us += d->depth == 0 && fk_is(d, "vma_end_read");
	}
	if (by_us != !(c->ret & (VM_FAULT_RETRY | VM_FAULT_COMPLETED)))
		fk_violation("vma lock released %d times by fault.c after handle_mm_fault answered %#lx",
			     by_us, (unsigned long)c->ret);
	if (fk_nth("handle_mm_fault", 0) != c ||
	    fk_nth("lock_vma_under_rcu", 0)->ret != (long)c->argv[0])
		fk_violation("handle_mm_fault under the vma lock: not the first pass, or not the vma lock_vma_under_rcu() locked");
}

/*
 * Events, once per attempt: lock_vma_under_rcu(), tried once and by
 * user mode only, counts ABORT exactly when it finds nothing; then one
 * of SUCCESS and RETRY at most, and exactly one once handle_mm_fault()
 * has answered under the vma lock. (An access error counts SUCCESS
 * since bc7996c864bf, v6.10, nothing before it: rows say which.)
 */
static void event_rule(void)
{
	const struct fk_call *l = fk_nth("lock_vma_under_rcu", 0);
	const struct fk_call *c;
	long *e = w.vma_events;
	long got = e[VMA_LOCK_SUCCESS] + e[VMA_LOCK_RETRY];
	int at;

	c = vma_pass(&at);
	if (fk_count("lock_vma_under_rcu") > 1 || (l && w.in->mode == KERNEL))
		fk_violation("lock_vma_under_rcu: tried %d times, %s mode",
			     fk_count("lock_vma_under_rcu"),
			     w.in->mode == KERNEL ? "kernel" : "user");
	if (e[VMA_LOCK_ABORT] != (l && !l->ret) || got > (l && l->ret) ||
	    (c && c->state == FK_RETURNED && got != 1))
		fk_violation("per-VMA lock events: success %ld retry %ld abort %ld for %s",
			     e[VMA_LOCK_SUCCESS], e[VMA_LOCK_RETRY],
			     e[VMA_LOCK_ABORT], !l ? "no attempt" :
			     l->ret ? "a vma locked" : "no vma locked");
}

static void vma_lock_rule(void)
{
	int i;

	for (i = 0; i <= FK_NVMAS; i++)
		if (w.vma_readers[i])
			fk_violation("%s still read-locked when the fault ended",
				     fk_name_of('p', (unsigned long)&w.vma[i]));
}

/*
 * A shadow-stack access reaches the mm as a write (read-only shadow
 * stack PTEs cannot exist), and only in a shadow-stack vma that is
 * writable; an ordinary write never reaches a shadow-stack vma
 * (fd5439e0c97b, v6.6).
 */
static void shstk_rule(void)
{
	int i;

	for (i = 0; i < fk_count("handle_mm_fault"); i++) {
		const struct fk_call *c = fk_nth("handle_mm_fault", i);
		unsigned long f = (unsigned long)c->aux;	/* at the call */
		int shstk = !!(w.ec & X86_PF_SHSTK);

		if (shstk && (!(c->argv[2] & FAULT_FLAG_WRITE) ||
			      !(f & VM_SHADOW_STACK) || !(f & VM_WRITE)))
			fk_violation("shadow-stack access handled as other than a write to a writable shadow stack");
		if (!shstk && (w.ec & X86_PF_WRITE) && (f & VM_SHADOW_STACK))
			fk_violation("an ordinary write handled in a shadow-stack vma");
	}
}

/* FRED (9f6870bafc18, v6.9): CR2 may be a nested fault's by now. */
static void fred_rule(void)
{
	if (w.in->fred && fk_count("read_cr2"))
		fk_violation("FRED: the fault address read from CR2, not the event frame");
}

void k61_series_invariants(const struct fk_result *res)
{
	(void)res;
	release_rule();
	event_rule();
	vma_lock_rule();
	shstk_rule();
	fred_rule();
}

void k61_series_row_inputs(struct fk_buf *b, const struct fk_in *in)
{
	fk_x86_row_field(b, "vma_race", in->vma_race);
	fk_x86_row_field(b, "fred", in->fred);
}
