/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The vocabulary where RHEL 8.6 and 8.7 say it otherwise than 8.8:
 * SEGV_PKUERR is sent twice, force_sig_pkuerr() then force_sig_fault()
 * (5405b42c2f08, v5.13, which made it once, came in 8.8).
 */
#ifndef KR86_ROWS_H
#define KR86_ROWS_H

#include_next <rows.h>

#undef T_PKU_SIGNAL
#define T_PKU_SIGNAL(pkey)						\
	"force_sig_pkuerr(addr, " pkey ") = 0",				\
	"force_sig_fault(SIGSEGV, 4, addr) = 0 {SEGV_PKUERR}"

#endif
