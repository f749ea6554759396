// SPDX-License-Identifier: GPL-2.0
/*
 * Entry point of a profile's test binary.
 *   (no argument)        run the table under Check (CK_* variables apply)
 *   --list               print "suite row" for every row
 *   --own                the unit's own functions this build fakes
 *   --trace-only         the calls that are hints or tracing, and why
 *   --drop-trace-only ...  any of these, with those calls never made
 *   --golden DIR [--golden-sha HEX]   with Check: each passing row's whole
 *                        behaviour must also be its golden file's
 *   --behaviour [ROW]    print the observed behaviour of every row (or one)
 *   --results            "pass ROW", "fail ROW", "crash ROW why" ...
 *   --ktap               run every row, report in KTAP (kunit.py parse)
 *   --junit              run every row, report as JUnit XML
 *   --bench N            run the whole table N times in this process
 *   --scenario FILE      run the scenarios in FILE, print their behaviour
 *   --explore, --replay  the input space (explore_main.c)
 *   --pair               the space on two units at once (pair.c)
 *
 * Rows run through the fork server (server.c): a unit that crashes costs
 * that row only, a loop is stopped by the budgets (budget.c), and
 * machine trouble (the guard, twice) ends the run with the rows not run
 * named, and exit 2. A row the kernel cannot express (its
 * expectation says n/a) is not part of this kernel's table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fk.h"
#include "fk_internal.h"
#include "explore.h"

int fk_check_main(int argc, char **argv);
int fk_run_scenarios(const char *path);
int fk_pair_main(int argc, char **argv);

/* ---- the table, flat --------------------------------------------------- */

/* Rows from elsewhere (make check EXTRA_ROWS=file.c): the suite "extra". */
extern const struct fk_suite fk_suite_extra __attribute__((weak));

static void add_suite(const struct fk_suite *s)
{
	size_t r;

	for (r = 0; r < s->nrows; r++) {
		if (fk_expect_of(&s->rows[r])->na)
			continue;
		fk_table.suite[fk_table.n] = s->name;
		fk_table.rows[fk_table.n++] = &s->rows[r];
	}
}

void fk_index_table(void)
{
	const struct fk_suite *const *s;
	int n = &fk_suite_extra ? (int)fk_suite_extra.nrows : 0;

	for (s = fk_profile.suites; *s; s++)
		n += (int)(*s)->nrows;
	fk_table.rows = calloc((size_t)n, sizeof(*fk_table.rows));
	fk_table.suite = calloc((size_t)n, sizeof(*fk_table.suite));
	if (!fk_table.rows || !fk_table.suite)
		abort();
	for (s = fk_profile.suites; *s; s++)
		add_suite(*s);
	if (&fk_suite_extra)
		add_suite(&fk_suite_extra);
}

static int list(void)
{
	int i;

	for (i = 0; i < fk_table.n; i++)
		printf("%s %s\n", fk_table.suite[i], fk_table.rows[i]->name);
	return 0;
}

/* ---- rows through the fork server -------------------------------------- */

enum mode { BEHAVIOUR, RESULTS, KTAP, JUNIT };

struct row_jobs {
	struct fk_source src;
	enum mode mode;
	const char *only;	/* one row by name, or all */
	int pos;		/* worker: the next row */
	int done;		/* runner: rows whose result came */
	int failed;
	int suite_failed;
	int nsuite;		/* KTAP: suites begun */
};

static void rows_seek(struct fk_source *s, const char *after)
{
	struct row_jobs *j = (struct row_jobs *)s;

	j->pos = after ? atoi(after) + 1 : 0;
}

static int rows_next(struct fk_source *s, char *id, size_t len)
{
	struct row_jobs *j = (struct row_jobs *)s;

	while (j->pos < fk_table.n && j->only &&
	       strcmp(j->only, fk_table.rows[j->pos]->name))
		j->pos++;
	if (j->pos >= fk_table.n)
		return 0;
	snprintf(id, len, "%d", j->pos++);
	return 1;
}

static enum fk_verdict rows_run(struct fk_source *s, struct fk_buf *out)
{
	struct row_jobs *j = (struct row_jobs *)s;
	const struct fk_row *row = fk_table.rows[j->pos - 1];
	char *text = NULL;
	int failed = fk_run_row(row, &text);

	if (j->mode == BEHAVIOUR) {
		free(text);
		text = fk_behaviour(row);
	}
	if (text)
		fk_bprintf(out, "%s", text);
	free(text);
	return failed ? FK_V_FAIL : FK_V_PASS;
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

static int first_of_suite(int i)
{
	return !i || strcmp(fk_table.suite[i - 1], fk_table.suite[i]);
}

static int last_of_suite(int i)
{
	return i == fk_table.n - 1 || strcmp(fk_table.suite[i + 1], fk_table.suite[i]);
}

static int suite_size(int i)
{
	int n = 0;

	while (i + n < fk_table.n && !strcmp(fk_table.suite[i + n], fk_table.suite[i]))
		n++;
	return n;
}

static int nsuites(void)
{
	int i, n = 0;

	for (i = 0; i < fk_table.n; i++)
		n += first_of_suite(i);
	return n;
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

static int row_in_suite(int i)
{
	int k = 0;

	while (!first_of_suite(i - k))
		k++;
	return k + 1;
}

static void ktap_row(struct row_jobs *j, int i, const char *why,
		     int pass, const char *text)
{
	if (first_of_suite(i)) {
		printf("    KTAP version 1\n    # Subtest: %s\n    1..%d\n",
		       fk_table.suite[i], suite_size(i));
		j->suite_failed = 0;
	}
	if (pass) {
		printf("    ok %d %s\n", row_in_suite(i), fk_table.rows[i]->name);
	} else {
		if (why)
			ktap_diag(why, "    ");
		ktap_diag(text, "    ");
		printf("    not ok %d %s\n", row_in_suite(i),
		       fk_table.rows[i]->name);
		j->suite_failed = 1;
	}
	if (last_of_suite(i))
		printf("%s %d %s\n", j->suite_failed ? "not ok" : "ok",
		       ++j->nsuite, fk_table.suite[i]);
}

/* JUnit XML, the dialect CI dashboards read: a testsuite per theme. */
static void junit_row(int i, const char *why, int pass, const char *text)
{
	if (first_of_suite(i))
		printf("  <testsuite name=\"%s\" tests=\"%d\">\n",
		       fk_table.suite[i], suite_size(i));
	printf("    <testcase classname=\"%s.%s\" name=\"%s\"",
	       fk_profile.name, fk_table.suite[i], fk_table.rows[i]->name);
	if (pass) {
		printf("/>\n");
	} else {
		printf(">\n      <failure message=\"%s\">",
		       why ? why : "row failed");
		xml_escaped(text);
		printf("</failure>\n    </testcase>\n");
	}
	if (last_of_suite(i))
		printf("  </testsuite>\n");
}

static void rows_result(struct fk_source *s, const struct fk_job_result *r)
{
	struct row_jobs *j = (struct row_jobs *)s;
	int i = atoi(r->id), pass = r->verdict == FK_V_PASS;
	const char *name = fk_table.rows[i]->name;
	char why[80];
	int trouble = r->verdict == FK_V_CRASH || r->verdict == FK_V_MACHINE;

	fk_verdict_text(why, sizeof(why), r->verdict, r->signo);
	j->done = i + 1;
	j->failed |= !pass;
	switch (j->mode) {
	case BEHAVIOUR:
		if (trouble)
			printf("row %s\ntrouble %s\n\n", name, why);
		else
			printf("%s\n", r->text);
		break;
	case RESULTS:
		printf("%s %s%s%s\n", trouble ? (r->verdict == FK_V_MACHINE ?
			"machine" : "crash") : why, name, trouble ? " " : "",
		       trouble ? why : "");
		break;
	case KTAP:
		ktap_row(j, i, trouble ? why : NULL, pass, r->text);
		break;
	case JUNIT:
		junit_row(i, trouble ? why : NULL, pass, r->text);
		break;
	}
}

/* The rows a stopped run did not reach, named as such. */
static void not_run(struct row_jobs *j, int rc)
{
	const char *why = rc == FK_SERVE_SPUN ?
		"not run: the unit spins (an empty loop) in other rows" :
		"not run: the machine gave no answer (FK_GUARD_MS)";
	int i;

	if (rc == FK_SERVE_SPUN)
		fprintf(stderr, "faultkit: the unit spins in %d rows (an empty loop): the run stopped\n",
			FK_SPIN_STOP);
	else
		fprintf(stderr, "faultkit: a row gave no answer in %u ms, twice: machine trouble, no verdict about the unit; the run stopped: rerun it\n",
			fk_guard_ms());
	for (i = j->done; i < fk_table.n; i++) {
		const struct fk_job_result r = { NULL, FK_V_FAIL, 0, why, 0, 0 };

		if (j->only && strcmp(j->only, fk_table.rows[i]->name))
			continue;
		if (j->mode == BEHAVIOUR) {
			printf("row %s\ntrouble %s\n\n", fk_table.rows[i]->name,
			       why);
			continue;
		}
		if (j->mode == RESULTS) {
			printf("notrun %s\n", fk_table.rows[i]->name);
			continue;
		}
		if (j->mode == KTAP)
			ktap_row(j, i, why, 0, r.text);
		else
			junit_row(i, why, 0, r.text);
	}
}

static int run_rows(enum mode mode, const char *only)
{
	struct row_jobs j = {
		{ rows_seek, rows_next, rows_run, rows_result, NULL, 0 },
		mode, only, 0, 0, 0, 0, 0,
	};
	int rc, i, found = !only;

	for (i = 0; only && i < fk_table.n; i++)
		found |= !strcmp(only, fk_table.rows[i]->name);
	if (!found) {
		fprintf(stderr, "faultkit: no row named %s\n", only);
		return 2;
	}
	if (mode == KTAP)
		printf("KTAP version 1\n1..%d\n", nsuites());
	if (mode == JUNIT)
		printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"faultkit-%s\">\n",
		       fk_profile.name);
	rc = fk_serve(&j.src);
	if (rc == FK_SERVE_MACHINE || rc == FK_SERVE_SPUN)
		not_run(&j, rc);
	if (mode == JUNIT)
		printf("</testsuites>\n");
	if (rc == FK_SERVE_SPUN)
		return 1;
	return rc == FK_SERVE_ALL ? j.failed : 2;
}

/* ---- in-process speed -------------------------------------------------- */

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int bench(long n)
{
	long i, rows = 0, failed = 0;
	double t0 = now(), dt;
	int r;

	for (i = 0; i < n; i++)
		for (r = 0; r < fk_table.n; r++) {
			failed += fk_run_row(fk_table.rows[r], NULL);
			rows++;
		}
	dt = now() - t0;
	printf("%ld rows in %.3f s: %.0f rows/s in one process (%ld failed)\n",
	       rows, dt, (double)rows / dt, failed);
	return failed ? 1 : 0;
}

/*
 * The unit's own functions that are fakes in this build (a model of what
 * an excerpt leaves out): what a whole file's traces do not show.
 */
static int own(void)
{
	const char *const *o;

	for (o = fk_profile.own; o && *o; o++)
		if (fk_fake_lookup(*o))
			printf("%s\n", *o);
	return 0;
}

/* The profile's trace-only calls, "name\twhy" (make regress reads them). */
static int trace_only(void)
{
	int i;

	for (i = 0; i < fk_ntrace_only(); i++)
		printf("%s\t%s\n", fk_trace_only_at(i)->fn,
		       fk_trace_only_at(i)->why);
	return 0;
}

static int usage(const char *argv0)
{
	fprintf(stderr, "usage: %s [--list | --own | --trace-only | --behaviour [ROW] | --results | --ktap | --junit | --bench N | --scenario FILE | --explore ... | --pair ...]\n",
		argv0);
	return 2;
}

/* Drops @k options after argv[0]: what follows is read as usual. */
static void shift(int *argc, char **argv, int k)
{
	memmove(argv + 1, argv + 1 + k, (size_t)(*argc - k) * sizeof(*argv));
	*argc -= k;
}

int main(int argc, char **argv)
{
	const char *a;

	/* the trace-only calls not made, on every row (their self-test) */
	if (argc > 1 && !strcmp(argv[1], "--drop-trace-only")) {
		fk_drop_side = 1;
		shift(&argc, argv, 1);
	}
	fk_index_table();
	/* make check: the pinned traces too (golden.c) */
	if (argc > 2 && !strcmp(argv[1], "--golden")) {
		int k = argc > 4 && !strcmp(argv[3], "--golden-sha") ? 4 : 2;

		fk_golden_load(argv[2], k == 4 ? argv[4] : NULL);
		shift(&argc, argv, k);
	}
	a = argc > 1 ? argv[1] : NULL;
	if (!a)
		return fk_check_main(argc, argv);
	if (!strcmp(a, "--list"))
		return list();
	if (!strcmp(a, "--own"))
		return own();
	if (!strcmp(a, "--trace-only"))
		return trace_only();
	if (!strcmp(a, "--behaviour"))
		return run_rows(BEHAVIOUR, argc > 2 ? argv[2] : NULL);
	if (!strcmp(a, "--results"))
		return run_rows(RESULTS, NULL);
	if (!strcmp(a, "--ktap"))
		return run_rows(KTAP, NULL);
	if (!strcmp(a, "--junit"))
		return run_rows(JUNIT, NULL);
	if (!strcmp(a, "--bench") && argc > 2)
		return bench(atol(argv[2]));
	if (!strcmp(a, "--scenario") && argc > 2)
		return fk_run_scenarios(argv[2]);
	if (!strcmp(a, "--explore") || !strcmp(a, "--replay"))
		return fk_explore_main(argc, argv);
	if (!strcmp(a, "--pair"))
		return fk_pair_main(argc, argv);
	return usage(argv[0]);
}
