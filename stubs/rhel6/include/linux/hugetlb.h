/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/hugetlb.h>: hstate_index_to_shift() is the order of the
 * hstate the boot registered at that index (the world's: 2 MiB alone by
 * default, 1 GiB first with hugepagesz=1G).
 */
#ifndef _SHIM_LINUX_HUGETLB_H
#define _SHIM_LINUX_HUGETLB_H

unsigned int fk_x86_hstate_shift(unsigned int index);

static inline unsigned int hstate_index_to_shift(unsigned int index)
{
	return fk_x86_hstate_shift(index);
}

#endif
