/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 5.4's kernel reads that may fault: probe_kernel_read() and
 * probe_kernel_address(), which 25f12ae45fc1 and fe557319aa06 (v5.8)
 * renamed. No copy_from_kernel_nofault_allowed() yet (eab0c6089b68,
 * v5.8): a user address reads too (stubs/5.4/mm/maccess.c).
 */
#ifndef FK54_LINUX_UACCESS_H
#define FK54_LINUX_UACCESS_H

#include_next <linux/uaccess.h>

long probe_kernel_read(void *dst, const void *src, size_t size);
#define probe_kernel_address(addr, retval) \
	probe_kernel_read(&(retval), (addr), sizeof(retval))

#endif
