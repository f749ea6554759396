/* SPDX-License-Identifier: GPL-2.0 */
/* task_stack_end_corrupted() lives in linux/sched.h here. */
#ifndef FK61_LINUX_SCHED_TASK_STACK_H
#define FK61_LINUX_SCHED_TASK_STACK_H

#include <linux/sched.h>
#include <linux/sched/signal.h>

#endif
