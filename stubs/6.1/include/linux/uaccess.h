/* SPDX-License-Identifier: GPL-2.0 */
/*
 * User and kernel accesses that may fault. pagefault_disable() nests;
 * faulthandler_disabled() reads the row (in_atomic() or a disabled
 * pagefault handler). Instruction bytes come from the row (is_prefetch).
 */
#ifndef FK61_LINUX_UACCESS_H
#define FK61_LINUX_UACCESS_H

#include <linux/types.h>
void pagefault_disable(void);
void pagefault_enable(void);
bool faulthandler_disabled(void);
long copy_from_kernel_nofault(void *dst, const void *src, size_t size);
int __get_user_1(unsigned char *val, const void __user *ptr);

#define get_kernel_nofault(val, ptr) \
	copy_from_kernel_nofault(&(val), (ptr), sizeof(val))
#define get_user(x, ptr)	__get_user_1(&(x), (ptr))

#endif
