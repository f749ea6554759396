/* SPDX-License-Identifier: GPL-2.0 */
/* VSYSCALL_ADDR lives in asm/pgtable.h here. */
#ifndef FK61_ASM_FIXMAP_H
#define FK61_ASM_FIXMAP_H

#include <asm/pgtable.h>

#endif
