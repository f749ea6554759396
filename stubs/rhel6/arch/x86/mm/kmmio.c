// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of arch/x86/mm/kmmio.c, for a kernel built with CONFIG_MMIOTRACE
 * (RHEL 6.5 is not): the tracer is on or off (an input); kmmio_handler()
 * looks the address up in init_mm (lookup_address()), which maps no user
 * page (-EINVAL), and claims a fault only on an ioremap() page one of its
 * probes armed by clearing its present bit: in the vmalloc area, and a
 * not-present fault.
 */
#include <linux/mmiotrace.h>

#include <fk_x86.h>

#ifdef CONFIG_MMIOTRACE
#define EINVAL	22

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
	static const long values[] = { 0, 1 };

	(void)regs;
	if (addr < TASK_SIZE_MAX) {
		fk_x86_no("init_mm maps no user address: mmiotrace arms only ioremap() pages (kmmio.c)");
		return -EINVAL;
	}
	if (addr < VMALLOC_START || addr >= VMALLOC_END || (w.ec & FK_PF_PROT))
		return (int)fk_x86_no("mmiotrace arms only ioremap() pages, by clearing their present bit (kmmio.c)");
	return (int)fk_x86_answer(&d_kmmio_handler, 3, values, 0);
}
#endif
