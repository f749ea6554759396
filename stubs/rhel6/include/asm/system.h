/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <asm/system.h>: control registers, register reads not recorded. */
#ifndef _SHIM_ASM_SYSTEM_H
#define _SHIM_ASM_SYSTEM_H

/* cr2: the faulting address the row gives. */
unsigned long read_cr2(void);
/* cr3: current's pgd, as a host address (__va() is the identity). */
unsigned long read_cr3(void);

#endif
