/* SPDX-License-Identifier: GPL-2.0 */
/* Control registers, kernel text bounds, CPU topology. */
#ifndef FK61_ASM_PROCESSOR_H
#define FK61_ASM_PROCESSOR_H

#include <linux/types.h>

#define X86_CR4_SMEP	(1UL << 20)

/* asm/page_64_types.h: a task's stack, 16 KiB without KASAN */
#define THREAD_SIZE	(4UL << 12)

unsigned long read_cr2(void);
unsigned long read_cr3_pa(void);
unsigned long __read_cr4(void);
int topology_core_id(int cpu);
int topology_physical_package_id(int cpu);

/* The kernel text, where rows put their instruction pointers. */
#define _stext	((char *)0xffffffff81000000UL)
#define _etext	((char *)0xffffffff81600000UL)

struct user_namespace { int level; };
extern struct user_namespace init_user_ns;
kuid_t current_uid(void);
unsigned int from_kuid(struct user_namespace *ns, kuid_t uid);

#endif
