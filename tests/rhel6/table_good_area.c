// SPDX-License-Identifier: GPL-2.0
/* User faults in a good area: the path a healthy program takes. */
#include "rows.h"

const struct fk_row rows_good_area[] = {
	{
		.name = "user_read_text_minor_fault",
		.in = IN(.ec = PF_USER, .address = TEXT_START + 0x10,
			 .vmas = { VMA_TEXT }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.trace = FK_TRACE(T_USER_ENTRY, T_LOCK,
				"find_vma(mm, addr) = [text]",
				"access_error(PF_USER, 0, [text]) = 0",
				"handle_mm_fault(mm, [text], addr, ALLOW_RETRY|KILLABLE) = 0",
				T_DONE_MIN),
		},
	},
};
