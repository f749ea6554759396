// SPDX-License-Identifier: GPL-2.0
/*
 * arch/x86/mm/kmmio.c as fault.c's kmmio_fault() meets it: mmiotrace
 * (CONFIG_MMIOTRACE, on in Debian's 6.1 and 6.12), active only while the
 * tracer runs, an input (kmmio_active, off first).
 *
 * kmmio_handler() walks init_mm's page tables (lookup_address()): a user
 * address has no entry there (-EINVAL). It claims a fault (1) only on a
 * page one of its probes armed: mmiotrace arms ioremap() mappings, which
 * x86_64 places in the vmalloc area, by clearing the present bit, so such
 * a fault is a not-present one. Whether the page is armed is an input
 * there (kmmio_handler); anywhere else the answer is 0.
 */
#include <linux/sched.h>
#include <linux/mmiotrace.h>

#include <fk_x86.h>

#ifdef CONFIG_MMIOTRACE
#define EINVAL	22

FK_DIM(d_kmmio, "kmmio_active", "0", "1");
FK_DIM(d_kmmio_handler, "kmmio_handler", "0", "1");

/* mmiotrace: the row's, or the explorer's when first asked */
int is_kmmio_active(void)
{
	const struct fk_in *in = w.in;

	if (fk_exploring && !in->kmmio && fk_choose(&d_kmmio, 3))
		((struct fk_in *)in)->kmmio = 1;
	return in->kmmio;
}

/* An ioremap() mapping, armed: not present, in the vmalloc area. */
static int may_be_armed(unsigned long addr)
{
	return addr >= VMALLOC_START && addr < VMALLOC_END &&
	       !(w.ec & X86_PF_PROT);
}

FK_FAKE2(int, kmmio_handler, "p a => d", struct pt_regs *, regs,
	 unsigned long, addr)
{
	static const long values[] = { 0, 1 };

	if (addr < TASK_SIZE_MAX) {
		fk_x86_no("init_mm maps no user address: mmiotrace arms only ioremap() pages (kmmio.c)");
		return -EINVAL;
	}
	if (!may_be_armed(addr))
		return (int)fk_x86_no("mmiotrace arms only ioremap() pages, by clearing their present bit (kmmio.c)");
	return (int)fk_x86_answer(&d_kmmio_handler, 3, values, 0);
}
#endif
