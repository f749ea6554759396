/* SPDX-License-Identifier: GPL-2.0 */

#ifndef FK61_ASM_VDSO_H
#define FK61_ASM_VDSO_H

#include <asm/ptrace.h>
bool fixup_vdso_exception(struct pt_regs *regs, int trapnr,
			  unsigned long error_code, unsigned long fault_addr);

#endif
