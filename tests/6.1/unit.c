// SPDX-License-Identifier: GPL-2.0
/*
 * The 6.1 harness unit: it #includes the whole of Debian's 6.1
 * arch/x86/mm/fault.c, unmodified, as the kernel's tools/testing/vma
 * includes mm/vma.c. The file defines all its own helpers (no_context is
 * gone; kernelmode_fixup_or_oops, page_fault_oops, the bad_area family),
 * so nothing of it is faked: only what it calls outside itself, through
 * the shim headers in stubs/6.1/include.
 */
#ifndef FK_FAULT_C
#error "FK_FAULT_C names the 6.1 fault.c (the Makefile sets it)"
#endif
#include FK_FAULT_C

#include <fk_x86.h>

void fk_unit_enter(const struct fk_in *in);

/*
 * The file's own show_unhandled_signals is set here, by the unit: a pair
 * binary (make regress) links two units, each with its own.
 */
void fk_unit_enter(const struct fk_in *in)
{
	show_unhandled_signals = !in->quiet;
	FK_ENTER_FAULT(&w.regs, in->ec);
}
