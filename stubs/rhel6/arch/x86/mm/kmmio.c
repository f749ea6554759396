// SPDX-License-Identifier: GPL-2.0
/* Fakes of arch/x86/mm/kmmio.c: mmiotrace, off unless a row turns it on. */
#include <linux/mmiotrace.h>

#include <fk_x86.h>

FK_FAKE0(int, is_kmmio_active, "=> d")
{
	return fk_scripted_or(0);
}

/* 1 when mmiotrace claimed the fault. */
FK_FAKE2(int, kmmio_handler, "p a => d", struct pt_regs *, regs,
	 unsigned long, addr)
{
	(void)regs;
	(void)addr;
	return fk_scripted_or(0);
}
