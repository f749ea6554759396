/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 5.4's #PF entry point, before the v5.8 entry rework: the asm entry
 * reads cr2 and calls do_page_fault(regs, error_code, address).
 */
#ifndef FK54_ASM_TRAPS_H
#define FK54_ASM_TRAPS_H

#include_next <asm/traps.h>

#define dotraplinkage
#undef FK_ENTER_FAULT
#ifdef FK_PF_ENTRY_READS_CR2
/* before a0d14b8909de (v5.3) do_page_fault() read cr2 itself */
void do_page_fault(struct pt_regs *regs, unsigned long error_code);
#define FK_ENTER_FAULT(regs, error_code)	do_page_fault(regs, error_code)
#else
void do_page_fault(struct pt_regs *regs, unsigned long error_code,
		   unsigned long address);
#define FK_ENTER_FAULT(regs, error_code)				\
	do_page_fault(regs, error_code, read_cr2())
#endif
#undef FK_IDTENTRY
#define FK_IDTENTRY	0

#endif
