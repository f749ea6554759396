/* SPDX-License-Identifier: GPL-2.0 */
/* FRED (v6.9) joins the CPU features a row can have. */
#ifndef FK612_ASM_CPUFEATURE_H
#define FK612_ASM_CPUFEATURE_H

#include_next <asm/cpufeature.h>

#define X86_FEATURE_FRED	(X86_BUG_F00F + 1)

#endif
