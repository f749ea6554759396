/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 2c340aab5485 ("x86/efi: Restore IRQ state in EFI page fault handler",
 * v7.1, and 7.0.y) passes the regs too, so that the handler restores
 * their IRQ state when it claims the fault. The model's handler never
 * claims one (stubs/6.1/arch/x86/mm/misc.c): either form calls it with
 * the address.
 */
#ifndef FK615_LINUX_EFI_H
#define FK615_LINUX_EFI_H

#include_next <linux/efi.h>

/* in the unit only: the fake keeps the one prototype */
#ifdef FK_FAULT_C
#define fk615_efi_address(address, ...)	(address)
#define efi_crash_gracefully_on_page_fault(...)				\
	efi_crash_gracefully_on_page_fault(fk615_efi_address(__VA_ARGS__, 0))
#endif

#endif
