/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/efi.h> and <asm/efi.h>, as RHEL 7.9's no_context() reads
 * them: no row runs in an EFI runtime service, so a kernel fault is never
 * firmware's to recover from and the oops goes on.
 */
#ifndef _SHIM_LINUX_EFI_H
#define _SHIM_LINUX_EFI_H

static inline void efi_recover_from_page_fault(unsigned long addr)
{
	(void)addr;
}

#endif
