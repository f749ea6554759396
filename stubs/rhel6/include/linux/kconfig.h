/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The configuration RHEL6's kernel is built with, as far as the fault
 * path tests it: RHEL 6.5's own options (tests/rhel6/kconfig), a tree's
 * .config with KSRC=, or any with KCONFIG=, written into <fk_config.h>
 * by tests/x86/kconfig.sh (mk/kconfig.mk). The kernel force-includes its
 * autoconf.h; the shim's compiler.h, which every shim header reaches,
 * includes this. Whether the build is 32 or 64-bit is the build's.
 */
#ifndef _SHIM_LINUX_KCONFIG_H
#define _SHIM_LINUX_KCONFIG_H

#include <fk_config.h>

#if __SIZEOF_LONG__ == 8
#ifndef CONFIG_X86_64
#define CONFIG_X86_64		1
#endif
#else
#undef CONFIG_X86_64
#define CONFIG_X86_32		1
#endif

#endif
