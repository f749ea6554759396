/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 6.12's configuration is read like 6.1's (<fk_config.h>, from Debian's
 * linux-config-6.12 by default); what the 6.12 shim cannot be without is
 * checked here. Debian builds 6.12 without CONFIG_PER_VMA_LOCK_STATS (so
 * count_vm_vma_lock_event() is empty there; see linux/mm.h) and without
 * CONFIG_X86_FRED (the FRED test in exc_page_fault() is then constant
 * false; see asm/fred.h).
 */
#ifndef FK612_KCONFIG_H
#define FK612_KCONFIG_H

#include_next <linux/kconfig.h>

#ifndef CONFIG_PER_VMA_LOCK
#error "faultkit: the configuration has no CONFIG_PER_VMA_LOCK: the 6.12 model follows the per-VMA lock (a UP kernel has none)"
#endif

#endif
