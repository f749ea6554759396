/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/cpufeature.h>, as RHEL 7's fault.c reads it: the CPU of
 * the rows has neither SMAP (a kernel access to a user page with EFLAGS.AC
 * clear is not refused) nor OSPKE (protection keys off, so no fault is
 * SEGV_PKUERR): those of RHEL 6's CPUs, which the rhel6 rows describe.
 * The rows that need either say so (.na, tests/rhel7).
 */
#ifndef _SHIM_ASM_CPUFEATURE_H
#define _SHIM_ASM_CPUFEATURE_H

enum { X86_FEATURE_SMAP = 1, X86_FEATURE_OSPKE };

#define boot_cpu_has(bit)	((void)(bit), 0)
#define static_cpu_has(bit)	((void)(bit), 0)

#endif
