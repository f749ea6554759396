// SPDX-License-Identifier: GPL-2.0
/*
 * make regress, the binary's side: every scenario of the space on two
 * units at once, in one pass, and nothing saved.
 *
 *   --pair [--rules FILE] [--unusual N] [--jobs N] [--json FILE]
 *   --pair --drop-check ...
 *
 * A pair binary links the unit it is built for (the patched one) and a
 * base unit beside it (Makefile: PAIR_WITH=). Each scenario runs on the
 * patched unit, then on the base, which reads the inputs the patched
 * unit chose and chooses the ones only it reads (explore.c: the walk
 * covers what either unit reads). A scenario behaves otherwise when the
 * fingerprints of what the fault did differ, the trace-only calls left
 * out (FK_TRACE_ONLY); it is trace only when only those differ.
 *
 * What is kept is bounded whatever the patch: counts, per outcome
 * transition (from the base's to the patched unit's) a count and the
 * most typical scenario (fewest unusual inputs, then fewest choices),
 * per rule the patch breaks a count and an example, the same per rule
 * the base broke and the patched unit keeps (a fix), the crashes (the run stops
 * after STOP_AFTER), and the trace-only calls that moved.
 *
 * --drop-check runs the unit against itself with the trace-only calls
 * dropped from the second side: any scenario that then behaves otherwise
 * shows a listed call that is no mere trace.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explore.h"
#include "regions.h"

#define STOP_AFTER	20	/* crashes, then the rest is not run */
#define MAX_TRO		16
#define MAX_RULES	32	/* distinct rules broken or fixed, kept */
#define MAX_CRASHES	10	/* crashed scenarios named */
#define RULE_LEN	200

/* One side's run, as the worker captures it. */
struct side {
	unsigned long long fp, fpb;
	int32_t kind, signo, code, broken;
	uint16_t tro[MAX_TRO];
};

/* What a worker sends per scenario, then the choices, then the rule the
 * patch broke, then the rule it fixed (the base broke it). */
struct prec {
	struct side s[2];
	int32_t unusual, mismatch;
	uint32_t packed, rulelen, fixlen;
	unsigned long long one_sided[2];	/* per choice: one side read it */
};

struct example {
	long n;
	int unusual, len;
	char *packed;		/* the most typical scenario's choices */
	size_t plen;
};

struct pair_run {
	struct fk_source src;
	struct fk_pair pair;
	long scenarios, same, trace_only, changed, mismatch;
	long crashed;
	int stopped;
	long kinds[FK_NKINDS];
	struct example cls[FK_NKINDS][FK_NKINDS];	/* [from][to] */
	struct pair_rules {
		long n;
		struct pair_rule {
			char text[RULE_LEN];
			struct example ex;
		} at[MAX_RULES];
		int nrules;
	} broken_rules, fixed_rules;
	long tro_fewer[MAX_TRO], tro_more[MAX_TRO];
	struct fk_buf crashes;	/* "side\tchoices\twhy" lines */
	struct fk_regions reg;	/* every scenario, for the regions */
};

/* ---- the worker: one scenario, both sides -------------------------------- */

static struct prec cur;
static char cur_rule[RULE_LEN], cur_fixed[RULE_LEN];

static void capture(int i, const struct fk_result *res, void *arg)
{
	struct side *s = &cur.s[i];
	int k;

	(void)arg;
	fk_fingerprint_both(&s->fp, &s->fpb);
	s->kind = res->outcome.kind;
	s->signo = res->outcome.signo;
	s->code = res->outcome.code;
	s->broken = fk_nbroken();
	for (k = 0; k < fk_ntrace_only() && k < MAX_TRO; k++)
		s->tro[k] = (uint16_t)fk_trace_only_calls(k);
	if (i == 0)
		cur.unusual = fk_explore_unusual();
	if (fk_nbroken())
		snprintf(i ? cur_fixed : cur_rule, RULE_LEN, "%s",
			 fk_broken(0));
	else
		(i ? cur_fixed : cur_rule)[0] = 0;
}

static enum fk_verdict pr_run(struct fk_source *src, struct fk_buf *out)
{
	static struct fk_row row;
	struct pair_run *j = (struct pair_run *)src;
	struct fk_buf packed = { 0 };

	memset(&cur, 0, sizeof(cur));
	if (!fk_explore_run_pair(&row, &j->pair))
		return FK_V_PASS;
	cur.mismatch = fk_explore_mismatch();
	fk_explore_one_sided(cur.one_sided);
	fk_choices_pack(&packed);
	cur.packed = (uint32_t)packed.len;
	/* the rule only where the base keeps it: the patch broke it */
	cur.rulelen = cur.s[0].broken && !cur.s[1].broken ?
		      (uint32_t)strlen(cur_rule) : 0;
	/* and where only the base broke one: the patch fixed it */
	cur.fixlen = cur.s[1].broken && !cur.s[0].broken ?
		     (uint32_t)strlen(cur_fixed) : 0;
	fk_bappend(out, &cur, sizeof(cur));
	fk_bappend(out, packed.s, packed.len);
	fk_bappend(out, cur_rule, cur.rulelen);
	fk_bappend(out, cur_fixed, cur.fixlen);
	free(packed.s);
	return FK_V_PASS;
}

/* ---- the runner: counts and examples -------------------------------------- */

/* The choices' order, word by word: the walk's, on any machine. */
static int words_cmp(const char *a, size_t na, const char *b, size_t nb)
{
	size_t i;

	for (i = 0; i + 1 < na && i + 1 < nb; i += 2) {
		uint16_t x, y;

		memcpy(&x, a + i, 2);
		memcpy(&y, b + i, 2);
		if (x != y)
			return x < y ? -1 : 1;
	}
	return na < nb ? -1 : na > nb;
}

/*
 * Keeps the scenario if it is more typical than the one kept: fewer
 * unusual inputs, then fewer choices, then first in the walk's order,
 * so that the results' arrival, which the workers interleave, does not
 * pick it.
 */
static void example(struct example *e, const struct prec *r, const char *p,
		    size_t n)
{
	int len = (int)(n / 2);

	e->n++;
	if (e->packed && (r->unusual > e->unusual ||
			  (r->unusual == e->unusual && len > e->len) ||
			  (r->unusual == e->unusual && len == e->len &&
			   words_cmp(p, n, e->packed, e->plen) >= 0)))
		return;
	free(e->packed);
	e->packed = malloc(n ? n : 1);
	if (!e->packed)
		abort();
	memcpy(e->packed, p, n);
	e->plen = n;
	e->unusual = r->unusual;
	e->len = len;
}

static void rule_seen(struct pair_rules *l, const struct prec *r,
		      const char *p, size_t n, const char *rule, size_t len)
{
	char text[RULE_LEN];
	int i;

	snprintf(text, sizeof(text), "%.*s", (int)len, rule);
	memmove(text, fk_bare_rule(text), strlen(fk_bare_rule(text)) + 1);
	l->n++;
	for (i = 0; i < l->nrules; i++)
		if (!strcmp(l->at[i].text, text))
			break;
	if (i == l->nrules) {
		if (l->nrules == MAX_RULES)
			return;
		snprintf(l->at[l->nrules++].text, RULE_LEN, "%s", text);
	}
	example(&l->at[i].ex, r, p, n);
}

static void trace_moved(struct pair_run *j, const struct prec *r)
{
	int k;

	for (k = 0; k < fk_ntrace_only() && k < MAX_TRO; k++) {
		j->tro_fewer[k] += r->s[0].tro[k] < r->s[1].tro[k];
		j->tro_more[k] += r->s[0].tro[k] > r->s[1].tro[k];
	}
}

/* Every crash is kept: each part stops after STOP_AFTER of them. */
static void crashed(struct pair_run *j, const struct fk_job_result *res)
{
	char why[80];

	j->crashed++;
	fk_verdict_text(why, sizeof(why), res->verdict, res->signo);
	fk_bprintf(&j->crashes, "%s\t", res->side ? "base" : "patched");
	fk_job_name_text(res->id, &j->crashes);
	fk_bprintf(&j->crashes, "\t%s\n", why);
}

/* Rules by how many scenarios break them, then by their text. */
static int by_count(const void *a, const void *b)
{
	const struct pair_rule *x = a, *y = b;

	if (x->ex.n != y->ex.n)
		return x->ex.n > y->ex.n ? -1 : 1;
	return strcmp(x->text, y->text);
}

static int by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The crashes in order, the first MAX_CRASHES: the same on any machine. */
static void sort_crashes(struct pair_run *j)
{
	struct fk_buf out = { 0 };
	char **v = NULL, *p, *save = NULL;
	int n = 0, i;

	for (p = strtok_r(j->crashes.s, "\n", &save); p;
	     p = strtok_r(NULL, "\n", &save)) {
		v = realloc(v, (size_t)(n + 1) * sizeof(*v));
		if (!v)
			abort();
		v[n++] = p;
	}
	qsort(v, (size_t)n, sizeof(*v), by_text);
	fk_bprintf(&out, "%s", "");
	for (i = 0; i < n && i < MAX_CRASHES; i++)
		fk_bprintf(&out, "%s\n", v[i]);
	free(v);
	free(j->crashes.s);
	j->crashes = out;
}

/* The group of a scenario: 0 the same, else from and to. */
static int group_of(const struct prec *r)
{
	if (r->s[0].fpb == r->s[1].fpb)
		return 0;
	return 1 + r->s[1].kind * FK_NKINDS + r->s[0].kind;
}

static void regions_add(struct pair_run *j, const struct prec *r,
			const char *packed, size_t n)
{
	uint16_t w[FK_REGION_MAX_CHOICES];
	unsigned long long h = 1469598103934665603ULL;
	size_t i, k = n / 2 < FK_REGION_MAX_CHOICES ? n / 2 :
		      FK_REGION_MAX_CHOICES;

	memcpy(w, packed, k * 2);
	for (i = 0; i < k; i++)
		h = (h ^ w[i]) * 0x100000001b3ULL;
	h ^= h >> 31;
	h *= 0x9e3779b97f4a7c15ULL;
	fk_regions_add(&j->reg, w, (int)k, r->one_sided, group_of(r),
		       r->unusual, h ^ h >> 29);
}

static void pr_result(struct fk_source *src, const struct fk_job_result *res)
{
	struct pair_run *j = (struct pair_run *)src;
	const struct side *p, *b;
	struct prec r;
	const char *packed;
	size_t n;

	if (res->verdict != FK_V_PASS) {
		crashed(j, res);
		return;
	}
	if (res->len < sizeof(r))
		return;		/* another part's */
	memcpy(&r, res->text, sizeof(r));
	packed = res->text + sizeof(r);
	n = fk_choices_len(packed, r.packed);
	p = &r.s[0];
	b = &r.s[1];
	regions_add(j, &r, packed, n);
	j->scenarios++;
	if (p->kind >= 0 && p->kind < FK_NKINDS)
		j->kinds[p->kind]++;
	j->mismatch += r.mismatch != 0;
	if (p->fpb == b->fpb) {
		j->same++;
		if (p->fp != b->fp) {
			j->trace_only++;
			trace_moved(j, &r);
		}
		return;
	}
	j->changed++;
	if (b->kind >= 0 && b->kind < FK_NKINDS && p->kind >= 0 &&
	    p->kind < FK_NKINDS)
		example(&j->cls[b->kind][p->kind], &r, packed, n);
	if (r.rulelen)
		rule_seen(&j->broken_rules, &r, packed, n, packed + r.packed,
			  r.rulelen);
	if (r.fixlen)
		rule_seen(&j->fixed_rules, &r, packed, n,
			  packed + r.packed + r.rulelen, r.fixlen);
}

/* ---- the report ------------------------------------------------------------- */

static const char *named(const struct example *e)
{
	static struct fk_buf text;

	text.len = 0;
	fk_choices_unpack(e->packed, e->plen, &text);
	return text.s;
}

static void json_classes(FILE *f, struct pair_run *j)
{
	int a, b, first = 1;

	fprintf(f, "  \"classes\": [");
	for (a = 0; a < FK_NKINDS; a++)
		for (b = 0; b < FK_NKINDS; b++) {
			const struct example *e = &j->cls[a][b];

			if (!e->n)
				continue;
			fprintf(f, "%s\n    {\"from\": \"%s\", \"to\": \"%s\", \"scenarios\": %ld, \"example\": ",
				first ? "" : ",", fk_kind_name(a),
				fk_kind_name(b), e->n);
			fk_json_str(f, named(e));
			fprintf(f, ", \"unusual\": %d}", e->unusual);
			first = 0;
		}
	fprintf(f, "\n  ],\n");
}

/* "name[inst]=label" of a term. */
static void term_text(struct fk_buf *b, int id)
{
	const struct fk_dim *d;
	int dim, inst, idx;

	fk_regions_term(id, &dim, &inst, &idx);
	d = fk_dim_at(dim);
	if (!d || idx >= d->n)
		return;
	fk_bprintf(b, "%s", d->name);
	if (inst)
		fk_bprintf(b, "[%d]", inst);
	fk_bprintf(b, "=%s", d->label[idx]);
}

#define MAX_CUBES	16

static void json_region(FILE *f, const struct fk_region *c, int from, int to,
			int first)
{
	struct fk_buf b = { 0 };
	int i;

	fprintf(f, "%s\n    {\"from\": \"%s\", \"to\": \"%s\", \"where\": [",
		first ? "" : ",", fk_kind_name(from), fk_kind_name(to));
	for (i = 0; i < c->nterms; i++) {
		b.len = 0;
		term_text(&b, c->terms[i]);
		fprintf(f, "%s", i ? ", " : "");
		fk_json_str(f, b.s);
	}
	fprintf(f, "], \"scenarios\": %ld, \"wrong_in\": %ld, \"wrong_out\": %ld, \"example\": ",
		c->rows, c->wrong_in, c->wrong_out);
	b.len = 0;
	fk_bprintf(&b, "%s", "");
	for (i = 0; i < c->nexample; i++) {
		if (i)
			fk_bprintf(&b, " ");
		term_text(&b, c->example_terms[i]);
	}
	fk_json_str(f, b.s);
	/* the inputs at other than their first value: what is unusual */
	fprintf(f, ", \"example_inputs\": ");
	b.len = 0;
	fk_bprintf(&b, "%s", "");
	for (i = 0; i < c->nexample; i++) {
		int dim, inst, idx;

		fk_regions_term(c->example_terms[i], &dim, &inst, &idx);
		if (!idx)
			continue;
		if (b.len)
			fk_bprintf(&b, " ");
		term_text(&b, c->example_terms[i]);
	}
	fk_json_str(f, b.s);
	fprintf(f, "}");
	free(b.s);
}

/*
 * Each group's scenarios as a few conjunctions of "input=value" terms,
 * exact over the space when wrong_in and wrong_out are 0 (and over the
 * rows kept: "sampled" says 1 in how many).
 */
static void json_regions(FILE *f, struct pair_run *j)
{
	struct fk_region c[MAX_CUBES];
	int from, to, i, n, first = 1;

	fprintf(f, "  \"sampled\": %d,\n  \"regions\": [",
		1 << fk_regions_sampled(&j->reg));
	for (from = 0; from < FK_NKINDS; from++)
		for (to = 0; to < FK_NKINDS; to++) {
			if (!j->cls[from][to].n)
				continue;
			n = fk_regions_learn(&j->reg,
					     1 + from * FK_NKINDS + to, c,
					     MAX_CUBES);
			for (i = 0; i < n; i++, first = 0)
				json_region(f, &c[i], from, to, first);
		}
	fprintf(f, "\n  ],\n");
}

static void json_rules(FILE *f, const char *key, struct pair_rules *l)
{
	int i;

	fprintf(f, "  \"%s\": [", key);
	for (i = 0; i < l->nrules; i++) {
		fprintf(f, "%s\n    {\"rule\": ", i ? "," : "");
		fk_json_str(f, l->at[i].text);
		fprintf(f, ", \"scenarios\": %ld, \"example\": ",
			l->at[i].ex.n);
		fk_json_str(f, named(&l->at[i].ex));
		fprintf(f, "}");
	}
	fprintf(f, "\n  ],\n");
}

static void json_trace_only(FILE *f, struct pair_run *j)
{
	int k, first = 1;

	fprintf(f, "  \"trace_only_calls\": [");
	for (k = 0; k < fk_ntrace_only() && k < MAX_TRO; k++) {
		if (!j->tro_fewer[k] && !j->tro_more[k])
			continue;
		fprintf(f, "%s\n    {\"call\": ", first ? "" : ",");
		fk_json_str(f, fk_trace_only_at(k)->fn);
		fprintf(f, ", \"fewer\": %ld, \"more\": %ld, \"why\": ",
			j->tro_fewer[k], j->tro_more[k]);
		fk_json_str(f, fk_trace_only_at(k)->why);
		fprintf(f, "}");
		first = 0;
	}
	fprintf(f, "\n  ],\n");
}

static int write_json(const char *path, struct pair_run *j, int unusual,
		      int rc)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "w") : stdout;

	if (!f) {
		perror(path);
		return -1;
	}
	fprintf(f, "{\n  \"tool\": \"faultkit pair\",\n  \"kernel\": ");
	fk_json_str(f, fk_profile.name);
	fprintf(f, ",\n  \"unusual\": %d,\n  \"scenarios\": %ld,\n  \"same\": %ld,\n  \"trace_only\": %ld,\n  \"changed\": %ld,\n  \"broken\": %ld,\n  \"mismatch\": %ld,\n  \"crashed\": %ld,\n  \"stopped\": ",
		unusual, j->scenarios, j->same, j->trace_only, j->changed,
		j->broken_rules.n, j->mismatch, j->crashed);
	fk_json_str(f, rc == FK_SERVE_STOPPED ? "crashes" :
		    rc == FK_SERVE_SPUN ? "spins" :
		    rc == FK_SERVE_MACHINE ? "machine" :
		    rc == FK_SERVE_BROKEN ? "broken" : "");
	fprintf(f, ",\n");
	json_classes(f, j);
	json_regions(f, j);
	fprintf(f, "  \"fixed\": %ld,\n", j->fixed_rules.n);
	json_rules(f, "rules", &j->broken_rules);
	json_rules(f, "fixed_rules", &j->fixed_rules);
	json_trace_only(f, j);
	fprintf(f, "  \"crash_scenarios\": ");
	fk_json_str(f, j->crashes.s);
	fprintf(f, "\n}\n");
	if (f != stdout)
		fclose(f);
	return 0;
}

static void print_summary(struct pair_run *j, int drop)
{
	int a, b, i;

	printf("pair: %s: %ld scenarios: %ld behave the same (%ld of them trace only), %ld otherwise%s\n",
	       fk_profile.name, j->scenarios, j->same, j->trace_only,
	       j->changed, drop ? " with the trace-only calls dropped" : "");
	for (a = 0; a < FK_NKINDS; a++)
		for (b = 0; b < FK_NKINDS; b++)
			if (j->cls[a][b].n)
				printf("  %s -> %s: %ld, e.g. %s\n",
				       fk_kind_name(a), fk_kind_name(b),
				       j->cls[a][b].n, named(&j->cls[a][b]));
	for (i = 0; i < j->broken_rules.nrules; i++)
		printf("  broken rule in %ld: %s\n",
		       j->broken_rules.at[i].ex.n, j->broken_rules.at[i].text);
	for (i = 0; i < j->fixed_rules.nrules; i++)
		printf("  rule the base broke, kept in %ld: %s\n",
		       j->fixed_rules.at[i].ex.n, j->fixed_rules.at[i].text);
	if (j->crashed)
		printf("  crashed: %ld\n%s", j->crashed, j->crashes.s);
}

static void pair_free(struct pair_run *j)
{
	int a, b;

	for (a = 0; a < FK_NKINDS; a++)
		for (b = 0; b < FK_NKINDS; b++)
			free(j->cls[a][b].packed);
	for (a = 0; a < j->broken_rules.nrules; a++)
		free(j->broken_rules.at[a].ex.packed);
	for (a = 0; a < j->fixed_rules.nrules; a++)
		free(j->fixed_rules.at[a].ex.packed);
	free(j->crashes.s);
	fk_regions_free(&j->reg);
}

/*
 * Exit 0: ran (whatever it found: the caller judges from the JSON);
 * 2: could not run (usage, machine trouble, a worker lost between jobs).
 * --drop-check exits 1 when a scenario behaves otherwise.
 */
int fk_pair_main(int argc, char **argv)
{
	static struct pair_run j;
	const char *rules = NULL, *json = NULL;
	int i, jobs = 2, unusual = 2, drop = 0, rc;

	fk_dims_index();
	for (i = 2; i < argc; i++) {
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(argv[i], "--drop-check")) {
			drop = 1;
			continue;
		}
		if (v && !strcmp(argv[i], "--rules"))
			rules = v;
		else if (v && !strcmp(argv[i], "--json"))
			json = v;
		else if (v && !strcmp(argv[i], "--unusual") && atoi(v) >= 0)
			unusual = atoi(v);
		else if (v && !strcmp(argv[i], "--jobs") && atoi(v) > 0)
			jobs = atoi(v);
		else {
			fprintf(stderr, "usage: %s --pair [--drop-check] [--rules FILE] [--unusual N] [--jobs N] [--json FILE]\n",
				argv[0]);
			return 2;
		}
		i++;
	}
	if (rules && fk_rules_load(rules))
		return 2;
	fk_regions_init(&j.reg, fk_ndims());
	fk_explore_source(&j.src);
	j.src.run = pr_run;
	j.src.result = pr_result;
	j.src.stop_after = STOP_AFTER;
	/* side 0 the unit built; side 1 the base, or the unit without */
	j.pair.side[1].unit = !drop;
	j.pair.side[1].drop = drop;
	j.pair.capture = capture;
	fk_explore_budget(unusual);
	rc = fk_serve_parallel(&j.src, jobs);
	if (j.crashed)
		sort_crashes(&j);
	qsort(j.broken_rules.at, (size_t)j.broken_rules.nrules,
	      sizeof(j.broken_rules.at[0]), by_count);
	qsort(j.fixed_rules.at, (size_t)j.fixed_rules.nrules,
	      sizeof(j.fixed_rules.at[0]), by_count);
	print_summary(&j, drop);
	if (json && write_json(json, &j, unusual, rc))
		rc = FK_SERVE_BROKEN;
	pair_free(&j);
	if (rc == FK_SERVE_MACHINE || rc == FK_SERVE_BROKEN) {
		fprintf(stderr, "faultkit: pair: %s\n", rc == FK_SERVE_MACHINE ?
			"machine trouble: a scenario gave no answer, twice (FK_GUARD_MS); no verdict, rerun it" :
			"a worker was lost between jobs");
		return 2;
	}
	return drop && j.changed ? 1 : 0;
}
