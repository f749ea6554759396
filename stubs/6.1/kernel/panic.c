// SPDX-License-Identifier: GPL-2.0
/* WARN and BUG: a warning is recorded; BUG() never returns. */
#include <linux/sched.h>

#include <fk_x86.h>

FK_VOID1(__warn, "s", const char *, cond)
{
}

FK_VOID0(BUG, "")
{
	fk_noreturn("BUG()");
}
