// SPDX-License-Identifier: GPL-2.0
/*
 * arch/x86/platform/efi/quirks.c before c46f52231e79 (v5.12): a fault
 * outside an EFI runtime service returns at once; the model's faults are
 * never inside one (efi_rts_work.efi_rts_id is EFI_NONE).
 */
#include <linux/efi.h>

#include <fk_x86.h>

FK_VOID1(efi_recover_from_page_fault, "a", unsigned long, phys_addr)
{
}
