/* SPDX-License-Identifier: GPL-2.0 */
/* max_low_pfn: only the 32-bit dump_pagetable() reads it. */
#ifndef FK61_LINUX_MEMBLOCK_H
#define FK61_LINUX_MEMBLOCK_H

#include <linux/types.h>
extern unsigned long max_low_pfn;

#endif
