// SPDX-License-Identifier: GPL-2.0
/* The RHEL6 table: one suite per theme, in the order they run. */
#include "rows.h"

#define S(name) extern const struct fk_suite rhel6_suite_##name;
#define RHEL6_SUITES \
	S(kernel_space) S(good_area) S(trylock) S(stack) S(access_error) \
	S(bad_area) S(retry) S(hmf_error) S(early) S(contracts)
RHEL6_SUITES
#undef S

#define S(name) &rhel6_suite_##name,
const struct fk_suite *const rhel6_suites[] = { RHEL6_SUITES NULL };
