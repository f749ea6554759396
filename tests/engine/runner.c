// SPDX-License-Identifier: GPL-2.0
/*
 * Runs one row: builds its world, enters the unit, collects what happened,
 * checks the profile's invariants and compares outcome, counters and call
 * trace with the row's expectation. The report names the row, both
 * outcomes and the first call where the traces part.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fk.h"
#include "fk_internal.h"

#define LINE 200

static struct fk_result last;
static int last_returned;

static int ntrace(const char *const *t)
{
	int n = 0;

	while (t && t[n])
		n++;
	return n;
}

static void actual_line(char *buf, int i)
{
	fk_render_call(buf, LINE, &fk.calls[i]);
}

/* Index of the first line where the traces differ, or -1. */
static int trace_parts(const char *const *exp)
{
	char line[LINE];
	int i, ne = ntrace(exp);

	for (i = 0; i < ne || i < fk.ncalls; i++) {
		if (i >= ne || i >= fk.ncalls)
			return i;
		actual_line(line, i);
		if (strcmp(line, exp[i]))
			return i;
	}
	return -1;
}

static void outcome_text(char *buf, size_t len, const struct fk_outcome *o)
{
	if (fk_profile.render_outcome)
		fk_profile.render_outcome(buf, len, o);
	else
		fk_render_outcome(buf, len, o);
}

static int outcome_eq(const struct fk_outcome *a, const struct fk_outcome *b)
{
	return a->kind == b->kind && a->signo == b->signo &&
	       a->code == b->code;
}

static void list_trace(struct fk_buf *b, const char *title,
		       const char *const *exp, int part)
{
	char line[LINE];
	int i, n = exp ? ntrace(exp) : fk.ncalls;

	fk_bprintf(b, "  %s:\n", title);
	for (i = 0; i < n; i++) {
		if (!exp)
			actual_line(line, i);
		fk_bprintf(b, "  %s%3d %s\n", i == part ? ">>" : "  ", i + 1,
			   exp ? exp[i] : line);
	}
	if (part == n)
		fk_bprintf(b, "  >>%3d (trace ends here)\n", n + 1);
}

static void report_counters(struct fk_buf *b, const struct fk_row *row)
{
	const char *const *names = fk_profile.counter_names;
	int i;

	for (i = 0; names[i]; i++)
		if (row->expect.counters[i] != last.counters[i])
			fk_bprintf(b, "  counter %s: expected %ld, got %ld\n",
				   names[i], row->expect.counters[i],
				   last.counters[i]);
}

static int counters_eq(const struct fk_row *row)
{
	int i;

	for (i = 0; fk_profile.counter_names[i]; i++)
		if (row->expect.counters[i] != last.counters[i])
			return 0;
	return 1;
}

/*
 * No broken rule; or, for a row written to show that a rule is enforced,
 * that rule is the first one reported (what follows may be its fallout).
 */
static int violations_ok(const struct fk_row *row)
{
	const char *want = row->expect.violation;

	if (!want)
		return !fk.nviolations;
	return fk.nviolations > 0 && strstr(fk.violations[0], want);
}

static char *failure_report(const struct fk_row *row, int part)
{
	struct fk_buf b = { 0 };
	char e[80], a[80], line[LINE];
	int i;

	outcome_text(e, sizeof(e), &row->expect.outcome);
	outcome_text(a, sizeof(a), &last.outcome);
	fk_bprintf(&b, "row %s failed\n", row->name);
	fk_bprintf(&b, "  outcome: expected %s, got %s%s%s\n", e, a,
		   fk.noreturn[0] ? " via " : "", fk.noreturn);
	report_counters(&b, row);
	for (i = 0; i < fk.nviolations; i++)
		fk_bprintf(&b, "  rule broken: %s\n", fk.violations[i]);
	if (row->expect.violation && !violations_ok(row))
		fk_bprintf(&b, "  expected a broken rule: %s\n",
			   row->expect.violation);
	if (part >= 0) {
		const char *const *exp = row->expect.trace;

		if (part < fk.ncalls)
			actual_line(line, part);
		fk_bprintf(&b, "  traces part at call #%d:\n", part + 1);
		fk_bprintf(&b, "    expected: %s\n",
			   part < ntrace(exp) ? exp[part] : "(end)");
		fk_bprintf(&b, "    actual:   %s\n",
			   part < fk.ncalls ? line : "(end)");
		list_trace(&b, "expected trace", exp, part);
	}
	list_trace(&b, "actual trace", NULL, part);
	return b.s;
}

int fk_run_row(const struct fk_row *row, char **report)
{
	volatile int returned = 0;
	int part, ok;

	fk_reset(row);
	fk_check_scripts();
	fk_profile.setup(row);
	if (!setjmp(fk.exit)) {
		fk_profile.run(row);
		returned = 1;
	}
	fk.depth = 0;
	fk_check_scripts_used();
	memset(&last, 0, sizeof(last));
	fk_profile.collect(row, &last, returned);
	fk_profile.invariants(row, &last, returned);
	last_returned = returned;

	part = trace_parts(row->expect.trace);
	ok = violations_ok(row) && part < 0 && counters_eq(row) &&
	     outcome_eq(&row->expect.outcome, &last.outcome);
	if (report)
		*report = ok ? NULL : failure_report(row, part);
	return ok ? 0 : 1;
}

/*
 * The observed behaviour as text: outcome, counters, rules broken and the
 * full trace. It is what golden files hold and what patch reports diff.
 */
char *fk_behaviour(const struct fk_row *row)
{
	const char *const *names = fk_profile.counter_names;
	struct fk_buf b = { 0 };
	char o[80], line[LINE];
	int i;

	outcome_text(o, sizeof(o), &last.outcome);
	fk_bprintf(&b, "row %s\n", row->name);
	fk_bprintf(&b, "outcome %s\n", o);
	if (!last_returned)
		fk_bprintf(&b, "noreturn %s\n", fk.noreturn);
	for (i = 0; names[i]; i++)
		if (last.counters[i])
			fk_bprintf(&b, "counter %s %ld\n", names[i],
				   last.counters[i]);
	for (i = 0; i < fk.nviolations; i++)
		fk_bprintf(&b, "broken %s\n", fk.violations[i]);
	for (i = 0; i < fk.ncalls; i++) {
		actual_line(line, i);
		fk_bprintf(&b, "call %s\n", line);
	}
	return b.s;
}
