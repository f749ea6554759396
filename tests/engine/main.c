// SPDX-License-Identifier: GPL-2.0
/*
 * Entry point of a profile's test binary.
 *   (no argument)        run the table under Check (CK_* variables apply)
 *   --list               print "suite row" for every row
 *   --behaviour [ROW]    print the observed behaviour of every row (or one)
 *   --ktap               run every row, report in KTAP (kunit.py parse)
 *   --results            "pass ROW"/"fail ROW" for every row, in this process
 *   --junit              run every row, report as JUnit XML
 *   --bench N            run the whole table N times in this process
 *   --scenario FILE      run the scenarios in FILE, print their behaviour
 *
 * --behaviour and --ktap run each row in a child process with a timeout
 * (ROW_TIMEOUT seconds, or FK_ROW_TIMEOUT from the environment), so a
 * unit that crashes or loops costs that row only.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "fk.h"
#include "fk_internal.h"

int fk_check_main(int argc, char **argv);
int fk_run_scenarios(const char *path);

#define EACH_ROW(s, r)							\
	for (s = fk_profile.suites; *s; s++)				\
		for (r = (*s)->rows; r < (*s)->rows + (*s)->nrows; r++)

static int list(void)
{
	const struct fk_suite *const *s;
	const struct fk_row *r;

	EACH_ROW(s, r)
		printf("%s %s\n", (*s)->name, r->name);
	return 0;
}

static int behaviour(const char *only)
{
	const struct fk_suite *const *s;
	const struct fk_row *r;
	int found = 0, trouble = 0;

	EACH_ROW(s, r) {
		struct row_run rr;
		char why[80];

		if (only && strcmp(only, r->name))
			continue;
		found = 1;
		rr = run_forked(r, 1);
		if (rr.verdict == ROW_CRASH || rr.verdict == ROW_HANG) {
			trouble_text(why, sizeof(why), &rr);
			printf("row %s\ntrouble %s\n\n", r->name, why);
			trouble = 1;
		} else {
			printf("%s\n", rr.report);
		}
		free(rr.report);
	}
	if (only && !found) {
		fprintf(stderr, "faultkit: no row named %s\n", only);
		return 2;
	}
	return trouble;
}

/* KTAP v1: one subtest per suite, one test per row, diagnostics as '#'. */
static void ktap_diag(const char *text, const char *indent)
{
	const char *p = text;

	while (p && *p) {
		const char *nl = strchr(p, '\n');
		int n = nl ? (int)(nl - p) : (int)strlen(p);

		printf("%s# %.*s\n", indent, n, p);
		p = nl ? nl + 1 : NULL;
	}
}

static int ktap(void)
{
	const struct fk_suite *const *s;
	const struct fk_row *r;
	int nsuites = 0, si = 0, failed = 0;

	for (s = fk_profile.suites; *s; s++)
		nsuites++;
	printf("KTAP version 1\n1..%d\n", nsuites);
	for (s = fk_profile.suites; *s; s++) {
		int ri = 0, suite_failed = 0;

		printf("    KTAP version 1\n    # Subtest: %s\n    1..%zu\n",
		       (*s)->name, (*s)->nrows);
		for (r = (*s)->rows; r < (*s)->rows + (*s)->nrows; r++) {
			struct row_run rr = run_forked(r, 0);
			char why[80];

			ri++;
			if (rr.verdict == ROW_PASS) {
				printf("    ok %d %s\n", ri, r->name);
			} else {
				if (rr.verdict != ROW_FAIL) {
					trouble_text(why, sizeof(why), &rr);
					ktap_diag(why, "    ");
				}
				ktap_diag(rr.report, "    ");
				printf("    not ok %d %s\n", ri, r->name);
				suite_failed = 1;
			}
			free(rr.report);
		}
		printf("%s %d %s\n", suite_failed ? "not ok" : "ok", ++si,
		       (*s)->name);
		failed |= suite_failed;
	}
	return failed;
}

static void xml_escaped(const char *p)
{
	for (; p && *p; p++) {
		switch (*p) {
		case '<': fputs("&lt;", stdout); break;
		case '>': fputs("&gt;", stdout); break;
		case '&': fputs("&amp;", stdout); break;
		case '"': fputs("&quot;", stdout); break;
		default: putchar(*p);
		}
	}
}

/* JUnit XML, the dialect CI dashboards read: a testsuite per theme. */
static int junit(void)
{
	const struct fk_suite *const *s;
	const struct fk_row *r;
	int failed = 0;

	printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"faultkit-%s\">\n",
	       fk_profile.name);
	for (s = fk_profile.suites; *s; s++) {
		printf("  <testsuite name=\"%s\" tests=\"%zu\">\n", (*s)->name,
		       (*s)->nrows);
		for (r = (*s)->rows; r < (*s)->rows + (*s)->nrows; r++) {
			struct row_run rr = run_forked(r, 0);
			char why[80] = "row failed";

			printf("    <testcase classname=\"%s.%s\" name=\"%s\"",
			       fk_profile.name, (*s)->name, r->name);
			if (rr.verdict == ROW_PASS) {
				printf("/>\n");
			} else {
				if (rr.verdict != ROW_FAIL)
					trouble_text(why, sizeof(why), &rr);
				printf(">\n      <failure message=\"%s\">", why);
				xml_escaped(rr.report);
				printf("</failure>\n    </testcase>\n");
				failed = 1;
			}
			free(rr.report);
		}
		printf("  </testsuite>\n");
	}
	printf("</testsuites>\n");
	return failed;
}

/* Fast and unprotected: a crash ends the run; callers fall back to --ktap. */
static int results(void)
{
	const struct fk_suite *const *s;
	const struct fk_row *r;
	int failed = 0;

	EACH_ROW(s, r) {
		int f = fk_run_row(r, NULL);

		printf("%s %s\n", f ? "fail" : "pass", r->name);
		failed |= f;
	}
	return failed;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int bench(long n)
{
	const struct fk_suite *const *s;
	const struct fk_row *r;
	long i, rows = 0, failed = 0;
	double t0 = now(), dt;

	for (i = 0; i < n; i++)
		EACH_ROW(s, r) {
			failed += fk_run_row(r, NULL);
			rows++;
		}
	dt = now() - t0;
	printf("%ld rows in %.3f s: %.0f rows/s in one process (%ld failed)\n",
	       rows, dt, (double)rows / dt, failed);
	return failed ? 1 : 0;
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--list"))
		return list();
	if (argc > 1 && !strcmp(argv[1], "--behaviour"))
		return behaviour(argc > 2 ? argv[2] : NULL);
	if (argc > 1 && !strcmp(argv[1], "--ktap"))
		return ktap();
	if (argc > 1 && !strcmp(argv[1], "--results"))
		return results();
	if (argc > 1 && !strcmp(argv[1], "--junit"))
		return junit();
	if (argc > 2 && !strcmp(argv[1], "--bench"))
		return bench(atol(argv[2]));
	if (argc > 2 && !strcmp(argv[1], "--scenario"))
		return fk_run_scenarios(argv[2]);
	if (argc > 1) {
		fprintf(stderr, "usage: %s [--list | --behaviour [ROW] | --ktap | --junit | --results | --bench N | --scenario FILE]\n",
			argv[0]);
		return 2;
	}
	return fk_check_main(argc, argv);
}
