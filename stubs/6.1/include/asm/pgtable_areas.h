/* SPDX-License-Identifier: GPL-2.0 */

#ifndef FK61_ASM_PGTABLE_AREAS_H
#define FK61_ASM_PGTABLE_AREAS_H

#include <asm/pgtable.h>

#endif
