// SPDX-License-Identifier: GPL-2.0
/* Fake of kernel/extable.c: the row's exception table is the only one. */
#include <linux/module.h>

#include <fk_x86.h>

FK_FAKE1(const struct exception_table_entry *, search_exception_tables,
	 "a => p", unsigned long, addr)
{
	const struct exception_table_entry *e = w.in->extable;
	int i;

	fk_x86_extable(addr);
	for (i = 0; i < FK_NEXTABLE; i++)
		if (e[i].insn && e[i].insn == addr)
			return &e[i];
	return NULL;
}
