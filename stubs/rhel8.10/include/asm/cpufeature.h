/* SPDX-License-Identifier: GPL-2.0 */
/* static_cpu_has(), which RHEL 8's smap_violation() asks: the same answer */
#ifndef FKR8_ASM_CPUFEATURE_H
#define FKR8_ASM_CPUFEATURE_H

#include_next <asm/cpufeature.h>

#define static_cpu_has(bit)	cpu_feature_enabled(bit)

#endif
