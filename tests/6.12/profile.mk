# SPDX-License-Identifier: GPL-2.0
# The 6.12 profile: Debian's linux-source-6.12 arch/x86/mm/fault.c, whole
# and unmodified, fetched like 6.1's (or KSRC= a 6.12 tree). It is the
# 6.1 profile with only what 6.12 changed: the per-VMA lock path, shadow
# stacks, the IF-clear refusal, FRED and RMP (stubs/6.12, mm/6.12,
# tests/6.12); the 6.1 table runs here too, a row saying where 6.12
# differs (FK_ON).

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): 6.12.y, whose file takes the vma's lock first, reads FRED's
# event data (v6.9) and signals an access error under the vma's lock
# (bc7996c864bf, v6.10: a NULL mm to bad_area_access_error(), which
# tells it from 6.9's); 6.10.y and 6.11.y, whose file is 6.12.0's
# with unreachable() where 6.12 has BUG() (read: 6.10.0 and 6.11.11, one
# file); and 6.13 and 6.14, whose file is 6.12.19's (6.13) and then
# without its include of linux/extable.h (6.14), with the same mm as
# far as fault.c sees it (lock_vma_under_rcu(), lock_mm_and_find_vma(),
# expand_stack(), handle_mm_fault()). Its shim has asm/trace/
# exceptions.h, not the trace/events/exceptions.h of v6.16 on, and no
# vsyscall emulation through sig_on_uaccess_err.
PICK.6.12.versions := 6.10..6.14
PICK.6.12.needs += \<exc_page_fault\>
PICK.6.12.refuses += <trace/events/exceptions\.h>
PICK.6.12.refuses += \<sig_on_uaccess_err\>
PICK.6.12.has += \<lock_vma_under_rcu\>
PICK.6.12.has += \<fred_event_data\>
PICK.6.12.has += bad_area_access_error\(regs, error_code, address, NULL, vma\)
PROFILE_BASE += 6.1
include tests/6.1/profile.mk

# what the shim of 6.12 reads beyond 6.1's
PROFILE_KCONFIG_OPTIONS += PER_VMA_LOCK! PER_VMA_LOCK_STATS \
	X86_USER_SHADOW_STACK AMD_MEM_ENCRYPT X86_FRED
