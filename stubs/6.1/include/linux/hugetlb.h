/* SPDX-License-Identifier: GPL-2.0 */
/* The hstate of a VM_FAULT_HWPOISON_LARGE fault gives si_addr_lsb. */
#ifndef FK61_LINUX_HUGETLB_H
#define FK61_LINUX_HUGETLB_H

#include <linux/types.h>
unsigned int hstate_index_to_shift(unsigned int index);

#endif
