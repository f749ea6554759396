/* SPDX-License-Identifier: GPL-2.0 */

#ifndef FK61_ASM_VM86_H
#define FK61_ASM_VM86_H

#include <linux/types.h>

#endif
