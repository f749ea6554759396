/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/module.h>, <linux/extable.h> and <asm/uaccess.h>. */
#ifndef _SHIM_LINUX_MODULE_H
#define _SHIM_LINUX_MODULE_H

#include <asm/ptrace.h>
#include <linux/uaccess.h>

struct exception_table_entry {
	unsigned long insn, fixup;
};

const struct exception_table_entry *
search_exception_tables(unsigned long add);
int fixup_exception(struct pt_regs *regs);

#endif
