// SPDX-License-Identifier: GPL-2.0
/* The 6.1 table: one suite per theme, in the order they run. */
#include <rows.h>

K61_SUITES(FK_SUITE_DECL)
const struct fk_suite *const fk_suites[] = { K61_SUITES(FK_SUITE_REF) NULL };
