/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RHEL 8.8's mm as its fault.c shows it: rhel8.10's but for
 * VM_FAULT_COMPLETED (d92725256b4f, v6.0), which it neither answers nor
 * tests; 5.15's, as far as the model reads the version.
 */
#ifndef FKR88_VERSION_H
#define FKR88_VERSION_H

#ifndef LINUX_VERSION_CODE	/* a profile built on it: its own */
#define LINUX_VERSION_CODE	KERNEL_VERSION(5, 15, 0)
#endif
#include_next <linux/version.h>

#endif
