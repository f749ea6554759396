// SPDX-License-Identifier: GPL-2.0
/*
 * The Check front end: one Suite per theme, one TCase per row (so
 * CK_RUN_SUITE and CK_RUN_CASE pick rows by name), fork mode with a
 * timeout so a crash or a loop in the unit fails only its row.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fk.h"
#include "fk_internal.h"

#define ROW_TIMEOUT 5

static const struct fk_row **rows;
static size_t nrows;

static void index_rows(void)
{
	const struct fk_suite *const *s;
	size_t r, n = 0;

	for (s = fk_profile.suites; *s; s++)
		n += (*s)->nrows;
	rows = calloc(n, sizeof(*rows));
	if (!rows)
		abort();
	for (s = fk_profile.suites; *s; s++)
		for (r = 0; r < (*s)->nrows; r++)
			rows[nrows++] = &(*s)->rows[r];
}

START_TEST(row_test)
{
	const struct fk_row *row = rows[_i];
	char *report = NULL;

	if (fk_run_row(row, &report)) {
		/* Check truncates messages; the whole story goes to stderr. */
		fprintf(stderr, "%s", report);
		ck_abort_msg("row %s: see the report above", row->name);
	}
	free(report);
}
END_TEST

static Suite *make_suite(const struct fk_suite *fs, size_t first)
{
	Suite *s = suite_create(fs->name);
	size_t r;

	for (r = 0; r < fs->nrows; r++) {
		TCase *tc = tcase_create(fs->rows[r].name);

		/*
		 * The row's name is also its tag, so that CK_EXCLUDE_TAGS
		 * leaves rows out (coverage's gate self-test drops one) and
		 * CK_INCLUDE_TAGS picks several.
		 */
		tcase_set_tags(tc, fs->rows[r].name);
		tcase_set_timeout(tc, ROW_TIMEOUT);
		tcase_add_loop_test(tc, row_test, (int)(first + r),
				    (int)(first + r + 1));
		suite_add_tcase(s, tc);
	}
	return s;
}

/* Row names must be unique: they are how a reviewer picks and cites one. */
static int duplicate_names(void)
{
	size_t i, j;
	int bad = 0;

	for (i = 0; i < nrows; i++)
		for (j = i + 1; j < nrows; j++)
			if (!strcmp(rows[i]->name, rows[j]->name)) {
				fprintf(stderr, "duplicate row name %s\n",
					rows[i]->name);
				bad = 1;
			}
	return bad;
}

int fk_check_main(int argc, char **argv);

int fk_check_main(int argc, char **argv)
{
	const struct fk_suite *const *s;
	SRunner *sr = NULL;
	size_t first = 0;
	int failed;

	(void)argc;
	(void)argv;
	index_rows();
	if (duplicate_names())
		return 2;
	for (s = fk_profile.suites; *s; s++) {
		Suite *su = make_suite(*s, first);

		first += (*s)->nrows;
		if (!sr)
			sr = srunner_create(su);
		else
			srunner_add_suite(sr, su);
	}
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	free(rows);
	return failed ? 1 : 0;
}
