// SPDX-License-Identifier: GPL-2.0
/*
 * RHEL6's calls that are hints or annotations: what the fault does does
 * not depend on them (make regress calls a patch that only adds, moves
 * or drops them "trace only"). Reviewed like equivalent.txt: an entry
 * says why. explore-selftest drops them all, on every row and scenario,
 * and fails if anything else moves: an outcome, a counter, a broken
 * rule, the lock, irqs, another call or its arguments.
 */
#include "../engine/fk.h"

FK_TRACE_ONLY(prefetchw,
	      "a cache hint (prefetchw): it loads a line for writing and never faults, even for the NULL mm of a kernel thread");
FK_TRACE_ONLY(might_sleep,
	      "an annotation: with CONFIG_DEBUG_SPINLOCK_SLEEP it warns in atomic context, otherwise at most a voluntary preemption point; the fault does the same either way");
