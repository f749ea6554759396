/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/compiler.h> and friends: annotations the unit uses. */
#ifndef _SHIM_LINUX_COMPILER_H
#define _SHIM_LINUX_COMPILER_H

#include <linux/kconfig.h>

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define noinline	__attribute__((noinline))
#define __user
#define __kprobes
#define dotraplinkage
#define __always_unused	__attribute__((unused))

#endif
