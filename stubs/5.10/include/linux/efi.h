/* SPDX-License-Identifier: GPL-2.0 */
/* efi_crash_gracefully_on_page_fault()'s name before c46f52231e79 (v5.12) */
#ifndef FK510_LINUX_EFI_H
#define FK510_LINUX_EFI_H

#include_next <linux/efi.h>

void efi_recover_from_page_fault(unsigned long phys_addr);

#endif
