// SPDX-License-Identifier: GPL-2.0
/* The RHEL6 table: one suite per theme, in the order they run. */
#include <rows.h>

#define RHEL6_SUITES(S) \
	S(kernel_space) S(good_area) S(trylock) S(stack) S(access_error) \
	S(bad_area) S(retry) S(hmf_error) S(early) S(contracts)

RHEL6_SUITES(FK_SUITE_DECL)
const struct fk_suite *const fk_suites[] = { RHEL6_SUITES(FK_SUITE_REF) NULL };
