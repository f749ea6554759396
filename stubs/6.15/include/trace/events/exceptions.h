/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The page_fault_user/kernel trace points, generic since 06aa9378df01
 * ("x86/tracing, x86/mm: Move page fault tracepoints to generic", v6.16):
 * the same events as asm/trace/exceptions.h had. fault.c calls them
 * unconditionally since d49ae4172cff ("x86/tracing, x86/mm: Remove
 * redundant trace_pagefault_key", v6.16); each is off until traced.
 */
#ifndef FK615_TRACE_EVENTS_EXCEPTIONS_H
#define FK615_TRACE_EVENTS_EXCEPTIONS_H

#include <asm/trace/exceptions.h>

#endif
