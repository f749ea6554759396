# SPDX-License-Identifier: GPL-2.0
# The 6.12 profile: Debian's linux-source-6.12 arch/x86/mm/fault.c, whole
# and unmodified, fetched like 6.1's (or KSRC= a 6.12 tree). It is the
# 6.1 profile with only what 6.12 changed: the per-VMA lock path, shadow
# stacks, the IF-clear refusal, FRED and RMP (stubs/6.12, mm/6.12,
# tests/6.12); the 6.1 table runs here too, a row saying where 6.12
# differs (FK_ON).
PROFILE_BASE := 6.1
include tests/6.1/profile.mk

# what the shim of 6.12 reads beyond 6.1's
PROFILE_KCONFIG_OPTIONS += PER_VMA_LOCK! PER_VMA_LOCK_STATS \
	X86_USER_SHADOW_STACK AMD_MEM_ENCRYPT X86_FRED
