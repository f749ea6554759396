/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/uaccess.h reaches asm/uaccess.h and with it asm/extable.h, where
 * the kernel declares fixup_exception(): fault.c has it from there since
 * aa135d1d0902 ("x86/mm: Remove unnecessary include of <linux/extable.h>",
 * v6.14) dropped its own include. The 6.1 shim keeps fixup_exception()
 * in linux/extable.h, included here as the kernel's headers would.
 */
#ifndef FK612_LINUX_UACCESS_H
#define FK612_LINUX_UACCESS_H

#include_next <linux/uaccess.h>
#include <linux/extable.h>

#endif
