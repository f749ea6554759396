/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/traps.h>, as RHEL 7.9's fault.c reads it: the page-fault
 * error code's bits, which it takes from there as X86_PF_* (7.3's file
 * defines PF_* itself, hence a name of the shim's own for this enum),
 * and the trap's number.
 */
#ifndef _SHIM_RHEL7_ASM_TRAPS_H
#define _SHIM_RHEL7_ASM_TRAPS_H

#include_next <asm/traps.h>

enum x86_pf_error_code_shim {
	X86_PF_PROT	= 1 << 0,
	X86_PF_WRITE	= 1 << 1,
	X86_PF_USER	= 1 << 2,
	X86_PF_RSVD	= 1 << 3,
	X86_PF_INSTR	= 1 << 4,
	X86_PF_PK	= 1 << 5,
};

#define X86_TRAP_PF	14

#endif
