/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The #PF error code bits 6.12 knows beyond 6.1's: a shadow-stack access
 * (v6.6, user shadow stacks) and an RMP violation (v6.9, SEV-SNP hosts).
 * BIT(n) in the kernel: unsigned long, as error_code is.
 */
#ifndef FK612_TRAP_PF_H
#define FK612_TRAP_PF_H

#include_next <asm/trap_pf.h>

#define X86_PF_SHSTK	(1UL << 6)
#define X86_PF_RMP	(1UL << 31)

#endif
