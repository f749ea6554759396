/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RHEL 6's <linux/uaccess.h> shim, with RHEL 7.9's faulthandler_disabled()
 * (David Hildenbrand's "mm/fault, arch: Use pagefault_disable() to check
 * for disabled pagefaults in the handler", v4.2): pagefault_disabled()
 * || in_atomic(), which the rows' in_atomic() answers as one, as RHEL
 * 6's and 7.3's fault.c ask it.
 */
#ifndef _SHIM_RHEL7_LINUX_UACCESS_H
#define _SHIM_RHEL7_LINUX_UACCESS_H

#include_next <linux/uaccess.h>
#include <linux/hardirq.h>

#define faulthandler_disabled()	in_atomic()

#endif
