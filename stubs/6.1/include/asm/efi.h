/* SPDX-License-Identifier: GPL-2.0 */

#ifndef FK61_ASM_EFI_H
#define FK61_ASM_EFI_H

#include <linux/efi.h>

#endif
