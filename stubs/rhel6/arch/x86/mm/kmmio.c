// SPDX-License-Identifier: GPL-2.0
/* Fakes of arch/x86/mm/kmmio.c: mmiotrace, off unless a row turns it on. */
#include <linux/mmiotrace.h>

#include <fk_x86.h>

FK_DIM(d_kmmio, "kmmio_active", "0", "1");
FK_DIM(d_kmmio_handler, "kmmio_handler", "0", "1");

FK_FAKE0(int, is_kmmio_active, "=> d")
{
	return fk_x86_either(&d_kmmio, 0);
}

/* 1 when mmiotrace claimed the fault. */
FK_FAKE2(int, kmmio_handler, "p a => d", struct pt_regs *, regs,
	 unsigned long, addr)
{
	(void)regs;
	(void)addr;
	return fk_x86_either(&d_kmmio_handler, 0);
}
