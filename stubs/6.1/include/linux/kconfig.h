/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The configuration the 6.1 unit is built for: Debian's x86_64 kernel,
 * as far as fault.c looks at it. IS_ENABLED() works as the kernel's does
 * (defined to 1 means on, undefined means off).
 */
#ifndef FK61_KCONFIG_H
#define FK61_KCONFIG_H

#define CONFIG_X86_64 1
#define CONFIG_CPU_SUP_AMD 1
#define CONFIG_VMAP_STACK 1
#define CONFIG_EFI 1
#define CONFIG_MEMORY_FAILURE 1
#define CONFIG_KFENCE 1
#define CONFIG_X86_INTEL_MEMORY_PROTECTION_KEYS 1
#define CONFIG_LOCK_MM_AND_FIND_VMA 1

#define __FK_ARG_PLACEHOLDER_1 0,
#define __fk_take_second_arg(__ignored, val, ...) val
#define __fk_is_defined(x) ___fk_is_defined(x)
#define ___fk_is_defined(val) ____fk_is_defined(__FK_ARG_PLACEHOLDER_##val)
#define ____fk_is_defined(arg1_or_junk) \
	__fk_take_second_arg(arg1_or_junk 1, 0)
#define IS_ENABLED(option) __fk_is_defined(option)

#endif
