/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/hugetlb.h>: hstate index to page shift (2M, then 1G). */
#ifndef _SHIM_LINUX_HUGETLB_H
#define _SHIM_LINUX_HUGETLB_H

static inline unsigned int hstate_index_to_shift(unsigned int index)
{
	return index ? 30 : 21;
}

#endif
