/* SPDX-License-Identifier: GPL-2.0 */
/*
 * FRED (v6.9): event delivery pushes the fault address with the frame,
 * so that a nested fault cannot change it before it is read (what CR2
 * risks). Debian's 6.12 is built without CONFIG_X86_FRED, where
 * cpu_feature_enabled(X86_FEATURE_FRED) is constant false (asm/
 * cpufeature.h); a row with .fred set is for a kernel built with it, on
 * a CPU that has it. The event data is read inline from the frame: not
 * a call.
 */
#ifndef FK612_ASM_FRED_H
#define FK612_ASM_FRED_H

#include <asm/ptrace.h>

unsigned long fk612_fred_edata(struct pt_regs *regs);

static __always_inline unsigned long fred_event_data(struct pt_regs *regs)
{
	return fk612_fred_edata(regs);
}

#endif
