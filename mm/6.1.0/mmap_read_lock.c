// SPDX-License-Identifier: GPL-2.0
/*
 * mmap_read_lock() for 6.1 before 6.1.37, whose fault.c took mmap_lock
 * itself: after a failed trylock, a wait no signal ends (the killable
 * wait came with lock_mm_and_find_vma(), eda0047296a1). The rest of the
 * lock is the 6.1 model's (mm/6.1/mmap_lock.c).
 */
#include <linux/sched.h>

#include <fk_x86.h>

FK_VOID1(mmap_read_lock, "p", struct mm_struct *, mm)
{
	fk61_read_lock(mm, "mmap_read_lock", false);
}
