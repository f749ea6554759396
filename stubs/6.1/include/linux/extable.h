/* SPDX-License-Identifier: GPL-2.0 */
/* The exception table and fixup_exception() (arch/x86/mm/extable.c). */
#ifndef FK61_LINUX_EXTABLE_H
#define FK61_LINUX_EXTABLE_H

#include <asm/ptrace.h>

struct exception_table_entry {
	unsigned long insn, fixup;
};

const struct exception_table_entry *search_exception_tables(unsigned long add);
/* Whether fault.c asks for a fixup of a user-mode fault (an implicit
 * supervisor access): RHEL 8's no_context() does, first. */
#ifndef FK_FIXUP_USER_MODE
#define FK_FIXUP_USER_MODE	0
#endif

#ifdef FK_FIXUP_EXCEPTION_2ARG	/* 4.19's, before it took both */
int fixup_exception(struct pt_regs *regs, int trapnr);
#else
int fixup_exception(struct pt_regs *regs, int trapnr, unsigned long error_code,
		    unsigned long fault_addr);
#endif

#endif
