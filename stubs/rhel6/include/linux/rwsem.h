/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/rwsem.h>. The model (mm/rhel6/rwsem.c) counts readers,
 * and a row can say a writer holds the lock so that trylock fails.
 */
#ifndef _SHIM_LINUX_RWSEM_H
#define _SHIM_LINUX_RWSEM_H

struct rw_semaphore {
	int readers;		/* read holds taken by this task */
	int writer;		/* held for write by this task (never here) */
	int contended;		/* a writer holds or waits: no trylock */
	int taken;		/* successful acquisitions, for counters */
	int taken_write;
	int waited;		/* down_read() calls that would have slept */
};

int down_read_trylock(struct rw_semaphore *sem);
void down_read(struct rw_semaphore *sem);
void up_read(struct rw_semaphore *sem);

#endif
