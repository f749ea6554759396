/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The vocabulary where RHEL 8.10 says it otherwise than 5.4, whose
 * profile it runs on: it took 334872a09198 ("x86/traps: Attempt to fixup
 * exceptions in vDSO before signaling", v5.11) and 5405b42c2f08
 * ("x86/fault: Don't send SIGSEGV twice on SEGV_PKUERR", v5.13), so a
 * user fault's signal asks the vDSO first, and SEGV_PKUERR goes once.
 */
#ifndef KR8_ROWS_H
#define KR8_ROWS_H

#include_next <rows.h>

#undef T_VDSO_NOFIX
#define T_VDSO_NOFIX(ec)						\
	"fixup_vdso_exception(regs, 14, " ec ", addr) = 0",
#undef T_PKU_SIGNAL
#define T_PKU_SIGNAL(pkey)	"force_sig_pkuerr(addr, " pkey ") = 0"

#endif
