// SPDX-License-Identifier: GPL-2.0
/*
 * Faults a healthy program takes: minor, major, instruction fetches,
 * compat tasks, copy_from_user from the kernel with SMAP's EFLAGS.AC set,
 * and a fault the mm completes itself (VM_FAULT_COMPLETED).
 */
#include "rows.h"

static const struct fk_row rows[] = {
	{
		.name = "user_read_minor_fault",
		.in = IN(.ec = UREAD, .address = DATA_START + 8,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.trace = FK_TRACE(T_USER_ENTRY, T_LOCK("[data]"),
					  T_GOOD("[data]", FF_U)),
		},
	},
};

FK_SUITE(good_area);
