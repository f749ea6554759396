/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The 6.1 vocabulary, where 6.1 before 6.1.37 finds a vma otherwise:
 * fault.c takes mmap_lock and calls find_vma() itself, no
 * lock_mm_and_find_vma() around them (c2508ec5a58d came in 6.1.37).
 */
#ifndef K610_ROWS_H
#define K610_ROWS_H

#include_next <rows.h>

#undef T_LOCK
#undef T_NO_VMA
#undef T_LOCK_NONE
#define T_LOCK(vma)	"find_vma(mm, addr) = " vma
#define T_NO_VMA(vma)	T_LOCK(vma), T_UNLOCK
#define T_LOCK_NONE	T_LOCK("NULL")

#endif
