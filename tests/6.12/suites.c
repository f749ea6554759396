// SPDX-License-Identifier: GPL-2.0
/* The 6.12 table: the 6.1 suites, then what only 6.12 has. */
#include <rows.h>

#define K612_SUITES(S) \
	K61_SUITES(S) S(vma_lock) S(shadow_stack) S(entry_changes)

K612_SUITES(FK_SUITE_DECL)
const struct fk_suite *const fk_suites[] = { K612_SUITES(FK_SUITE_REF) NULL };
