/* SPDX-License-Identifier: GPL-2.0 */
#ifndef FK61_COMPILER_H
#define FK61_COMPILER_H

#include <linux/kconfig.h>

#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)
#define noinline		__attribute__((noinline))
#undef __always_inline		/* glibc has its own */
#define __always_inline		inline __attribute__((always_inline))
#define nokprobe_inline		__always_inline
#define __visible
#define noinstr
#define notrace
#define __init
#define __user
#define __force
#define __used			__attribute__((used))
#define unreachable()		__builtin_unreachable()
#define barrier()		__asm__ __volatile__("" : : : "memory")
#define NOKPROBE_SYMBOL(fname)	extern int fk_nokprobe_##fname
#define EXPORT_SYMBOL(sym)	extern int fk_export_##sym
#define EXPORT_SYMBOL_GPL(sym)	extern int fk_export_##sym

#endif
