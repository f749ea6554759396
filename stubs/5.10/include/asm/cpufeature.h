/* SPDX-License-Identifier: GPL-2.0 */
/* boot_cpu_has(), which 5.10's fault.c asks for OSPKE: the same answer */
#ifndef FK510_ASM_CPUFEATURE_H
#define FK510_ASM_CPUFEATURE_H

#include_next <asm/cpufeature.h>

#define boot_cpu_has(bit)	cpu_feature_enabled(bit)

#endif
