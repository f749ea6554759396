/* SPDX-License-Identifier: GPL-2.0 */
/*
 * FRED (v6.9) joins the CPU features a row can have, where the
 * configuration builds it in (CONFIG_X86_FRED). Without it the kernel's
 * asm/disabled-features.h makes cpu_feature_enabled(X86_FEATURE_FRED)
 * constant false (DISABLE_FRED), and so does this header: the compiler
 * drops the branch, and no row can have FRED.
 */
#ifndef FK612_ASM_CPUFEATURE_H
#define FK612_ASM_CPUFEATURE_H

#include_next <asm/cpufeature.h>

#define X86_FEATURE_FRED	(X86_BUG_F00F + 1)

#ifndef CONFIG_X86_FRED
#define cpu_feature_enabled(f)						\
	(__builtin_constant_p(f) && (f) == X86_FEATURE_FRED ? false :	\
	 (cpu_feature_enabled)(f))
#endif

#endif
