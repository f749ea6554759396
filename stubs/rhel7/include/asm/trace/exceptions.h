/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/trace/exceptions.h>: RHEL 7's page_fault_user and
 * page_fault_kernel tracepoints, fired by trace_do_page_fault() alone,
 * an entry the rows do not take (they enter at do_page_fault()).
 */
#ifndef _SHIM_ASM_TRACE_EXCEPTIONS_H
#define _SHIM_ASM_TRACE_EXCEPTIONS_H

#define trace_page_fault_user(address, regs, error_code)	\
	((void)(address), (void)(regs), (void)(error_code))
#define trace_page_fault_kernel(address, regs, error_code)	\
	((void)(address), (void)(regs), (void)(error_code))

#endif
