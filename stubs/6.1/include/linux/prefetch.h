/* SPDX-License-Identifier: GPL-2.0 */

#ifndef FK61_LINUX_PREFETCH_H
#define FK61_LINUX_PREFETCH_H

#include <linux/types.h>
void prefetchw(const void *x);

#endif
