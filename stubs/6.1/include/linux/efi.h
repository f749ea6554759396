/* SPDX-License-Identifier: GPL-2.0 */

#ifndef FK61_LINUX_EFI_H
#define FK61_LINUX_EFI_H

#include <linux/types.h>
void efi_crash_gracefully_on_page_fault(unsigned long phys_addr);

#endif
