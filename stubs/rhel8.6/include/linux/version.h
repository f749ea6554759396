/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RHEL 8.6 and 8.7's mm as their fault.c shows it: the mmap locking API
 * (v5.8) and retries with FAULT_FLAG_TRIED (v5.7), but a three-argument
 * handle_mm_fault() that counts nothing (bce617edecad and 968614fc7b84,
 * v5.9, came in 8.8): 5.8's, as far as the model reads the version.
 */
#ifndef FKR86_VERSION_H
#define FKR86_VERSION_H

#define LINUX_VERSION_CODE	KERNEL_VERSION(5, 8, 0)
#include_next <linux/version.h>

#endif
