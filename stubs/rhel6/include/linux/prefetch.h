/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/prefetch.h>: only the address matters, never read. */
#ifndef _SHIM_LINUX_PREFETCH_H
#define _SHIM_LINUX_PREFETCH_H

void prefetchw(const void *x);

#endif
