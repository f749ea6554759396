/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The configuration the 6.1 unit is built for: the kernel's own .config
 * (Debian's linux-config-6.1 by default, a tree's with KSRC=, any with
 * KCONFIG=), as far as fault.c and the shim look at it: tests/x86/
 * kconfig.sh writes <fk_config.h> from it (mk/kconfig.mk). IS_ENABLED()
 * works as the kernel's does (defined to 1 means on, undefined off).
 */
#ifndef FK61_KCONFIG_H
#define FK61_KCONFIG_H

#include <fk_config.h>

/* What the shim cannot be without: one message instead of many (the
 * profile's options marked X! are refused before, by kconfig.sh). */
#ifndef CONFIG_X86_64
#error "faultkit: the configuration is not x86_64 (no CONFIG_X86_64): the 6.x shims build x86_64 kernels only"
#endif

#define __FK_ARG_PLACEHOLDER_1 0,
#define __fk_take_second_arg(__ignored, val, ...) val
#define __fk_is_defined(x) ___fk_is_defined(x)
#define ___fk_is_defined(val) ____fk_is_defined(__FK_ARG_PLACEHOLDER_##val)
#define ____fk_is_defined(arg1_or_junk) \
	__fk_take_second_arg(arg1_or_junk 1, 0)
#define IS_ENABLED(option) __fk_is_defined(option)

#endif
