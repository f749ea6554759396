/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The 6.1 vocabulary where 5.10 (5.10.253 on) says it otherwise:
 *
 * - no vDSO fixup before a user fault's signal (334872a09198
 *   "x86/traps: Attempt to fixup exceptions in vDSO before signaling",
 *   v5.11);
 * - SEGV_PKUERR is sent twice: force_sig_pkuerr(), then
 *   force_sig_fault(SIGSEGV, SEGV_PKUERR), which finds SIGSEGV pending
 *   and queues nothing (kernel/signal.c, legacy_queue()), until
 *   5405b42c2f08 ("x86/fault: Don't send SIGSEGV twice on SEGV_PKUERR",
 *   v5.13);
 * - the overflow test of an oops in the vmalloc area reads tsk->stack,
 *   and no_context()'s own asm calls handle_stack_overflow() with its
 *   message (44b979fa302c, v5.16, made it get_stack_guard_info());
 *   efi_recover_from_page_fault() follows a test that fails;
 * - no KFENCE (1dc0da6e9ec0, v5.12).
 */
#ifndef K510_ROWS_H
#define K510_ROWS_H

#include_next <rows.h>

#undef T_VDSO_NOFIX
#define T_VDSO_NOFIX(ec)
#undef T_PKU_SIGNAL
#define T_PKU_SIGNAL(pkey)						\
	"force_sig_pkuerr(addr, " pkey ") = 0",				\
	"force_sig_fault(SIGSEGV, 4, addr) = 0 {SEGV_PKUERR}"
#undef T_STACK_OVERFLOW
#define T_STACK_OVERFLOW	T_STACK_OVERFLOW_ASM
#undef T_NOT_STACK
#define T_NOT_STACK	"efi_recover_from_page_fault(addr)"
#undef T_KFENCE
#define T_KFENCE(kf)

#endif
