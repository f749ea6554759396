/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The 6.1 vocabulary where 5.4 says it otherwise:
 *
 * - mmap_sem is released by up_read() (d8ed45c5dcd4, v5.8, made it
 *   mmap_read_unlock());
 * - handle_mm_fault() takes no regs (bce617edecad, v5.9, added them to
 *   account the fault in the mm);
 * - no FAULT_FLAG_INTERRUPTIBLE: x86 took FAULT_FLAG_DEFAULT
 *   (dde160724832, v5.7); a retry has no ALLOW_RETRY (4064b9827063,
 *   v5.7, let a fault retry more than once).
 */
#ifndef K54_ROWS_H
#define K54_ROWS_H

#include_next <rows.h>

#undef FF_INT
#define FF_INT	""
#undef T_UNLOCK
#define T_UNLOCK	"up_read(&mm->mmap_sem)"
#undef T_TRYLOCK_FAILS
#define T_TRYLOCK_FAILS	"down_read_trylock(&mm->mmap_sem) = 0"
#undef T_WAITED
#define T_WAITED							\
	"down_read(&mm->mmap_sem) {slept until the writer released it}"
#undef FF_UT
#undef FF_KT
#define FF_UT	"KILLABLE|TRIED|USER"
#define FF_KT	"KILLABLE|TRIED"
#undef T_HMF
#define T_HMF(vma, ff, ret)						\
	"handle_mm_fault(" vma ", addr, " ff ") = " ret

#endif
