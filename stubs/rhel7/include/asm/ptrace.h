/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/ptrace.h>: RHEL 6's, with the flag SMAP's check reads and
 * user_64bit_mode() (is_prefetch(): a REX prefix only in 64-bit code).
 */
#ifndef _SHIM_RHEL7_ASM_PTRACE_H
#define _SHIM_RHEL7_ASM_PTRACE_H

#include_next <asm/ptrace.h>

#define X86_EFLAGS_AC	0x00040000

#define user_64bit_mode(regs)	((regs)->cs == __USER_CS)

#endif
