// SPDX-License-Identifier: GPL-2.0
/*
 * 6.1 adds nothing to its own profile: a later series of the range
 * replaces this file (series.h).
 */
#include <series.h>

void k61_series_collect(struct fk_result *res)
{
	(void)res;
}

void k61_series_invariants(const struct fk_result *res)
{
	(void)res;
}

void k61_series_row_inputs(struct fk_buf *b, const struct fk_in *in)
{
	(void)b;
	(void)in;
}
