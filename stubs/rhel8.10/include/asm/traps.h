/* SPDX-License-Identifier: GPL-2.0 */
/* RHEL 8's do_page_fault(regs, error_code) reads cr2 itself, as 4.18's. */
#ifndef FKR8_ASM_TRAPS_H
#define FKR8_ASM_TRAPS_H

#define FK_PF_ENTRY_READS_CR2	1
#include_next <asm/traps.h>

#endif
