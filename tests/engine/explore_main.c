// SPDX-License-Identifier: GPL-2.0
/*
 * make explore, the binary's side:
 *
 *   --explore [--rules FILE] [--json FILE] [--rows FILE] [--list FILE]
 *            [--unusual N] [--jobs N] [--space]
 *   --replay FILE [--as-rows | --deciding] [--base]   run written-down scenarios ("dim=value
 *                      ..." lines): their behaviour, or each as a row
 *
 * Every row of the table runs first, so that each path through the unit
 * is known by the rows that take it; then every scenario of the space
 * runs (explore.c), each checked against every invariant and model rule
 * of the profile. What is reported: scenarios, distinct behaviours
 * (outcome, counters and call trace), distinct trace shapes, distinct
 * paths through the unit and the rows that take each, how many scenarios
 * took each value of each input (and which values none took), the paths no row
 * takes with one scenario each, every scenario that broke a rule as a
 * row to paste into the table, the time and the rate.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "explore.h"

#define MAX_SHOWN	40	/* broken scenarios printed in full */
/* a unit that crashes this often is refused, not explored */
#define STOP_AFTER	20

/* ---- a set of 64-bit keys, each with a count and a note ---------------- */

struct entry {
	unsigned long long key;
	long count;
	char *note;		/* a scenario's choices, or row names */
	int kind;		/* its outcome */
	int unusual;		/* of the scenario noted ... */
	char *packed;		/* ... and its choices, packed */
	size_t plen;
};

struct set {
	struct entry *e;
	size_t cap, n;
};

static struct entry *set_get(struct set *s, unsigned long long key, int add)
{
	size_t i;

	if (add && (s->n + 1) * 2 > s->cap) {
		struct set t = { calloc(s->cap ? s->cap * 2 : 1024,
					sizeof(*t.e)), s->cap ? s->cap * 2 :
				 1024, 0 };

		if (!t.e)
			abort();
		for (i = 0; i < s->cap; i++)
			if (s->e[i].count)
				*set_get(&t, s->e[i].key, 1) = s->e[i];
		free(s->e);
		*s = t;
	}
	if (!s->cap)
		return NULL;
	for (i = (size_t)(key * 0x9e3779b97f4a7c15ULL) % s->cap;;
	     i = (i + 1) % s->cap) {
		if (s->e[i].count && s->e[i].key == key)
			return &s->e[i];
		if (!s->e[i].count) {
			if (!add)
				return NULL;
			s->e[i].key = key;
			s->n++;
			return &s->e[i];
		}
	}
}

static void set_free(struct set *s)
{
	size_t i;

	for (i = 0; i < s->cap; i++) {
		free(s->e[i].note);
		free(s->e[i].packed);
	}
	free(s->e);
	*s = (struct set){ 0 };
}

/* ---- what a run sends back ----------------------------------------------- */

struct rec {
	uint64_t fp, shape, path;
	int32_t kind, signo, code, broken, unusual;
};

static void send_rec(struct fk_buf *out, const struct fk_result *res)
{
	struct rec r = { fk_fingerprint(), fk_shape(), fk_path,
			 res->outcome.kind, res->outcome.signo,
			 res->outcome.code, fk_nbroken(), fk_explore_unusual() };

	fk_bappend(out, &r, sizeof(r));
	fk_choices_pack(out);
}

/* ---- the rows first: which path each takes ------------------------------ */

struct row_paths {
	struct fk_source src;
	int pos;
	struct set paths;	/* path -> the rows that take it */
};

static void rp_seek(struct fk_source *s, const char *after)
{
	((struct row_paths *)s)->pos = after ? atoi(after) + 1 : 0;
}

static int rp_next(struct fk_source *s, char *id, size_t len)
{
	struct row_paths *j = (struct row_paths *)s;

	if (j->pos >= fk_table.n)
		return 0;
	snprintf(id, len, "%d", j->pos++);
	return 1;
}

static enum fk_verdict rp_run(struct fk_source *s, struct fk_buf *out)
{
	const struct fk_row *row = fk_table.rows[((struct row_paths *)s)->pos -
						 1];
	struct fk_result res;

	fk_run(row, &res);
	send_rec(out, &res);
	return FK_V_PASS;
}

static void rp_result(struct fk_source *s, const struct fk_job_result *r)
{
	struct row_paths *j = (struct row_paths *)s;
	const char *name = fk_table.rows[atoi(r->id)]->name;
	struct entry *e;
	struct rec rec;
	size_t n;

	if (r->verdict != FK_V_PASS || r->len < sizeof(rec))
		return;
	memcpy(&rec, r->text, sizeof(rec));
	e = set_get(&j->paths, rec.path, 1);
	n = e->note ? strlen(e->note) : 0;
	e->note = realloc(e->note, n + strlen(name) + 3);
	if (!e->note)
		abort();
	sprintf(e->note + n, "%s%s", n ? ", " : "", name);
	e->count++;
}

/* ---- the space ------------------------------------------------------------ */

struct explore {
	struct fk_source src;
	FILE *list;		/* --list FILE: every scenario */
	long scenarios, trouble;
	long kinds[FK_NKINDS];
	struct set fps, shapes, paths;
	struct fk_buf broken;	/* choices of the scenarios that broke a rule */
	long nbroken;
	struct fk_buf troubled;	/* choices of those that crashed */
	long (*taken)[64];	/* scenarios per value, per input */
	unsigned long long *offered, *allowed;	/* per input, by value */
};

static enum fk_verdict ex_run(struct fk_source *s, struct fk_buf *out)
{
	static struct fk_row row;
	struct fk_result res;

	(void)s;
	if (fk_explore_run(&row, &res))
		send_rec(out, &res);
	return FK_V_PASS;
}

/* The choices as text, made only when a scenario is to be named. */
static const char *named(const void *packed, size_t n)
{
	static struct fk_buf text;

	text.len = 0;
	fk_choices_unpack(packed, n, &text);
	return text.s;
}

/*
 * < 0 when the first scenario is more typical than the second: fewer
 * unusual inputs, then fewer choices, then first in the walk's order;
 * so what is noted does not depend on which worker's result came first.
 */
static int typical(int ua, const void *a, size_t na, int ub, const void *b,
		   size_t nb)
{
	size_t i;

	na = fk_choices_len(a, na);
	nb = fk_choices_len(b, nb);
	if (ua != ub)
		return ua < ub ? -1 : 1;
	if (na != nb)
		return na < nb ? -1 : 1;
	for (i = 0; i + 1 < na; i += 2) {
		uint16_t x, y;

		memcpy(&x, (const char *)a + i, 2);
		memcpy(&y, (const char *)b + i, 2);
		if (x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

/*
 * The MAX_SHOWN most typical scenarios that broke a rule, kept as the
 * results come: the same ones whatever their order.
 */
static struct {
	struct entry e[MAX_SHOWN];
	int n;
} shown;

static void keep_broken(struct explore *j, int unusual, const void *packed,
			size_t n)
{
	int i, worst = 0;

	(void)j;
	if (shown.n < MAX_SHOWN) {
		i = shown.n++;
	} else {
		for (i = 1; i < MAX_SHOWN; i++)
			if (typical(shown.e[i].unusual, shown.e[i].packed,
				    shown.e[i].plen, shown.e[worst].unusual,
				    shown.e[worst].packed,
				    shown.e[worst].plen) > 0)
				worst = i;
		if (typical(unusual, packed, n, shown.e[worst].unusual,
			    shown.e[worst].packed, shown.e[worst].plen) >= 0)
			return;
		i = worst;
		free(shown.e[i].packed);
	}
	shown.e[i].packed = malloc(n ? n : 1);
	if (!shown.e[i].packed)
		abort();
	memcpy(shown.e[i].packed, packed, n);
	shown.e[i].plen = n;
	shown.e[i].unusual = unusual;
}

static int by_typical(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	return typical(x->unusual, x->packed, x->plen, y->unusual, y->packed,
		       y->plen);
}

/* The kept broken scenarios, most typical first, as choices text. */
static void broken_text(struct explore *j)
{
	int i;

	qsort(shown.e, (size_t)shown.n, sizeof(shown.e[0]), by_typical);
	for (i = 0; i < shown.n; i++) {
		fk_bprintf(&j->broken, "%s\n",
			   named(shown.e[i].packed, shown.e[i].plen));
		free(shown.e[i].packed);
	}
	shown.n = 0;
}

static int by_key(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	if (!x->count != !y->count)
		return x->count ? -1 : 1;
	return x->key < y->key ? -1 : x->key > y->key;
}

/*
 * Each path's noted scenario as text, once the space is walked; the
 * paths in the order of their keys from then on (the table is no longer
 * looked up), not in the order their first results came.
 */
static void path_notes(struct explore *j)
{
	size_t i;

	for (i = 0; i < j->paths.cap; i++) {
		struct entry *e = &j->paths.e[i];

		if (e->count && e->packed && !e->note)
			e->note = strdup(named(e->packed, e->plen));
	}
	if (j->paths.e)
		qsort(j->paths.e, j->paths.cap, sizeof(*j->paths.e), by_key);
}

/* The values this scenario took, and those newly offered or allowed. */
static void count_values(struct explore *j, const void *packed, size_t n)
{
	const unsigned char *p = packed;
	int part = 0;
	size_t i;

	for (i = 0; i + 1 < n; i += 2) {
		uint16_t v;

		memcpy(&v, p + i, sizeof(v));
		if (v >= FK_PACK_ALLOWED)
			part = v == FK_PACK_OFFERED ? 1 : 2;
		else if ((v >> 6) >= fk_ndims())
			continue;
		else if (!part)
			j->taken[v >> 6][v & 63]++;
		else
			(part == 1 ? j->offered : j->allowed)[v >> 6] |=
				1ULL << (v & 63);
	}
}

static void count(struct explore *j, const struct rec *r, const void *packed,
		  size_t n)
{
	struct entry *e;

	count_values(j, packed, n);

	if (++j->scenarios % 100000 == 0 && getenv("FK_EXPLORE_PROGRESS"))
		fprintf(stderr, "explore: %ld scenarios: %s\n", j->scenarios,
			named(packed, n));
	/* every scenario, and its outcome: the space as text, to read */
	if (j->list)
		fprintf(j->list, "%s\t%s\t%d unusual\n", named(packed, n),
			fk_kind_name(r->kind), r->unusual);
	if (r->kind >= 0 && r->kind < FK_NKINDS)
		j->kinds[r->kind]++;
	set_get(&j->fps, r->fp, 1)->count++;
	set_get(&j->shapes, r->shape, 1)->count++;
	e = set_get(&j->paths, r->path, 1);
	if (!e->count++ || typical(r->unusual, packed, n, e->unusual,
				   e->packed, e->plen) < 0) {
		/* the path's most typical scenario: the same on any machine */
		free(e->packed);
		e->packed = malloc(n ? n : 1);
		if (!e->packed)
			abort();
		memcpy(e->packed, packed, n);
		e->plen = n;
		e->unusual = r->unusual;
		e->kind = r->kind;
	}
	if (r->broken) {
		j->nbroken++;
		keep_broken(j, r->unusual, packed, n);
	}
}

static void ex_result(struct fk_source *s, const struct fk_job_result *r)
{
	struct explore *j = (struct explore *)s;
	char why[80];
	struct rec rec;

	if (r->verdict != FK_V_PASS) {
		fk_verdict_text(why, sizeof(why), r->verdict, r->signo);
		fk_job_name_text(r->id, &j->troubled);
		fk_bprintf(&j->troubled, "\t%s\n", why);
		j->trouble++;
		return;
	}
	if (r->len < sizeof(rec))
		return;		/* another part's */
	memcpy(&rec, r->text, sizeof(rec));
	count(j, &rec, r->text + sizeof(rec), r->len - sizeof(rec));
}

/* ---- written-down scenarios, replayed -------------------------------------- */

#define MAX_PICKS	96

struct replay {
	struct fk_source src;
	char **lines;
	int n, pos;
	int mode;		/* REPLAY_BEHAVIOUR or REPLAY_ROW */
	struct fk_buf *out;	/* runner: the texts, in order */
	int trouble;
};

/*
 * REPLAY_DECIDING (a pair binary): the scenario on the base unit first,
 * then on this one, as a row of this one's behaviour whose calls are only
 * those the base does not make: the calls that decide the case.
 */
enum { REPLAY_BEHAVIOUR, REPLAY_ROW, REPLAY_DECIDING };

/* The calls of the last run, as rendered: the other side's, to compare. */
static char **rendered(int *n)
{
	char **v = calloc((size_t)fk_ncalls() + 1, sizeof(*v)), line[200];
	int i;

	if (!v)
		abort();
	for (i = 0; i < fk_ncalls(); i++) {
		fk_render_call(line, sizeof(line), fk_call_at(i));
		v[i] = strdup(line + strspn(line, " "));
	}
	*n = fk_ncalls();
	return v;
}

static void base_first(struct fk_row *row, struct fk_result *res)
{
	char **ref;
	int n, i;

	fk_unit_side = 1;
	fk_explore_run(row, res);
	fk_unit_side = 0;
	ref = rendered(&n);
	fk_explore_run(row, res);
	fk_deciding_reference((const char *const *)ref, n);
	for (i = 0; i < n; i++)
		free(ref[i]);
	free(ref);
}

static void rl_seek(struct fk_source *s, const char *after)
{
	((struct replay *)s)->pos = after ? atoi(after) + 1 : 0;
}

static int rl_next(struct fk_source *s, char *id, size_t len)
{
	struct replay *j = (struct replay *)s;

	if (j->pos >= j->n)
		return 0;
	snprintf(id, len, "%d", j->pos++);
	return 1;
}

static enum fk_verdict rl_run(struct fk_source *s, struct fk_buf *out)
{
	struct replay *j = (struct replay *)s;
	static struct fk_pick p[MAX_PICKS];
	static struct fk_row row;
	struct fk_result res;
	const char *line = j->lines[j->pos - 1];
	char err[160], *text;
	int n = fk_choices_parse(line, p, MAX_PICKS, err, sizeof(err));

	if (n < 0) {
		fk_bprintf(out, "scenario %s\nn/a %s\n", line, err);
		return FK_V_FAIL;
	}
	fk_explore_want(p, n);
	if (j->mode == REPLAY_DECIDING)
		base_first(&row, &res);
	else
		fk_explore_run(&row, &res);
	text = j->mode == REPLAY_BEHAVIOUR ? fk_behaviour(&row) :
	       fk_profile.row_text(&row, j->mode == REPLAY_DECIDING ?
				   "regress" : NULL);
	fk_deciding_reference(NULL, 0);
	fk_explore_want(NULL, 0);
	fk_bprintf(out, "scenario %s\nfingerprint %016llx %016llx %d %d\n%s",
		   line, fk_fingerprint(), fk_shape(), res.outcome.kind,
		   fk_nbroken(), text);
	free(text);
	return FK_V_PASS;
}

static void rl_result(struct fk_source *s, const struct fk_job_result *r)
{
	struct replay *j = (struct replay *)s;
	char why[80];

	if (r->verdict == FK_V_CRASH || r->verdict == FK_V_MACHINE) {
		fk_verdict_text(why, sizeof(why), r->verdict, r->signo);
		fk_bprintf(j->out, "scenario %s\ntrouble %s\n\n",
			   j->lines[atoi(r->id)], why);
		j->trouble = 1;
		return;
	}
	j->trouble |= r->verdict != FK_V_PASS;
	fk_bprintf(j->out, "%s\n", r->text);
}

/* Runs @lines through the fork server; their texts, in order. */
static int replay_lines(char **lines, int n, int mode, struct fk_buf *out)
{
	struct replay j = { { rl_seek, rl_next, rl_run, rl_result, NULL,
			      STOP_AFTER },
			    lines, n, 0, mode, out, 0 };

	fk_bprintf(out, "%s", "");
	return fk_serve(&j.src) || j.trouble;
}

static char **split_lines(char *text, int *n)
{
	char **v = NULL, *p, *save = NULL;

	*n = 0;
	for (p = strtok_r(text, "\n", &save); p;
	     p = strtok_r(NULL, "\n", &save)) {
		v = realloc(v, (size_t)(*n + 1) * sizeof(*v));
		if (!v)
			abort();
		v[(*n)++] = p;
	}
	return v;
}

static int replay_file(const char *path, int mode)
{
	struct fk_buf in = { 0 }, out = { 0 };
	char chunk[65536], **lines;
	size_t k;
	int n, rc;
	FILE *f = fopen(path, "r");

	if (!f) {
		perror(path);
		return 2;
	}
	while ((k = fread(chunk, 1, sizeof(chunk), f)) > 0)
		fk_bappend(&in, chunk, k);
	fclose(f);
	if (!in.s)
		return 0;
	lines = split_lines(in.s, &n);
	rc = replay_lines(lines, n, mode, &out);
	fputs(out.s, stdout);
	free(lines);
	free(in.s);
	free(out.s);
	return rc;
}

/* ---- the report ----------------------------------------------------------- */

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct opts {
	const char *rules, *json, *rows, *list;
	int jobs, budget, space;
};

/* The paths no row takes: one scenario each, as a row to paste. */
static char **unrowed(struct explore *j, struct row_paths *rp, int *n)
{
	char **v = NULL;
	size_t i;

	*n = 0;
	for (i = 0; i < j->paths.cap; i++) {
		struct entry *e = &j->paths.e[i];

		if (!e->count || set_get(&rp->paths, e->key, 0))
			continue;
		v = realloc(v, (size_t)(*n + 1) * sizeof(*v));
		if (!v)
			abort();
		v[(*n)++] = e->note;
	}
	return v;
}

/*
 * What the space held: how many scenarios took each value of each input.
 * A value no scenario took is never silent: it is listed as outside this
 * profile's space (no run read the input, or the space never offered the
 * value), left out by the rules, or beyond the bound on unusual inputs.
 */
enum { V_TAKEN, V_NOT_OFFERED, V_RULED_OUT, V_BEYOND_BOUND, V_KINDS };

static int value_kind(struct explore *j, int id, int v)
{
	if (j->taken[id][v])
		return V_TAKEN;
	if (!(j->offered[id] >> v & 1))
		return V_NOT_OFFERED;
	return j->allowed[id] >> v & 1 ? V_BEYOND_BOUND : V_RULED_OUT;
}

static const char *const value_kind_text[V_KINDS] = {
	"taken", "not in this profile's space", "left out by the rules",
	"beyond the bound on unusual inputs",
};

static void write_json(const struct opts *o, struct explore *j,
		       struct row_paths *rp, double dt, const char *rows_text,
		       int nunrowed)
{
	FILE *f = strcmp(o->json, "-") ? fopen(o->json, "w") : stdout;
	const char *why;
	size_t i;
	int k, first = 1;

	if (!f) {
		perror(o->json);
		return;
	}
	fprintf(f, "{\n  \"tool\": \"faultkit explore\",\n  \"kernel\": ");
	fk_json_str(f, fk_profile.name);
	fprintf(f, ",\n  \"workers\": %d, \"unusual\": %d,\n", o->jobs,
		o->budget);
	fprintf(f, "  \"scenarios\": %ld,\n  \"seconds\": %.3f,\n  \"per_second\": %.0f,\n",
		j->scenarios, dt, dt > 0 ? (double)j->scenarios / dt : 0);
	fprintf(f, "  \"behaviours\": %zu,\n  \"shapes\": %zu,\n  \"paths\": %zu,\n",
		j->fps.n, j->shapes.n, j->paths.n);
	fprintf(f, "  \"paths_without_row\": %d,\n  \"broken\": %ld,\n  \"trouble\": %ld,\n",
		nunrowed, j->nbroken, j->trouble);
	fprintf(f, "  \"outcomes\": {");
	for (k = 1; k < FK_NKINDS; k++)
		fprintf(f, "%s\"%s\": %ld", k > 1 ? ", " : "", fk_kind_name(k),
			j->kinds[k]);
	fprintf(f, "},\n  \"left_out\": [\n");
	for (k = 0; k < fk_nrules(); k++) {
		fprintf(f, "%s    {\"values\": ", k ? ",\n" : "");
		fk_json_str(f, fk_rule_text(k, &why));
		fprintf(f, ", \"why\": ");
		fk_json_str(f, why);
		fprintf(f, "}");
	}
	fprintf(f, "\n  ],\n  \"inputs\": {");
	for (k = 0; k < fk_ndims(); k++) {
		const struct fk_dim *d = fk_dim_at(k);
		int v;

		fprintf(f, "%s\n    ", k ? "," : "");
		fk_json_str(f, d->name);
		fprintf(f, ": {");
		for (v = 0; v < d->n; v++) {
			fprintf(f, "%s", v ? ", " : "");
			fk_json_str(f, d->label[v]);
			fprintf(f, ": {\"scenarios\": %ld, \"is\": \"%s\"}",
				j->taken[k][v],
				value_kind_text[value_kind(j, k, v)]);
		}
		fprintf(f, "}");
	}
	fprintf(f, "\n  },\n  \"path_list\": [\n");
	for (i = 0; i < j->paths.cap; i++) {
		struct entry *e = &j->paths.e[i], *r;

		if (!e->count)
			continue;
		r = set_get(&rp->paths, e->key, 0);
		fprintf(f, "%s    {\"path\": \"%016llx\", \"scenarios\": %ld, \"outcome\": \"%s\", \"rows\": ",
			first ? "" : ",\n", e->key, e->count,
			fk_kind_name(e->kind));
		fk_json_str(f, r ? r->note : "");
		fprintf(f, ", \"scenario\": ");
		fk_json_str(f, e->note);
		fprintf(f, "}");
		first = 0;
	}
	fprintf(f, "\n  ],\n  \"broken_scenarios\": ");
	fk_json_str(f, j->broken.s);
	fprintf(f, ",\n  \"trouble_scenarios\": ");
	fk_json_str(f, j->troubled.s);
	fprintf(f, ",\n  \"rows_for_paths_without_row\": ");
	fk_json_str(f, rows_text);
	fprintf(f, "\n}\n");
	if (f != stdout)
		fclose(f);
}

static void print_space(struct explore *j)
{
	int id, v;

	for (id = 0; id < fk_ndims(); id++) {
		const struct fk_dim *d = fk_dim_at(id);

		printf("    %s%s:", d->name, d->core ? " (the fault)" : "");
		for (v = 0; v < d->n; v++)
			printf(" %s %ld", d->label[v], j->taken[id][v]);
		printf("\n");
	}
}

/* " name=label", on a new line when the line would pass 78 columns. */
static int print_value(int col, int id, int v)
{
	const struct fk_dim *d = fk_dim_at(id);
	int len = (int)(strlen(d->name) + strlen(d->label[v])) + 2;

	if (col + len > 78)
		col = printf("\n   ");
	return col + printf(" %s=%s", d->name, d->label[v]);
}

static void print_inputs(const struct opts *o, struct explore *j)
{
	int id, v, k, n[V_KINDS] = { 0 }, values = 0, col;

	for (id = 0; id < fk_ndims(); id++)
		for (v = 0; v < fk_dim_at(id)->n; v++, values++)
			n[value_kind(j, id, v)]++;
	printf("  inputs: %d, with %d values; %d taken by some scenario%s\n",
	       fk_ndims(), values, n[V_TAKEN], o->space ? ":" : "");
	if (o->space)
		print_space(j);
	for (k = V_NOT_OFFERED; k < V_KINDS; k++) {
		if (!n[k])
			continue;
		col = printf("  %s (%d):", value_kind_text[k], n[k]);
		for (id = 0; id < fk_ndims(); id++)
			for (v = 0; v < fk_dim_at(id)->n; v++)
				if (value_kind(j, id, v) == k)
					col = print_value(col, id, v);
		printf("\n");
	}
}

static void print_summary(const struct opts *o, struct explore *j,
			  double dt, int nunrowed)
{
	const char *why;
	int k;

	printf("explore: %s: %ld scenarios in %.1f s (%.0f/s, %d workers), at most %d unusual inputs each\n",
	       fk_profile.name, j->scenarios, dt,
	       dt > 0 ? (double)j->scenarios / dt : 0, o->jobs, o->budget);
	printf("  distinct behaviours (outcome, counters, calls): %zu; trace shapes: %zu\n",
	       j->fps.n, j->shapes.n);
	printf("  distinct paths through the unit: %zu; taken by no named row: %d\n",
	       j->paths.n, nunrowed);
	printf("  outcomes:");
	for (k = 1; k < FK_NKINDS; k++)
		if (j->kinds[k])
			printf(" %s %ld", fk_kind_name(k), j->kinds[k]);
	printf("\n  left out as impossible (%d rules):\n", fk_nrules());
	for (k = 0; k < fk_nrules(); k++)
		printf("    %s\n", fk_rule_text(k, &why));
	print_inputs(o, j);
}

/* Every scenario that broke a rule, as a row; they fail make explore. */
static void print_broken(struct explore *j)
{
	struct fk_buf out = { 0 };
	char **lines;
	int n;

	if (!j->nbroken)
		return;
	lines = split_lines(j->broken.s, &n);
	replay_lines(lines, n, REPLAY_ROW, &out);
	printf("explore: %ld scenarios broke a rule%s; as rows:\n%s",
	       j->nbroken, j->nbroken > MAX_SHOWN ? " (the first shown)" :
	       "", out.s);
	free(lines);
	free(out.s);
}

/* The rows as a table file: make check EXTRA_ROWS=@path runs them. */
static void write_rows(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	const char *p;
	int n = 0;

	if (!f) {
		perror(path);
		return;
	}
	fprintf(f, "// SPDX-License-Identifier: GPL-2.0\n/* Written by make explore: one scenario of each path no row takes. */\n#include <rows.h>\n\nstatic const struct fk_row rows[] = {\n");
	for (p = text; p && *p; p = strchr(p, '\n') + 1) {
		if (strncmp(p, "scenario ", 9) && strncmp(p, "fingerprint ", 12))
			fprintf(f, "%.*s\n", (int)(strchr(p, '\n') - p), p);
		n += !strncmp(p, "\t\t.name = ", 10);
		if (!strchr(p, '\n'))
			break;
	}
	fprintf(f, "};\n\nFK_SUITE(extra);\n");
	fclose(f);
	printf("explore: wrote %d rows to %s (make check EXTRA_ROWS=%s runs them)\n",
	       n, path, path);
}

static int parse_opts(int argc, char **argv, struct opts *o)
{
	int i;

	memset(o, 0, sizeof(*o));
	o->jobs = 2;
	o->budget = 2;
	for (i = 2; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(a, "--space")) {
			o->space = 1;
			continue;
		}
		if (!v)
			return -1;
		if (!strcmp(a, "--rules"))
			o->rules = v;
		else if (!strcmp(a, "--json"))
			o->json = v;
		else if (!strcmp(a, "--rows"))
			o->rows = v;
		else if (!strcmp(a, "--list"))
			o->list = v;
		else if (!strcmp(a, "--unusual") && atoi(v) >= 0)
			o->budget = atoi(v);
		else if (!strcmp(a, "--jobs") && atoi(v) > 0)
			o->jobs = atoi(v);
		else
			return -1;
		i++;
	}
	return 0;
}

/* All of it freed: the explorer runs clean under ASan's leak check. */
static void explore_free(struct explore *j, struct row_paths *rp,
			 struct fk_buf *rows)
{
	set_free(&rp->paths);
	set_free(&j->fps);
	set_free(&j->shapes);
	set_free(&j->paths);
	free(j->broken.s);
	free(j->troubled.s);
	free(j->taken);
	free(j->offered);
	free(j->allowed);
	free(rows->s);
}

static int explore(const struct opts *o)
{
	struct row_paths rp = { { rp_seek, rp_next, rp_run, rp_result, NULL, 0 },
				0, { 0 } };
	static struct explore j;
	struct fk_buf rows = { 0 };
	char **un;
	double t0;
	int n, rc;

	if (o->list && !(j.list = fopen(o->list, "w"))) {
		perror(o->list);
		return 2;
	}
	fk_explore_source(&j.src);
	j.src.run = ex_run;
	j.src.result = ex_result;
	j.src.stop_after = STOP_AFTER;
	if (!fk_profile.explore_row) {
		fprintf(stderr, "faultkit: the %s profile has no input space to explore\n",
			fk_profile.name);
		return 2;
	}
	if (o->rules && fk_rules_load(o->rules))
		return 2;
	j.taken = calloc((size_t)fk_ndims() + 1, sizeof(*j.taken));
	j.offered = calloc((size_t)fk_ndims() + 1, sizeof(*j.offered));
	j.allowed = calloc((size_t)fk_ndims() + 1, sizeof(*j.allowed));
	if (!j.taken || !j.offered || !j.allowed)
		abort();
	rc = fk_serve(&rp.src);
	fk_explore_budget(o->budget);
	t0 = now();
	if (rc != FK_SERVE_MACHINE)
		rc = fk_serve_parallel(&j.src, o->jobs);
	t0 = now() - t0;
	if (j.list)
		fclose(j.list);
	path_notes(&j);
	broken_text(&j);
	un = unrowed(&j, &rp, &n);
	if (o->rows || o->json)
		replay_lines(un, n, REPLAY_ROW, &rows);
	if (o->rows)
		write_rows(o->rows, rows.s);
	print_summary(o, &j, t0, n);
	if (o->json)
		write_json(o, &j, &rp, t0, rows.s, n);
	print_broken(&j);
	if (j.trouble)
		printf("explore: %ld scenarios crashed:\n%s", j.trouble,
		       j.troubled.s);
	if (rc == FK_SERVE_STOPPED)
		printf("explore: stopped after %ld scenarios crashed: the rest of the space was not run\n",
		       j.trouble);
	if (rc == FK_SERVE_SPUN)
		printf("explore: stopped: the unit spins (an empty loop, %d scenarios); the rest of the space was not run\n",
		       FK_SPIN_STOP);
	if (rc == FK_SERVE_MACHINE)
		printf("explore: machine trouble: a scenario gave no answer in %u ms, twice (FK_GUARD_MS); no verdict, rerun it\n",
		       fk_guard_ms());
	free(un);
	rc = rc == FK_SERVE_MACHINE || rc == FK_SERVE_BROKEN ? 2 :
	     (j.nbroken || j.trouble || rc) ? 1 : 0;
	explore_free(&j, &rp, &rows);
	return rc;
}

static int usage_replay(const char *argv0)
{
	fprintf(stderr, "usage: %s --replay FILE [--as-rows | --deciding] [--base]\n",
		argv0);
	return 2;
}

int fk_explore_main(int argc, char **argv)
{
	struct opts o;

	fk_dims_index();
	if (argc > 2 && !strcmp(argv[1], "--replay")) {
		int i, mode = REPLAY_BEHAVIOUR;

		/* --base: on the base unit of a pair binary */
		for (i = 3; i < argc; i++) {
			if (!strcmp(argv[i], "--as-rows"))
				mode = REPLAY_ROW;
			else if (!strcmp(argv[i], "--deciding"))
				mode = REPLAY_DECIDING;
			else if (!strcmp(argv[i], "--base"))
				fk_unit_side = 1;
			else
				return usage_replay(argv[0]);
		}
		return replay_file(argv[2], mode);
	}
	if (parse_opts(argc, argv, &o)) {
		fprintf(stderr, "usage: %s --explore [--rules FILE] [--unusual N] [--jobs N] [--json FILE] [--rows FILE] [--list FILE] [--space]\n",
			argv[0]);
		return 2;
	}
	return explore(&o);
}
