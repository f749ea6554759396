/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <asm/efi.h>: <linux/efi.h> says what the fault path reads. */
#include <linux/efi.h>
