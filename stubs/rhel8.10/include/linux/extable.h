/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RHEL 8's fixup_exception(regs, trapnr): its 4.18 handlers take neither
 * the error code nor the address (the model's fake takes the form the
 * shim says: stubs/6.1/arch/x86/mm/extable.c).
 */
#ifndef FKR8_EXTABLE_H
#define FKR8_EXTABLE_H

#define FK_FIXUP_EXCEPTION_2ARG	1
#define FK_FIXUP_USER_MODE	1
#include_next <linux/extable.h>

#endif
