/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/uaccess.h>: probe_kernel_address(), a read that cannot
 * fault. What it can read is the row's instruction bytes at ip and the
 * world's page tables (mm/maccess.c).
 */
#ifndef _SHIM_LINUX_UACCESS_H
#define _SHIM_LINUX_UACCESS_H

#include <linux/types.h>

/* 0, or -EFAULT where nothing is mapped. */
long probe_kernel_read(void *dst, const void *src, size_t size);

#define probe_kernel_address(addr, retval)				\
	probe_kernel_read(&(retval), (const void *)(addr), sizeof(retval))

#endif
