/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RHEL 8's emulate_vsyscall(regs, address): 4.18's, called for an
 * instruction fetch alone (stubs/6.1/arch/x86/mm/misc.c).
 */
#ifndef FKR8_ASM_VSYSCALL_H
#define FKR8_ASM_VSYSCALL_H

#define FK_EMULATE_VSYSCALL_2ARG	1
#include_next <asm/vsyscall.h>

#endif
