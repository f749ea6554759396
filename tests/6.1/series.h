/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What a series of the 6.1 range adds to the 6.1 profile's counters and
 * rules: nothing for 6.1 itself (tests/6.1/series.c); a later series
 * replaces that file with its own (tests/<k>/series.c).
 */
#ifndef K61_SERIES_H
#define K61_SERIES_H

#include <fk_x86.h>

/* Its counters, past those of the 6.1 profile. */
void k61_series_collect(struct fk_result *res);
/* Its rules, after those of the 6.1 profile. */
void k61_series_invariants(const struct fk_result *res);
/* Its own inputs, as a row writes them. */
void k61_series_row_inputs(struct fk_buf *b, const struct fk_in *in);

#endif
