// SPDX-License-Identifier: GPL-2.0
/* The 6.1 table: one suite per theme, in the order they run. */
#include "rows.h"

#define S(name) extern const struct fk_suite k61_suite_##name;
#define K61_SUITES \
	S(entry) S(kernel_space) S(good_area) S(early) S(lock) \
	S(access_error) S(bad_area) S(hmf) S(contracts)
K61_SUITES
#undef S

#define S(name) &k61_suite_##name,
const struct fk_suite *const k61_suites[] = { K61_SUITES NULL };
