// SPDX-License-Identifier: GPL-2.0
/*
 * The fake mechanism: call log, scripted returns, contract violations and
 * the no-return exit. Every fake of every profile goes through here, so a
 * rule about recording or scripting is written once.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fk.h"
#include "fk_internal.h"

struct fk_state fk;

extern const struct fk_fake *const __start_fk_fakes[];
extern const struct fk_fake *const __stop_fk_fakes[];

static int by_fake_name(const void *a, const void *b)
{
	return strcmp((*(const struct fk_fake *const *)a)->name,
		      (*(const struct fk_fake *const *)b)->name);
}

/* Every row looks up each call it expects: by name, sorted once. */
const struct fk_fake *fk_fake_lookup(const char *name)
{
	static const struct fk_fake **sorted;
	static size_t n;
	struct fk_fake key = { .name = name };
	const struct fk_fake *k = &key, **p;

	if (!sorted) {
		n = (size_t)(__stop_fk_fakes - __start_fk_fakes);
		sorted = malloc((n + 1) * sizeof(*sorted));
		if (!sorted)
			abort();
		memcpy(sorted, __start_fk_fakes, n * sizeof(*sorted));
		qsort(sorted, n, sizeof(*sorted), by_fake_name);
	}
	p = bsearch(&k, sorted, n, sizeof(*sorted), by_fake_name);
	return p ? *p : NULL;
}

/* Only the counters: the call log is overwritten as calls are entered. */
void fk_reset(const struct fk_row *row)
{
	fk.row = row;
	fk.ncalls = 0;
	fk.depth = 0;
	fk.nviolations = 0;
	fk.nauthoring = 0;
	fk.nnames = 0;
	fk.noreturn[0] = 0;
	memset(fk.seq, 0, sizeof(fk.seq));
	fk_budget_reset();
}

struct fk_call *fk_enter(const struct fk_fake *f, const unsigned long *argv,
			 int nargs)
{
	struct fk_call *c;

	/* Past the cap the fault is looping; stop it rather than overflow. */
	if (fk.ncalls == FK_MAX_CALLS) {
		if (fk_in_run())
			fk_runaway("more than %d calls in one fault: it does not end",
				   FK_MAX_CALLS);
		fk.ncalls = 0;	/* outside a run: no one reads the log */
	}
	c = &fk.calls[fk.ncalls++];
	c->fake = f;
	c->depth = fk.depth;
	c->nargs = nargs;
	memcpy(c->argv, argv, sizeof(c->argv));
	c->state = FK_RUNNING;
	c->ret = 0;
	c->scripted = 0;
	c->aux = 0;
	c->detail[0] = 0;
	fk.stack[fk.depth++] = c;
	if (fk_in_run())
		fk_budget_call(c);
	return c;
}

void fk_leave(struct fk_call *c, long ret)
{
	c->ret = ret;
	c->state = FK_RETURNED;
	fk.depth--;
}

static struct fk_seq *script_for(const char *name)
{
	int i;

	for (i = 0; i < FK_MAX_SCRIPTS; i++) {
		const struct fk_script *s = &fk.row->script[i];

		if (s->fn && !strcmp(s->fn, name))
			return &fk.seq[i];
	}
	return NULL;
}

/*
 * A fake's body asks here for its return value: the row's script for this
 * function wins, one value per call, and once it is used up the model's
 * rule speaks again.
 */
long fk_scripted_or(long rule)
{
	struct fk_call *c = fk.stack[fk.depth - 1];
	struct fk_seq *q = script_for(c->fake->name);
	int i;

	if (!q)
		return rule;
	i = (int)(q - fk.seq);
	if (q->used >= fk.row->script[i].n)
		return rule;
	c->scripted = 1;
	return fk.row->script[i].v[q->used++];
}

const struct fk_fake *fk_current(void)
{
	return fk.depth ? fk.stack[fk.depth - 1]->fake : NULL;
}

void fk_detail(const char *fmt, ...)
{
	struct fk_call *c = fk.stack[fk.depth - 1];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(c->detail, sizeof(c->detail), fmt, ap);
	va_end(ap);
}

const char *fk_call_detail(void)
{
	return fk.depth ? fk.stack[fk.depth - 1]->detail : "";
}

void fk_aux(long v)
{
	fk.stack[fk.depth - 1]->aux = v;
}

void fk_violation(const char *fmt, ...)
{
	char msg[200];
	va_list ap;
	int n;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (fk.nviolations == FK_MAX_VIOLATIONS)
		return;
	n = fk.depth ? (int)(fk.stack[fk.depth - 1] - fk.calls) + 1 : 0;
	snprintf(fk.violations[fk.nviolations++], FK_VIOLATION_LEN,
		 n ? "call #%d: %s" : "%.0d%s", n, msg);
}

/*
 * The kernel never comes back from an oops that kills, a panic or
 * do_exit(): neither may the unit. Every open call is marked as not
 * returning and the runner takes over.
 */
void fk_noreturn(const char *why)
{
	while (fk.depth > 0)
		fk.stack[--fk.depth]->state = FK_NORETURN;
	snprintf(fk.noreturn, sizeof(fk.noreturn), "%s", why);
	if (!fk.running)
		abort();	/* no run to leave: a harness bug */
	longjmp(fk.exit, 1);
}

int fk_ncalls(void)
{
	return fk.ncalls;
}

const struct fk_call *fk_call_at(int i)
{
	return i >= 0 && i < fk.ncalls ? &fk.calls[i] : NULL;
}

/*
 * The fake a name names, looked up once per spelling of the name: rules
 * and outcomes ask by name for every call of every scenario.
 */
const struct fk_fake *fk_fake_named(const char *name)
{
	static struct {
		const char *name;
		const struct fk_fake *fake;
	} cache[1024];
	/* the names are string literals: spread their addresses' bits */
	unsigned int h = (unsigned int)(((uintptr_t)name *
					 0x9e3779b97f4a7c15ULL) >> 54), i;

	for (i = 0; i < 1024; i++, h = (h + 1) % 1024) {
		if (cache[h].name == name)
			return cache[h].fake;
		if (!cache[h].name) {
			cache[h].name = name;
			cache[h].fake = fk_fake_lookup(name);
			return cache[h].fake;
		}
	}
	return fk_fake_lookup(name);
}

/* The budget counts each fake's calls as they are made: ask it. */
int fk_count(const char *name)
{
	const struct fk_fake *f = fk_fake_named(name);

	return f ? fk_budget_calls(f) : 0;
}

const struct fk_call *fk_nth(const char *name, int nth)
{
	const struct fk_fake *f = fk_fake_named(name);
	int i;

	for (i = 0; f && i < fk.ncalls; i++)
		if (fk.calls[i].fake == f && nth-- == 0)
			return &fk.calls[i];
	return NULL;
}

void fk_name(char cls, unsigned long value, const char *name)
{
	if (fk.nnames < FK_MAX_NAMES) {
		fk.names[fk.nnames].cls = cls;
		fk.names[fk.nnames].value = value;
		fk.names[fk.nnames].name = name;
		fk.nnames++;
	}
}

const char *fk_name_of(char cls, unsigned long value)
{
	int i;

	for (i = 0; i < fk.nnames; i++)
		if (fk.names[i].cls == cls && fk.names[i].value == value)
			return fk.names[i].name;
	return NULL;
}

/*
 * The row's own mistakes, kept apart from the kernel's rules: a row
 * fails for them in make check, but under a patch they are part of what
 * changed (make regress), never a rule the patch broke.
 */
static void authoring(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static void authoring(const char *fmt, ...)
{
	va_list ap;

	if (fk.nauthoring == FK_MAX_SCRIPTS)
		return;
	va_start(ap, fmt);
	vsnprintf(fk.authoring[fk.nauthoring++], FK_VIOLATION_LEN, fmt, ap);
	va_end(ap);
}

/* Scripts that name no fake are typos; say so instead of ignoring them. */
int fk_check_scripts(void)
{
	int i, bad = 0;

	for (i = 0; i < FK_MAX_SCRIPTS; i++) {
		const struct fk_script *s = &fk.row->script[i];

		if (s->fn && !fk_fake_lookup(s->fn)) {
			authoring("script names '%s', which is no fake",
				  s->fn);
			bad = 1;
		}
	}
	return bad;
}

void fk_check_scripts_used(void)
{
	int i;

	for (i = 0; i < FK_MAX_SCRIPTS; i++) {
		const struct fk_script *s = &fk.row->script[i];

		if (s->fn && fk.seq[i].used < s->n)
			authoring("script for %s has %d values, %d used",
				  s->fn, s->n, fk.seq[i].used);
	}
}

/* ---- trace-only calls ------------------------------------------------- */

extern const struct fk_trace_only *const __start_fk_trace_only[]
	__attribute__((weak));
extern const struct fk_trace_only *const __stop_fk_trace_only[]
	__attribute__((weak));

#define MAX_TRACE_ONLY	16

static struct {
	int n;			/* -1 until indexed */
	const struct fk_trace_only *to[MAX_TRACE_ONLY];
	const struct fk_fake *fake[MAX_TRACE_ONLY];
} tro = { -1, { NULL }, { NULL } };

/*
 * The profile's list, sorted by name, each entry a fake of this build: a
 * name that is none is a typo in a reviewed list, and stops the binary.
 */
static void index_trace_only(void)
{
	const struct fk_trace_only *const *p;
	int i, j;

	tro.n = 0;
	for (p = __start_fk_trace_only; p && p < __stop_fk_trace_only; p++) {
		if (tro.n == MAX_TRACE_ONLY)
			abort();	/* raise MAX_TRACE_ONLY */
		tro.to[tro.n] = *p;
		tro.fake[tro.n] = fk_fake_lookup((*p)->fn);
		if (!tro.fake[tro.n]) {
			fprintf(stderr, "faultkit: the trace-only list names %s, which is no fake of this build\n",
				(*p)->fn);
			exit(2);
		}
		tro.n++;
	}
	for (i = 1; i < tro.n; i++)
		for (j = i; j > 0 && strcmp(tro.to[j - 1]->fn,
					    tro.to[j]->fn) > 0; j--) {
			const struct fk_trace_only *t = tro.to[j];
			const struct fk_fake *f = tro.fake[j];

			tro.to[j] = tro.to[j - 1];
			tro.fake[j] = tro.fake[j - 1];
			tro.to[j - 1] = t;
			tro.fake[j - 1] = f;
		}
}

int fk_ntrace_only(void)
{
	if (tro.n < 0)
		index_trace_only();
	return tro.n;
}

const struct fk_trace_only *fk_trace_only_at(int i)
{
	return i >= 0 && i < fk_ntrace_only() ? tro.to[i] : NULL;
}

int fk_is_trace_only(const struct fk_fake *f)
{
	int i, n = fk_ntrace_only();

	for (i = 0; i < n; i++)
		if (tro.fake[i] == f)
			return 1;
	return 0;
}

int fk_trace_only_calls(int i)
{
	if (i < 0 || i >= fk_ntrace_only())
		return 0;
	return fk_budget_calls(tro.fake[i]);
}
