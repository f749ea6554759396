/* SPDX-License-Identifier: GPL-2.0 */
/* is_vmalloc_addr(), which the 6.1 shim declares in linux/mm.h. */
#ifndef FK612_LINUX_VMALLOC_H
#define FK612_LINUX_VMALLOC_H

#include <linux/mm.h>

#endif
