/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What Debian's 6.12 amd64 configuration (linux-config-6.12) adds to the
 * 6.1 one, as far as fault.c and what it calls look at it. Left out on
 * purpose: CONFIG_PER_VMA_LOCK_STATS (so count_vm_vma_lock_event() is
 * empty in Debian's build; see linux/mm.h) and CONFIG_X86_FRED (the
 * FRED test in exc_page_fault() is constant false there; see asm/fred.h).
 */
#ifndef FK612_KCONFIG_H
#define FK612_KCONFIG_H

#define CONFIG_PER_VMA_LOCK 1
#define CONFIG_X86_USER_SHADOW_STACK 1
#define CONFIG_AMD_MEM_ENCRYPT 1

#include_next <linux/kconfig.h>

#endif
