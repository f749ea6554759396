// SPDX-License-Identifier: GPL-2.0
/*
 * The run API: one scenario through the unit, with nothing compared
 * (fk_run), and the comparison of a run with a row's expectation
 * (fk_check_expect). The report of a failing row names the row, both
 * outcomes and the first expected call the trace does not have.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fk.h"
#include "fk_internal.h"

#define LINE 200

static struct fk_result last;

/* The table, flat (main.c indexes it; a binary without one has none). */
struct fk_table fk_table;

int fk_run(const struct fk_row *row, struct fk_result *res)
{
	volatile int returned = 0;

	fk_reset(row);
	fk_check_scripts();
	/* the set-up may leave too: the explorer leaves another part's */
	if (!setjmp(fk.exit)) {
		fk.running = 1;
		fk_profile.setup(row);
		fk_profile.run(row);
		returned = 1;
	}
	fk.running = 0;
	fk.depth = 0;
	fk_check_scripts_used();
	memset(&last, 0, sizeof(last));
	last.returned = returned;
	fk_profile.collect(row, &last);
	/* what the calls so far say is not how a fault that never ended ends */
	if (!strcmp(fk.noreturn, "runaway"))
		last.outcome = (struct fk_outcome){ FK_RUNAWAY, 0, 0 };
	fk_profile.invariants(row, &last);
	if (res)
		*res = last;
	return fk.nviolations;
}

void fk_last_result(struct fk_result *res)
{
	*res = last;
}

int fk_nbroken(void)
{
	return fk.nviolations;
}

const char *fk_broken(int i)
{
	return i >= 0 && i < fk.nviolations ? fk.violations[i] : NULL;
}

static void actual_line(char *buf, int i)
{
	fk_render_call(buf, LINE, &fk.calls[i]);
}

static void outcome_text(char *buf, size_t len, const struct fk_outcome *o)
{
	if (fk_profile.render_outcome)
		fk_profile.render_outcome(buf, len, o);
	else
		fk_render_outcome(buf, len, o);
}

/* ---- behaviour and fingerprints ---------------------------------------- */

/*
 * The observed behaviour as text: outcome, counters, rules broken and the
 * full trace. It is what golden files hold and what patch reports diff.
 */
static void behaviour_body(struct fk_buf *b)
{
	const char *const *names = fk_profile.counter_names;
	char o[80], line[LINE];
	int i;

	outcome_text(o, sizeof(o), &last.outcome);
	fk_bprintf(b, "outcome %s\n", o);
	if (!last.returned)
		fk_bprintf(b, "noreturn %s\n", fk.noreturn);
	for (i = 0; names[i]; i++)
		if (last.counters[i])
			fk_bprintf(b, "counter %s %ld\n", names[i],
				   last.counters[i]);
	for (i = 0; i < fk.nviolations; i++)
		fk_bprintf(b, "broken %s\n", fk.violations[i]);
	for (i = 0; i < fk.nauthoring; i++)
		fk_bprintf(b, "authoring %s\n", fk.authoring[i]);
	for (i = 0; i < fk.ncalls; i++) {
		actual_line(line, i);
		fk_bprintf(b, "call %s\n", line);
	}
}

char *fk_behaviour(const struct fk_row *row)
{
	struct fk_buf b = { 0 };

	fk_bprintf(&b, "row %s\n", row->name);
	behaviour_body(&b);
	return b.s;
}

/* FNV-1a, 64 bits: stable across builds and machines. */
static unsigned long long fnv(unsigned long long h, const char *s, size_t n)
{
	while (n--) {
		h ^= (unsigned char)*s++;
		h *= 0x100000001b3ULL;
	}
	return h;
}

#define FNV_BASIS 0xcbf29ce484222325ULL

/* "call #12: x" and "x" are one rule: the number moves with the calls. */
const char *fk_bare_rule(const char *v)
{
	const char *p = v;

	if (strncmp(p, "call #", 6))
		return v;
	p += 6 + strspn(p + 6, "0123456789");
	return strncmp(p, ": ", 2) ? v : p + 2;
}

/* A word at a time: fingerprints are made for every scenario. */
static unsigned long long mix64(unsigned long long h, unsigned long long v)
{
	h = (h ^ v) * 0x100000001b3ULL;
	return h ^ (h >> 29);
}

/*
 * What behaviour_body() prints, hashed without printing it, into @all;
 * into @did, the same without the trace-only calls (and every call they
 * make) and without the call numbers of broken rules, which move with
 * them. One pass, each call hashed once: a pair run asks for both.
 */
static void fingerprints(unsigned long long *all, unsigned long long *did)
{
	unsigned long long h = fnv(FNV_BASIS, (const char *)&last.outcome,
				   sizeof(last.outcome)), d;
	int i, skip = -1;

	h = fnv(h, (const char *)&last.returned, sizeof(last.returned));
	if (!last.returned)
		h = fnv(h, fk.noreturn, strlen(fk.noreturn));
	for (i = 0; fk_profile.counter_names[i]; i++)
		h = mix64(h, (unsigned long long)last.counters[i]);
	d = h;
	for (i = 0; i < fk.nviolations; i++) {
		const char *v = fk_bare_rule(fk.violations[i]);

		h = fnv(h, fk.violations[i], strlen(fk.violations[i]) + 1);
		d = fnv(d, v, strlen(v) + 1);
	}
	for (i = 0; i < fk.nauthoring; i++) {
		h = fnv(h, fk.authoring[i], strlen(fk.authoring[i]) + 1);
		d = fnv(d, fk.authoring[i], strlen(fk.authoring[i]) + 1);
	}
	for (i = 0; i < fk.ncalls; i++) {
		const struct fk_call *c = &fk.calls[i];
		unsigned long long ch = fk_call_hash(FNV_BASIS, c);

		h = mix64(h, ch);
		if (skip >= 0 && c->depth > skip)
			continue;
		skip = -1;
		if (fk_is_trace_only(c->fake)) {
			skip = c->depth;
			continue;
		}
		d = mix64(d, ch);
	}
	*all = h;
	*did = d;
}

unsigned long long fk_fingerprint(void)
{
	unsigned long long all, did;

	fingerprints(&all, &did);
	return all;
}

unsigned long long fk_fingerprint_behaviour(void)
{
	unsigned long long all, did;

	fingerprints(&all, &did);
	return did;
}

void fk_fingerprint_both(unsigned long long *all, unsigned long long *did)
{
	fingerprints(all, did);
}

unsigned long long fk_shape(void)
{
	unsigned long long h = mix64(FNV_BASIS, (unsigned long long)
				     last.outcome.kind << 32 |
				     (unsigned int)last.outcome.signo);
	int i;

	h = mix64(h, (unsigned long long)(unsigned int)last.outcome.code);
	for (i = 0; i < fk.ncalls; i++) {
		const struct fk_call *c = &fk.calls[i];

		h = mix64(h, fk_fake_hash(c->fake) + (unsigned long long)c->depth);
	}
	return h;
}

/* ---- expectations ------------------------------------------------------ */

static const struct fk_expect *expect_on(const struct fk_row *row,
					 const char *kernel)
{
	const struct fk_kexpect *k;

	for (k = row->on; k && k->kernel; k++)
		if (!strcmp(k->kernel, kernel))
			return &k->expect;
	return NULL;
}

/* The row's expectation for this profile, else its nearest base's. */
const struct fk_expect *fk_expect_of(const struct fk_row *row)
{
	const struct fk_expect *e = expect_on(row, fk_profile.name);
	const char *const *b;

	for (b = fk_profile.bases; !e && b && *b; b++)
		e = expect_on(row, *b);
	return e && !e->as_expected ? e : &row->expect;
}

static int ncalls_of(const char *const *t)
{
	int n = 0;

	while (t && t[n])
		n++;
	return n;
}

static const char *unindent(const char *s)
{
	while (*s == ' ')
		s++;
	return s;
}

/* '*' stands for any run of characters; everything else is literal. */
static int glob_matches(const char *pat, const char *s)
{
	for (; *pat; pat++, s++) {
		if (*pat == '*') {
			for (;; s++) {
				if (glob_matches(pat + 1, s))
					return 1;
				if (!*s)
					return 0;
			}
		}
		if (*pat != *s)
			return 0;
	}
	return !*s;
}

/*
 * An expected call matches a call of the trace; the detail a fake adds
 * (" {...}", the model's reason) is compared only if the row states one.
 */
static int matches(const char *pat, const char *s)
{
	char bare[LINE];
	const char *d = strstr(s, " {");
	size_t n = d ? (size_t)(d - s) : 0;

	if (!d || strstr(pat, " {") || n >= sizeof(bare))
		return glob_matches(pat, s);
	memcpy(bare, s, n);
	bare[n] = 0;
	return glob_matches(pat, bare);
}

/* The function an expected line calls: up to its '('. */
static int callee(const char *line, char *buf, size_t len)
{
	size_t n = strcspn(line, "(");

	if (!line[n] || n >= len)
		return -1;
	memcpy(buf, line, n);
	buf[n] = 0;
	return 0;
}

/* ---- the calls that decide a case ---------------------------------------- */

/*
 * Another run's calls, as rendered (the other unit's, for a row to paste
 * that tells the two apart): a call of the last run decides the case
 * when that run has no such call left to match, in order.
 */
static struct {
	char **line;
	int n;
	unsigned char *decides;
	int ndecides;
} ref;

void fk_deciding_reference(const char *const *lines, int n)
{
	char line[LINE];
	int i, k = 0;

	for (i = 0; i < ref.n; i++)
		free(ref.line[i]);
	free(ref.line);
	free(ref.decides);
	memset(&ref, 0, sizeof(ref));
	if (!lines)
		return;
	ref.decides = calloc((size_t)fk.ncalls + 1, 1);
	if (!ref.decides)
		abort();
	ref.ndecides = fk.ncalls;
	/* greedy, in order: the calls both make are matched */
	for (i = 0; i < fk.ncalls; i++) {
		int j;

		actual_line(line, i);
		for (j = k; j < n && strcmp(lines[j], unindent(line)); j++)
			;
		if (j < n)
			k = j + 1;
		else
			ref.decides[i] = 1;
	}
	ref.n = 0;
}

int fk_call_decides(int i)
{
	if (!ref.decides)
		return 1;
	return i >= 0 && i < ref.ndecides && ref.decides[i];
}

static int is_own(const char *fn)
{
	const char *const *o;

	for (o = fk_profile.own; o && *o; o++)
		if (!strcmp(*o, fn))
			return 1;
	return 0;
}

/* How the expected calls lined up with the trace. */
struct calls_match {
	int part;	/* first expected call not found, or -1 */
	int after;	/* ... looked for after this actual call */
	int at[64];	/* actual index of each expected call, -1 unchecked */
	const char *bad;	/* an expected call that names no function */
};

/* Greedy, in order: it finds the subsequence whenever there is one. */
static void match_calls(const char *const *exp, struct calls_match *m)
{
	char line[LINE], fn[64];
	int k, i = 0, n = ncalls_of(exp);
	const struct fk_fake *f;

	m->part = -1;
	m->after = -1;
	m->bad = NULL;
	for (k = 0; k < n && k < 64; k++) {
		const char *e = unindent(exp[k]);

		m->at[k] = -1;
		fn[0] = 0;
		f = callee(e, fn, sizeof(fn)) ? NULL : fk_fake_lookup(fn);
		if (!f && (!fn[0] || !is_own(fn))) {
			m->bad = exp[k];
			m->part = k;
			return;
		}
		if (!f)
			continue;	/* the unit's own here: not seen */
		for (; i < fk.ncalls; i++) {
			/* only a call of that function is worth rendering */
			if (fk.calls[i].fake != f)
				continue;
			actual_line(line, i);
			if (matches(e, unindent(line)))
				break;
		}
		if (i == fk.ncalls) {
			m->part = k;
			return;
		}
		m->at[k] = i;
		m->after = i++;
	}
}

static int outcome_eq(const struct fk_outcome *a, const struct fk_outcome *b)
{
	return a->kind == b->kind && a->signo == b->signo &&
	       a->code == b->code;
}

static int counters_eq(const struct fk_expect *e)
{
	int i;

	for (i = 0; fk_profile.counter_names[i]; i++)
		if (e->counters[i] != last.counters[i])
			return 0;
	return 1;
}

/*
 * No broken rule; or, for a row written to show that a rule is enforced,
 * that rule is the first one reported (what follows may be its fallout).
 */
static int violations_ok(const struct fk_expect *e)
{
	const char *first = fk.nviolations ? fk.violations[0] :
			    fk.nauthoring ? fk.authoring[0] : NULL;

	if (!e->violation)
		return !first;
	return first && strstr(first, e->violation);
}

static void list_actual(struct fk_buf *b, int mark)
{
	char line[LINE];
	int i;

	fk_bprintf(b, "  actual trace:\n");
	for (i = 0; i < fk.ncalls; i++) {
		actual_line(line, i);
		fk_bprintf(b, "  %s%3d %s\n", i == mark ? ">>" : "  ", i + 1,
			   line);
	}
}

static void list_expected(struct fk_buf *b, const char *const *exp,
			  const struct calls_match *m)
{
	int k, n = ncalls_of(exp);

	fk_bprintf(b, "  expected calls, in this order:\n");
	for (k = 0; k < n; k++) {
		char at[24] = "";

		if (m->part < 0 || k < m->part)
			snprintf(at, sizeof(at), m->at[k] < 0 ?
				 "  (not faked here)" : "  = #%d",
				 m->at[k] + 1);
		fk_bprintf(b, "  %s%3d %s%s\n", k == m->part ? ">>" : "  ",
			   k + 1, unindent(exp[k]), at);
	}
}

/* The next call to the same function after @after, if any. */
static int nearest(const char *exp, int after)
{
	char fn[64];
	int i;

	if (callee(unindent(exp), fn, sizeof(fn)))
		return -1;
	for (i = after + 1; i < fk.ncalls; i++)
		if (!strcmp(fk.calls[i].fake->name, fn))
			return i;
	return -1;
}

static void report_calls(struct fk_buf *b, const char *const *exp,
			 const struct calls_match *m)
{
	char line[LINE];
	int near;

	if (m->bad) {
		fk_bprintf(b, "  expected call #%d names no function of this build: %s\n",
			   m->part + 1, m->bad);
		return;
	}
	near = nearest(exp[m->part], m->after);
	fk_bprintf(b, "  calls part at expected call #%d (looked for after actual #%d):\n",
		   m->part + 1, m->after + 1);
	fk_bprintf(b, "    expected: %s\n", unindent(exp[m->part]));
	if (near >= 0) {
		actual_line(line, near);
		fk_bprintf(b, "    actual:   %s  (#%d)\n", unindent(line),
			   near + 1);
	} else {
		fk_bprintf(b, "    actual:   (no such call after #%d)\n",
			   m->after + 1);
	}
	list_expected(b, exp, m);
	list_actual(b, near >= 0 ? near : m->after + 1);
}

static void report_counters(struct fk_buf *b, const struct fk_expect *e)
{
	const char *const *names = fk_profile.counter_names;
	int i;

	for (i = 0; names[i]; i++)
		if (e->counters[i] != last.counters[i])
			fk_bprintf(b, "  counter %s: expected %ld, got %ld\n",
				   names[i], e->counters[i], last.counters[i]);
}

static char *failure_report(const struct fk_row *row,
			    const struct fk_expect *e,
			    const struct calls_match *m)
{
	struct fk_buf b = { 0 };
	char eo[80], ao[80];
	int i;

	outcome_text(eo, sizeof(eo), &e->outcome);
	outcome_text(ao, sizeof(ao), &last.outcome);
	fk_bprintf(&b, "row %s failed\n", row->name);
	fk_bprintf(&b, "  outcome: expected %s, got %s%s%s\n", eo, ao,
		   fk.noreturn[0] && last.outcome.kind != FK_RUNAWAY ?
		   " via " : "", last.outcome.kind != FK_RUNAWAY ?
		   fk.noreturn : "");
	report_counters(&b, e);
	for (i = 0; i < fk.nviolations; i++)
		fk_bprintf(&b, "  rule broken: %s\n", fk.violations[i]);
	for (i = 0; i < fk.nauthoring; i++)
		fk_bprintf(&b, "  the row's own mistake: %s\n",
			   fk.authoring[i]);
	if (e->violation && !violations_ok(e))
		fk_bprintf(&b, "  expected a broken rule: %s\n", e->violation);
	if (m->part >= 0)
		report_calls(&b, e->calls, m);
	else
		list_actual(&b, -1);
	return b.s;
}

int fk_check_expect(const struct fk_row *row, char **report)
{
	const struct fk_expect *e = fk_expect_of(row);
	struct calls_match m;
	int ok;

	match_calls(e->calls, &m);
	ok = violations_ok(e) && m.part < 0 && counters_eq(e) &&
	     outcome_eq(&e->outcome, &last.outcome);
	if (report)
		*report = ok ? NULL : failure_report(row, e, &m);
	return ok ? 0 : 1;
}

int fk_run_row(const struct fk_row *row, char **report)
{
	fk_run(row, NULL);
	return fk_check_expect(row, report);
}
