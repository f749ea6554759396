// SPDX-License-Identifier: GPL-2.0
/* The 5.4 table: the 6.1 suites, then what only 5.4 has. */
#include <rows.h>

#define K54_SUITES(S) K61_SUITES(S) S(vmalloc_fault)

K54_SUITES(FK_SUITE_DECL)
const struct fk_suite *const fk_suites[] = { K54_SUITES(FK_SUITE_REF) NULL };
