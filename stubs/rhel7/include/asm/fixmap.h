/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/fixmap.h>, as RHEL 7's __bad_area_nosemaphore() reads it:
 * where the vsyscall page is, and emulate_vsyscall() (vsyscall.h), which
 * an instruction fetch faulting there is given to. The rows' vsyscall
 * page is RHEL 6's, mapped natively (stubs/rhel6/fk_kernel.h offers no
 * other vsyscall= mode), so a fetch there does not fault and emulation
 * is never asked for: if it were, it declines and the SIGSEGV stands,
 * as with vsyscall=none.
 */
#ifndef _SHIM_ASM_FIXMAP_H
#define _SHIM_ASM_FIXMAP_H

#include <linux/types.h>

#define VSYSCALL_START	(-10UL << 20)

struct pt_regs;
static inline bool emulate_vsyscall(struct pt_regs *regs, unsigned long address)
{
	(void)regs; (void)address;
	return false;
}

#endif
