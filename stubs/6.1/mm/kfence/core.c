// SPDX-License-Identifier: GPL-2.0
/*
 * mm/kfence/core.c as fault.c meets it, for a kernel built with
 * CONFIG_KFENCE (Debian's 6.12; not Debian's 6.1, where linux/kfence.h
 * makes kfence_handle_page_fault() constant false and there is no call).
 *
 * kfence_handle_page_fault() claims the fault exactly when
 * is_kfence_address() (include/linux/kfence.h) holds: the address lies
 * in __kfence_pool, KFENCE_POOL_SIZE bytes memblock gave it at boot, in
 * the direct map. It then reports and unprotects the page (true). The
 * pool exists only if KFENCE was enabled at boot: kfence_alloc_pool_and_
 * metadata() allocates nothing while kfence.sample_interval is 0, which
 * is CONFIG_KFENCE_SAMPLE_INTERVAL's value in Debian's 6.12. Whether it
 * was is an input (kfence: the configuration's default first); where the
 * pool lies is the world's (FK_KFENCE_POOL: it holds the direct-map
 * address of the space, KADDR).
 */
#include <linux/sched.h>
#include <linux/kfence.h>

#include <fk_x86.h>

#ifdef CONFIG_KFENCE
#if CONFIG_KFENCE_SAMPLE_INTERVAL
FK_DIM(d_kfence, "kfence", "on", "off");
#define KFENCE_USUAL	KFENCE_ON
#else
FK_DIM(d_kfence, "kfence", "off", "on");
#define KFENCE_USUAL	KFENCE_OFF
#endif

/* Was KFENCE enabled at boot? The row's, or the configuration's default. */
static int kfence_enabled(void)
{
	struct fk_in *in = (struct fk_in *)w.in;

	if (fk_exploring && !in->kfence)
		in->kfence = fk_choose(&d_kfence, 3) ? KFENCE_USUAL == KFENCE_ON ?
			     KFENCE_OFF : KFENCE_ON : KFENCE_USUAL;
	return (in->kfence ? in->kfence : KFENCE_USUAL) == KFENCE_ON;
}

/* include/linux/kfence.h: in the pool, and the pool is there */
bool fk_is_kfence_address(unsigned long addr)
{
	return kfence_enabled() && addr - FK_KFENCE_POOL < FK_KFENCE_POOL_SIZE;
}

/* A row may not say otherwise: the pool decides (is_kfence_address()). */
FK_FAKE3(bool, kfence_handle_page_fault, "a d p => d", unsigned long, addr,
	 bool, is_write, struct pt_regs *, regs)
{
	bool mine = fk_is_kfence_address(addr);

	if (fk61_real.kfence)
		fk61_real.kfence(addr, kfence_enabled(), mine);
	if (fk_scripted_or(mine) != mine)
		fk_violation("kfence_handle_page_fault: KFENCE claims exactly the faults in its pool (is_kfence_address(), mm/kfence/core.c)");
	if (mine)
		fk_detail("in KFENCE's pool: reported, the page unprotected");
	return mine;
}
#endif
