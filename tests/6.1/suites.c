// SPDX-License-Identifier: GPL-2.0
/* The 6.1 table: one suite per theme, in the order they run. */
#include <rows.h>

#define K61_SUITES(S) \
	S(entry) S(kernel_space) S(good_area) S(early) S(lock) \
	S(access_error) S(bad_area) S(hmf) S(contracts)

K61_SUITES(FK_SUITE_DECL)
const struct fk_suite *const fk_suites[] = { K61_SUITES(FK_SUITE_REF) NULL };
