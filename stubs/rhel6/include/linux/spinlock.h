/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/spinlock.h>: one task, no contention on spinlocks. */
#ifndef _SHIM_LINUX_SPINLOCK_H
#define _SHIM_LINUX_SPINLOCK_H

#include <linux/types.h>

#define DEFINE_SPINLOCK(x)	spinlock_t x = { 0 }

static inline void spin_lock(spinlock_t *lock)
{
	lock->locked++;
}

static inline void spin_unlock(spinlock_t *lock)
{
	lock->locked--;
}

#endif
