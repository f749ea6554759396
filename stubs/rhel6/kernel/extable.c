// SPDX-License-Identifier: GPL-2.0
/*
 * Fake of kernel/extable.c: the row's exception table is the only one
 * (the kernel's and its modules', which hold entries of kernel and module
 * text only: rows keep to that, tests/x86/world.c). The value looked for
 * is search_extable()'s (arch/x86/mm/extable.c).
 */
#include <linux/module.h>

#include <fk_x86.h>

FK_FAKE1(const struct exception_table_entry *, search_exception_tables,
	 "a => p", unsigned long, addr)
{
	const struct exception_table_entry *e = w.in->extable;
	unsigned long key = fk_extable_key(addr);
	int i;

	fk_x86_extable(addr);
	for (i = 0; i < FK_NEXTABLE; i++) {
		if (!e[i].insn || e[i].insn != key)
			continue;
		/* said only where the fill-in finds the entry: an ILP32
		 * eip has no upper half, and traces read alike on both */
		if (key != addr)
			fk_detail("looked up as %#lx", key);
		return &e[i];
	}
	return NULL;
}
