/* SPDX-License-Identifier: GPL-2.0 */
/* The CPU of a row: SMAP, OSPKE, an AMD K8. Static keys, not calls. */
#ifndef FK61_ASM_CPUFEATURE_H
#define FK61_ASM_CPUFEATURE_H

#include <linux/types.h>

enum { X86_FEATURE_SMAP = 1, X86_FEATURE_OSPKE, X86_BUG_F00F };
#define X86_VENDOR_AMD	2

struct cpuinfo_x86 {
	u8 x86, x86_vendor, x86_model;
};

/* Read where fault.c reads it, so the explorer chooses it only then. */
struct cpuinfo_x86 *fk61_boot_cpu(void);
#define boot_cpu_data	(*fk61_boot_cpu())
bool cpu_feature_enabled(int feature);
#define boot_cpu_has_bug(bit)	cpu_feature_enabled(bit)

#endif
