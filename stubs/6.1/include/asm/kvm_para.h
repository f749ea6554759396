/* SPDX-License-Identifier: GPL-2.0 */
/* KVM async #PF: a static key, then an out-of-line call. */
#ifndef FK61_ASM_KVM_PARA_H
#define FK61_ASM_KVM_PARA_H

#include <asm/ptrace.h>

bool __kvm_handle_async_pf(struct pt_regs *regs, u32 token);
bool fk61_kvm_async_pf_enabled(void);

static __always_inline bool kvm_handle_async_pf(struct pt_regs *regs, u32 token)
{
	if (fk61_kvm_async_pf_enabled())
		return __kvm_handle_async_pf(regs, token);
	return false;
}

#endif
