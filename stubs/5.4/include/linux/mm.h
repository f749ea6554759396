/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What 5.4's fault.c calls before the mmap locking API (d8ed45c5dcd4,
 * v5.8): the rwsem calls on mm->mmap_sem (include/linux/rwsem.h), whose
 * model is mm/5.4/rwsem.c.
 */
#ifndef FK54_LINUX_MM_H
#define FK54_LINUX_MM_H

#include_next <linux/mm.h>

int down_read_trylock(struct rw_semaphore *sem);
void down_read(struct rw_semaphore *sem);
void up_read(struct rw_semaphore *sem);

#endif
