/* SPDX-License-Identifier: GPL-2.0 */
/* RHEL 6's <asm/system.h> shim, with cr3's page-table address alone. */
#ifndef _SHIM_RHEL7_ASM_SYSTEM_H
#define _SHIM_RHEL7_ASM_SYSTEM_H

#include_next <asm/system.h>
#include <asm/page.h>

#define read_cr3_pa()	(read_cr3() & PAGE_MASK)

#endif
