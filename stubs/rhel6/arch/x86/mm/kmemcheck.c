// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of the kmemcheck hooks (<asm/kmemcheck.h>). RHEL6 builds with
 * CONFIG_KMEMCHECK=n, where they are false; rows script them to reach the
 * branches that a kmemcheck kernel takes.
 */
#include <asm/kmemcheck.h>

#include <fk_x86.h>

FK_DIM(d_kmemcheck, "kmemcheck_active", "0", "1");
FK_DIM(d_kmemcheck_fault, "kmemcheck_fault", "0", "1");

FK_FAKE1(bool, kmemcheck_active, "p => d", struct pt_regs *, regs)
{
	(void)regs;
	return fk_x86_either(&d_kmemcheck, 0);
}

FK_VOID1(kmemcheck_hide, "p", struct pt_regs *, regs)
{
	(void)regs;
}

FK_FAKE3(bool, kmemcheck_fault, "p a pf => d", struct pt_regs *, regs,
	 unsigned long, address, unsigned long, error_code)
{
	(void)regs;
	(void)address;
	(void)error_code;
	return fk_x86_either(&d_kmemcheck_fault, 0);
}
