// SPDX-License-Identifier: GPL-2.0
/*
 * The Check front end: one Suite per theme, one TCase per row (so
 * CK_RUN_SUITE and CK_RUN_CASE pick rows by name). Each row runs in a
 * child of its own (server.c), so a crash fails only its row; a loop is
 * stopped by the budgets and fails its row too. A row the machine
 * itself keeps from answering (the guard, twice) ends the table with
 * exit 2: no verdict. CK_FORK=no runs the rows in this process, for gdb.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fk.h"
#include "fk_internal.h"

static int in_process;
static int spins;	/* rows that spun: each cost a second of CPU */

/* No verdict can be had on this machine now: say so, and which. */
static void machine_trouble(const struct fk_row *row, int at)
{
	fprintf(stderr, "faultkit: row %s: no answer in %u ms, twice: machine trouble, not a verdict about the unit; the table stops here (%d rows not run): rerun it\n",
		row->name, fk_guard_ms(), fk_table.n - at - 1);
	exit(2);
}

static void forked_row(const struct fk_row *row, int at)
{
	struct fk_forked r = fk_run_forked(row, 0);
	char why[80];

	if (r.verdict == FK_V_PASS) {
		free(r.text);
		return;
	}
	if (r.verdict == FK_V_MACHINE)
		machine_trouble(row, at);
	fk_verdict_text(why, sizeof(why), r.verdict, r.signo);
	/* Check truncates messages; the whole story goes to stderr. */
	fprintf(stderr, "%s", r.text);
	free(r.text);
	if (r.spun && ++spins >= FK_SPIN_STOP) {
		fprintf(stderr, "faultkit: the unit spins in %d rows (an empty loop): the table stops here, %d rows not run\n",
			spins, fk_table.n - at - 1);
		exit(1);
	}
	ck_abort_msg("row %s: %s", row->name,
		     r.verdict == FK_V_FAIL ? "see the report above" : why);
}

START_TEST(row_test)
{
	const struct fk_row *row = fk_table.rows[_i];
	char *report = NULL;

	if (!in_process) {
		forked_row(row, _i);
		return;
	}
	if (fk_run_row(row, &report) ||
	    (fk_golden_on() && fk_golden_compare(row, &report))) {
		fprintf(stderr, "%s", report);
		ck_abort_msg("row %s: see the report above", row->name);
	}
	free(report);
}
END_TEST

static Suite *make_suite(int first, int n)
{
	Suite *s = suite_create(fk_table.suite[first]);
	int r;

	for (r = first; r < first + n; r++) {
		TCase *tc = tcase_create(fk_table.rows[r]->name);

		/*
		 * The row's name is also its tag, so that CK_EXCLUDE_TAGS
		 * leaves rows out (coverage's gate self-test drops one) and
		 * CK_INCLUDE_TAGS picks several.
		 */
		tcase_set_tags(tc, fk_table.rows[r]->name);
		tcase_add_loop_test(tc, row_test, r, r + 1);
		suite_add_tcase(s, tc);
	}
	return s;
}

/* Row names must be unique: they are how a reviewer picks and cites one. */
static int duplicate_names(void)
{
	int i, j, bad = 0;

	for (i = 0; i < fk_table.n; i++)
		for (j = i + 1; j < fk_table.n; j++)
			if (!strcmp(fk_table.rows[i]->name,
				    fk_table.rows[j]->name)) {
				fprintf(stderr, "duplicate row name %s\n",
					fk_table.rows[i]->name);
				bad = 1;
			}
	return bad;
}

int fk_check_main(int argc, char **argv);

int fk_check_main(int argc, char **argv)
{
	const char *fork_env = getenv("CK_FORK");
	SRunner *sr = NULL;
	int first = 0, failed;

	(void)argc;
	(void)argv;
	if (duplicate_names())
		return 2;
	in_process = fork_env && !strcmp(fork_env, "no");
	while (first < fk_table.n) {
		int n = 1;
		Suite *su;

		while (first + n < fk_table.n &&
		       !strcmp(fk_table.suite[first + n],
			       fk_table.suite[first]))
			n++;
		su = make_suite(first, n);
		first += n;
		if (!sr)
			sr = srunner_create(su);
		else
			srunner_add_suite(sr, su);
	}
	/* our own children isolate the rows, under our guard */
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
