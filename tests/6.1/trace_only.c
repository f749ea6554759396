// SPDX-License-Identifier: GPL-2.0
/*
 * 6.1's calls (and 6.12's, which builds on this profile) that are hints,
 * annotations or tracing: what the fault does does not depend on them
 * (make regress calls a patch that only adds, moves or drops them "trace
 * only"; upstream's later change that drops prefetchw() and the
 * trace_pagefault_enabled() guard is one). Reviewed like equivalent.txt:
 * an entry says why. explore-selftest drops them all, on every row and
 * scenario, and fails if anything else moves: an outcome, a counter, a
 * broken rule, the lock, irqs, another call or its arguments.
 */
#include "../engine/fk.h"

FK_TRACE_ONLY(prefetchw,
	      "a cache hint (prefetchw): it loads a line for writing and never faults, even for the NULL mm of a kernel thread");
FK_TRACE_ONLY(might_sleep,
	      "an annotation: with CONFIG_DEBUG_ATOMIC_SLEEP it warns in atomic context (the model's rule), otherwise at most a voluntary preemption point; the fault does the same either way");
FK_TRACE_ONLY(trace_page_fault_user,
	      "the exceptions:page_fault_user tracepoint: it records the fault for a tracer, nothing in the fault reads it back");
FK_TRACE_ONLY(trace_page_fault_kernel,
	      "the exceptions:page_fault_kernel tracepoint: it records the fault for a tracer, nothing in the fault reads it back");
