// SPDX-License-Identifier: GPL-2.0
/*
 * arch/x86/mm/init_64.c's sync_global_pgds(): 5.4's fault.c defines
 * vmalloc_sync_mappings() with it, which vmalloc calls, never a fault.
 */
#include <linux/sched.h>

#include <fk_x86.h>

FK_VOID2(sync_global_pgds, "a a", unsigned long, start, unsigned long, end)
{
	fk_violation("sync_global_pgds() called on the fault path");
}
