// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/fork.c's alloc_thread_stack_node(): with CONFIG_VMAP_STACK a
 * task's THREAD_SIZE stack is a vmalloc area with an unmapped guard page
 * on either side. Where it lies is the row's input (stack) seen from the
 * fault's address; exploring, it is chosen the first time fault.c asks
 * whether the address is a vmalloc one, which is where both 5.10's
 * no_context() and get_stack_guard_info() start looking.
 */
#include <linux/sched.h>
#include <asm/pgtable.h>

#include <fk_x86.h>

FK_DIM(d_stack, "stack", "away", "guard_below", "past_top", "under_guard",
       "beyond_top");

static int chosen;

/* a vmalloc address no row faults at, THREAD_SIZE aligned */
#define STACK_AWAY_AT	(VMALLOC_START + 0x100000)

static void place(enum k61_stack where)
{
	unsigned long page = w.in->address & PAGE_MASK;

	switch (where) {
	case STACK_GUARD_BELOW:
		w.task.stack = (void *)(page + PAGE_SIZE);
		break;
	case STACK_PAST_TOP:
		w.task.stack = (void *)(page - THREAD_SIZE);
		break;
	case STACK_UNDER_GUARD:
		w.task.stack = (void *)(page + 2 * PAGE_SIZE);
		break;
	case STACK_BEYOND_TOP:
		w.task.stack = (void *)(page - PAGE_SIZE - THREAD_SIZE);
		break;
	default:
		w.task.stack = (void *)STACK_AWAY_AT;
	}
}

void fk61_task_stack_setup(void)
{
	chosen = 0;
	place(w.in->stack);
}

/* Exploring: the first vmalloc address asked about chooses where it is. */
void fk61_task_stack_choose(void)
{
	struct fk_in *in = (struct fk_in *)w.in;

	if (!fk_exploring || in->stack || chosen++)
		return;
	in->stack = (enum k61_stack)fk_choose(&d_stack, FK_ALL(5));
	place(in->stack);
}
