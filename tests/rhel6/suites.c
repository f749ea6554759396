// SPDX-License-Identifier: GPL-2.0
/* The RHEL6 table, one suite per theme. */
#include "rows.h"

extern const struct fk_row rows_good_area[1];

const struct fk_suite rhel6_suites[] = {
	SUITE("good_area", rows_good_area),
};
