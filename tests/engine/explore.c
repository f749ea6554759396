// SPDX-License-Identifier: GPL-2.0
/*
 * The explorer: every scenario of a profile's input space, found by
 * running the unit rather than by enumerating the product of the
 * domains. An input is a dimension (struct fk_dim) that the run chooses
 * when it first reads it (fk_choose), as Lazy SmallCheck demands only
 * the inputs a property inspects and VeriSoft or CHESS branch only on
 * the choices a run makes: after each run the deepest choice that has
 * another legal value takes it and the run is replayed up to there. The
 * number of runs follows the number of distinct paths, not the product
 * of all domains.
 *
 * Combinations the hardware cannot produce are left out only through
 * one reviewed list (tests/x86/impossible.txt): each entry names the
 * values that cannot occur together and says why.
 *
 * The runs go through the fork server; a scenario's job name is its
 * choices, so one that crashes or hangs is named and the next worker
 * goes on after it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fk.h"
#include "fk_internal.h"
#include "explore.h"

int fk_exploring;
int fk_unit_side;
int fk_drop_side;

extern const struct fk_dim *const __start_fk_dims[];
extern const struct fk_dim *const __stop_fk_dims[];

/* ---- the dimensions, by name -------------------------------------------- */

static const struct fk_dim **dims;
static int ndims;
/* the same, by address, with each one's id and group */
static struct dim_ref {
	const struct fk_dim *d;
	int id, group;
} *refs;

static int by_name(const void *a, const void *b)
{
	return strcmp((*(const struct fk_dim *const *)a)->name,
		      (*(const struct fk_dim *const *)b)->name);
}

/* Two inputs of one group: the same name up to a '.'. */
static int same_group(const struct fk_dim *a, const struct fk_dim *b)
{
	size_t n = strcspn(a->name, ".");

	return n == strcspn(b->name, ".") && !strncmp(a->name, b->name, n);
}

/* refs[] by id, the id written into each dimension (fk_dim.id). */
static void index_refs(void)
{
	int i, g;

	refs = calloc((size_t)ndims + 1, sizeof(*refs));
	if (!refs)
		abort();
	for (i = 0; i < ndims; i++) {
		for (g = 0; g < i && !same_group(dims[g], dims[i]); g++)
			;
		refs[i] = (struct dim_ref){ dims[i], i, g };
		*dims[i]->id = i;
	}
}

/* Sorted by name: the same ids in every build of a profile. */
void fk_dims_index(void)
{
	const struct fk_dim *const *p;

	if (dims)
		return;
	ndims = (int)(__stop_fk_dims - __start_fk_dims);
	dims = calloc((size_t)ndims + 1, sizeof(*dims));
	if (!dims)
		abort();
	for (p = __start_fk_dims; p < __stop_fk_dims; p++)
		dims[p - __start_fk_dims] = *p;
	qsort(dims, (size_t)ndims, sizeof(*dims), by_name);
	index_refs();
}

/* Asked several times for each choice of each scenario. */
static const struct dim_ref *ref_of(const struct fk_dim *d)
{
	return d && *d->id >= 0 ? &refs[*d->id] : NULL;
}

int fk_dim_id(const struct fk_dim *d)
{
	const struct dim_ref *r = ref_of(d);

	return r ? r->id : -1;
}

int fk_ndims(void)
{
	return ndims;
}

const struct fk_dim *fk_dim_at(int id)
{
	return id >= 0 && id < ndims ? dims[id] : NULL;
}

const struct fk_dim *fk_dim_named(const char *name)
{
	int i;

	for (i = 0; i < ndims; i++)
		if (!strcmp(dims[i]->name, name))
			return dims[i];
	return NULL;
}

int fk_label_index(const struct fk_dim *d, const char *label)
{
	int i;

	for (i = 0; i < d->n; i++)
		if (!strcmp(d->label[i], label))
			return i;
	return -1;
}

/* ---- what cannot happen: the reviewed list ------------------------------- */

#define MAX_RULES	64
#define MAX_TERMS	4

struct rule {
	int n;
	struct {
		const struct fk_dim *d;
		int idx;
	} t[MAX_TERMS];
	char text[120];
	char why[400];
};

static struct rule rules[MAX_RULES];
static int nrules;

/* "dim=label dim=label ... : reason"; 0, or -1 with a message. */
static int parse_rule(char *line, int lineno, const char *path)
{
	struct rule *r = &rules[nrules];
	char *colon = strstr(line, " : "), *tok, *save = NULL;

	if (!colon || nrules == MAX_RULES) {
		fprintf(stderr, "%s:%d: want \"dim=value ... : why\"\n", path,
			lineno);
		return -1;
	}
	*colon = 0;
	snprintf(r->why, sizeof(r->why), "%s", colon + 3);
	snprintf(r->text, sizeof(r->text), "%s", line);
	for (tok = strtok_r(line, " \t", &save); tok;
	     tok = strtok_r(NULL, " \t", &save)) {
		char *eq = strchr(tok, '=');
		const struct fk_dim *d;

		if (!eq || r->n == MAX_TERMS)
			goto bad;
		*eq = 0;
		d = fk_dim_named(tok);
		/* a dimension of another kernel: the rule is not for us */
		if (!d)
			return 0;
		r->t[r->n].d = d;
		r->t[r->n].idx = fk_label_index(d, eq + 1);
		if (r->t[r->n].idx < 0)
			goto bad;
		r->n++;
	}
	if (r->n < 2)
		goto bad;
	nrules++;
	return 0;
bad:
	fprintf(stderr, "%s:%d: a dimension or value this profile does not know, or too few terms\n",
		path, lineno);
	return -1;
}

int fk_rules_load(const char *path)
{
	char line[600];
	int lineno = 0, bad = 0;
	FILE *f = fopen(path, "r");

	if (!f) {
		perror(path);
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		char *p = line + strspn(line, " \t");

		lineno++;
		p[strcspn(p, "\n")] = 0;
		if (*p && *p != '#' && parse_rule(p, lineno, path))
			bad = 1;
	}
	fclose(f);
	return bad ? -1 : 0;
}

/* ---- the choices of one run --------------------------------------------- */

#define MAX_CHOICES	96

struct choice {
	const struct fk_dim *d;
	int inst;
	int idx;
	unsigned long long legal;
};

static struct {
	struct choice log[MAX_CHOICES];
	int n;			/* choices made so far in this run */
	int forced;		/* the first ones replay an earlier run */
	/* replaying a written-down scenario: its choices, by name */
	const struct fk_pick *want;
	int nwant;
	/* one part of n */
	int part, nparts;
	int skipped;
	/* at most @budget groups of inputs with unusual values a run */
	int budget;
	/* a pair run: the first side's choices, then the second's reads */
	int second;
	int np;
	unsigned long long base_hit[2];	/* first side's choices it read */
	const struct fk_dim *base_read[MAX_CHOICES];
	int nbase;
	int mismatch;
	char name[FK_JOB_ID];
	size_t namelen;
	size_t prefixlen;	/* of the name of the forced choices ... */
	int named;		/* ... when this is ex.forced, and fresh */
} ex;

static int chosen(const struct fk_dim *d, int idx)
{
	int i;

	for (i = 0; i < ex.n; i++)
		if (ex.log[i].d == d && ex.log[i].idx == idx)
			return 1;
	return 0;
}

/* Leaves out the values a rule of the list forbids with what is chosen. */
static unsigned long long possible(const struct fk_dim *d,
				   unsigned long long legal)
{
	int r, t, u;

	for (r = 0; r < nrules; r++)
		for (t = 0; t < rules[r].n; t++) {
			int all = 1;

			if (rules[r].t[t].d != d ||
			    !(legal >> rules[r].t[t].idx & 1))
				continue;
			for (u = 0; u < rules[r].n && all; u++)
				if (u != t && !chosen(rules[r].t[u].d,
						      rules[r].t[u].idx))
					all = 0;
			if (all)
				legal &= ~(1ULL << rules[r].t[t].idx);
		}
	return legal;
}

/*
 * The values this process was offered (by the space, where a run read
 * the input) and allowed (by the rules), sent once each with the next
 * scenario (fk_choices_pack): a value no scenario took is then known to
 * be outside the profile's space, ruled out, or beyond the bound.
 */
#define MAX_NEWS	4096
static unsigned long long offered[1024], allowed[1024];
static struct {
	uint16_t w[2][MAX_NEWS];
	int n[2];
} news;

static void note_offer(const struct fk_dim *d, unsigned long long legal,
		       int kind)
{
	unsigned long long *seen = kind ? allowed : offered, fresh;
	int id = fk_dim_id(d);

	if (id < 0 || id >= 1024)
		return;
	fresh = legal & ~seen[id];
	seen[id] |= fresh;
	for (; fresh && news.n[kind] < MAX_NEWS; fresh &= fresh - 1)
		news.w[kind][news.n[kind]++] =
			(uint16_t)(id << 6 | __builtin_ctzll(fresh));
}

/* The groups that took an unusual value in this run, and how many. */
static unsigned char unusual_groups[1024];
static int nunusual;

static void note_unusual(const struct fk_dim *d, int idx)
{
	const struct dim_ref *r = ref_of(d);

	if (idx && !d->core && r && r->group < 1024 &&
	    !unusual_groups[r->group]) {
		unusual_groups[r->group] = 1;
		nunusual++;
	}
}

static int unusual_group(const struct fk_dim *d)
{
	const struct dim_ref *r = ref_of(d);

	return r && r->group < 1024 && unusual_groups[r->group];
}

static int lowest(unsigned long long v)
{
	return __builtin_ctzll(v);
}

/*
 * How many times the log holds @d so far in this run: the next read's
 * instance. Counted as choices are logged, not by scanning the log.
 */
static unsigned int reads_gen = 1;
static struct {
	unsigned int gen;
	int n;
} reads[1024];

static int logged(const struct fk_dim *d)
{
	const struct dim_ref *r = ref_of(d);

	if (!r || r->id >= 1024)
		abort();	/* raise reads[]: more dimensions than it holds */
	return reads[r->id].gen == reads_gen ? reads[r->id].n : 0;
}

static void log_read(const struct fk_dim *d)
{
	const struct dim_ref *r = ref_of(d);

	if (reads[r->id].gen != reads_gen) {
		reads[r->id].gen = reads_gen;
		reads[r->id].n = 0;
	}
	reads[r->id].n++;
}

static int wanted(const struct fk_dim *d, int inst)
{
	int i;

	for (i = 0; i < ex.nwant; i++)
		if (ex.want[i].d == d && ex.want[i].inst == inst)
			return ex.want[i].idx;
	return -1;
}

static void put_hex(unsigned long long v)
{
	char tmp[17];
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[v & 15];
		v >>= 4;
	} while (v);
	while (n && ex.namelen < sizeof(ex.name) - 1)
		ex.name[ex.namelen++] = tmp[--n];
}

/*
 * The job's name grows with each choice, "id.inst.idx.legal" in hex, so
 * a crash is named by them all. Written by hand, and only the new part
 * copied to the server: it is done for every choice of every scenario.
 */
static void name_append(const struct choice *c)
{
	if (ex.namelen > sizeof(ex.name) - 64)
		return;
	if (ex.namelen)
		ex.name[ex.namelen++] = ',';
	put_hex((unsigned long long)fk_dim_id(c->d));
	ex.name[ex.namelen++] = '.';
	put_hex((unsigned long long)c->inst);
	ex.name[ex.namelen++] = '.';
	put_hex((unsigned long long)c->idx);
	ex.name[ex.namelen++] = '.';
	put_hex(c->legal);
	ex.name[ex.namelen] = 0;
}

static void name_choice(const struct choice *c)
{
	size_t from = ex.namelen;

	name_append(c);
	fk_serve_extend(ex.name, from, ex.namelen);
}

static int part_of(void)
{
	unsigned long long h = 1469598103934665603ULL;
	int i;

	for (i = 0; i < ex.n; i++)
		h = (h ^ (unsigned long long)(ex.log[i].idx + 1)) *
		    1099511628211ULL;
	return (int)(h % (unsigned long long)ex.nparts);
}

/*
 * Several workers walk the same tree: each runs the subtrees below the
 * SPLIT-th choice whose choices so far hash to its part, and leaves the
 * others there; a scenario of fewer choices is kept by one part only.
 */
#define SPLIT	8

static void split(void)
{
	if (ex.nparts > 1 && ex.n == SPLIT && part_of() != ex.part) {
		ex.skipped = 1;
		fk_noreturn("explore: another part's");
	}
}

/*
 * A pair run (make regress): the base unit reads the same fault after
 * the patched one. An input the patched unit read has its value; one it
 * did not is the base's own choice, logged after the patched unit's, so
 * the walk covers the inputs either unit reads. A value the patched
 * unit chose that the base cannot take there (it passes other flags to
 * handle_mm_fault, say) is the base's lowest legal one instead.
 */
static int base_reads(const struct fk_dim *d, unsigned long long legal,
		      int *idx)
{
	int i, inst = 0;

	for (i = 0; i < ex.nbase; i++)
		inst += ex.base_read[i] == d;
	if (ex.nbase < MAX_CHOICES)
		ex.base_read[ex.nbase++] = d;
	for (i = 0; i < ex.np; i++) {
		const struct choice *c = &ex.log[i];

		if (c->d != d || c->inst != inst)
			continue;
		ex.base_hit[i / 64] |= 1ULL << (i % 64);
		legal &= FK_ALL(d->n);
		*idx = legal >> c->idx & 1 ? c->idx :
		       legal ? lowest(legal) : c->idx;
		ex.mismatch |= *idx != c->idx;
		return 1;
	}
	return 0;
}

/* Replaying the choices an earlier run made up to here. */
static int replayed(const struct fk_dim *d, int inst)
{
	struct choice *c = &ex.log[ex.n];

	if (c->d && (c->d != d || c->inst != inst)) {
		fk_violation("explore: the run read %s where an earlier run with the same choices read %s: the unit or the model is not deterministic",
			     d->name, c->d->name);
		fk_noreturn("explore: not deterministic");
	}
	c->d = d;
	c->inst = inst;
	ex.n++;
	log_read(d);
	note_unusual(d, c->idx);
	split();
	return c->idx;
}

int fk_choose(const struct fk_dim *d, unsigned long long legal)
{
	struct choice *c;
	int w, inst, idx;

	if (!fk_exploring)
		return -1;
	if (ex.second && base_reads(d, legal, &idx))
		return idx;
	inst = logged(d);
	if (ex.n == MAX_CHOICES)
		fk_runaway("more than %d inputs read in one fault (the explorer's choices): it does not end",
			   MAX_CHOICES);
	if (ex.n < ex.forced)
		return replayed(d, inst);
	c = &ex.log[ex.n];
	note_offer(d, legal & FK_ALL(d->n), 0);
	legal = possible(d, legal & FK_ALL(d->n));
	note_offer(d, legal, 1);
	if (!ex.want && !d->core && (legal & 1) && !unusual_group(d) &&
	    nunusual >= ex.budget)
		legal = 1;
	w = wanted(d, inst);
	if (w >= 0 && (legal >> w & 1))
		legal = 1ULL << w;
	else if (ex.want && legal)
		legal = 1ULL << lowest(legal);
	if (!legal) {
		fk_violation("explore: no value of %s is possible here", d->name);
		fk_noreturn("explore: impossible");
	}
	*c = (struct choice){ d, inst, lowest(legal), legal };
	ex.n++;
	log_read(d);
	note_unusual(d, c->idx);
	name_choice(c);
	split();
	return c->idx;
}

/* The next scenario: the deepest choice with another legal value. */
static int advance(void)
{
	while (ex.n > 0) {
		struct choice *c = &ex.log[ex.n - 1];
		unsigned long long rest = c->legal & ~((2ULL << c->idx) - 1);

		if (rest) {
			c->idx = lowest(rest);
			ex.forced = ex.n;
			ex.named = -1;
			return 1;
		}
		ex.n--;
	}
	return 0;
}

/* A job's name back into choices (their dimensions, by id). */
static int parse_name(const char *s)
{
	ex.n = 0;
	ex.named = -1;
	while (*s && ex.n < MAX_CHOICES) {
		int id, inst, idx, k = 0;
		unsigned long long legal;

		if (sscanf(s, "%x.%x.%x.%llx%n", &id, &inst, &idx, &legal,
			   &k) != 4)
			return -1;
		ex.log[ex.n++] = (struct choice){ fk_dim_at(id), inst, idx,
						  legal };
		s += k;
		s += *s == ',';
	}
	return 0;
}

/* ---- a scenario, written down ------------------------------------------- */

/* A job's name (the choices of a scenario that crashed or hung) as text. */
void fk_job_name_text(const char *id, struct fk_buf *b)
{
	int saved = ex.n;
	struct choice keep[MAX_CHOICES];

	memcpy(keep, ex.log, sizeof(keep));
	if (parse_name(id) == 0)
		fk_choices_text(b);
	else
		fk_bprintf(b, "%s", id);
	memcpy(ex.log, keep, sizeof(keep));
	ex.n = saved;
}

/* "name[inst]=label" for each choice, in the order they were made. */
void fk_choices_text(struct fk_buf *b)
{
	int i;

	for (i = 0; i < ex.n; i++) {
		const struct choice *c = &ex.log[i];

		fk_bprintf(b, "%s%s", i ? " " : "", c->d->name);
		if (c->inst)
			fk_bprintf(b, "[%d]", c->inst);
		fk_bprintf(b, "=%s", c->d->label[c->idx]);
	}
}

/*
 * The choices as 16-bit words: dimension id << 6 | value; then, if there
 * are any, FK_PACK_OFFERED and the values newly offered, FK_PACK_ALLOWED
 * and those newly allowed.
 */
void fk_choices_pack(struct fk_buf *b)
{
	static const uint16_t mark[2] = { FK_PACK_OFFERED, FK_PACK_ALLOWED };
	int i, k;

	for (i = 0; i < ex.n; i++) {
		uint16_t v = (uint16_t)(fk_dim_id(ex.log[i].d) << 6 |
					ex.log[i].idx);

		fk_bappend(b, &v, sizeof(v));
	}
	for (k = 0; k < 2 && news.n[0] + news.n[1]; k++) {
		fk_bappend(b, &mark[k], sizeof(mark[k]));
		fk_bappend(b, news.w[k], sizeof(uint16_t) * (size_t)news.n[k]);
	}
	news.n[0] = news.n[1] = 0;
}

size_t fk_choices_len(const void *packed, size_t n)
{
	const unsigned char *p = packed;
	size_t i;

	for (i = 0; i + 1 < n; i += 2) {
		uint16_t v;

		memcpy(&v, p + i, sizeof(v));
		if (v >= FK_PACK_ALLOWED)
			break;
	}
	return i;
}

/* ... and back to "name[inst]=label ...". */
void fk_choices_unpack(const void *p, size_t n, struct fk_buf *b)
{
	const unsigned char *s = p;
	uint16_t ids[MAX_CHOICES];
	int nids = 0;
	size_t i;

	fk_bappend(b, "", 0);
	for (i = 0; i + 1 < n; i += 2) {
		const struct fk_dim *d;
		uint16_t v;
		int k, inst = 0;

		memcpy(&v, s + i, sizeof(v));
		if (v >= FK_PACK_ALLOWED)
			break;
		d = fk_dim_at(v >> 6);
		if (!d)
			continue;
		for (k = 0; k < nids; k++)
			inst += ids[k] == v >> 6;
		if (nids < MAX_CHOICES)
			ids[nids++] = v >> 6;
		/* by hand: every scenario --save writes is named here */
		if (i)
			fk_bappend(b, " ", 1);
		fk_bappend(b, d->name, strlen(d->name));
		if (inst)
			fk_bprintf(b, "[%d]", inst);
		fk_bappend(b, "=", 1);
		fk_bappend(b, d->label[v & 63], strlen(d->label[v & 63]));
	}
}

/* Reads "name[inst]=label ..." into @p; the count, or -1 (@err). */
int fk_choices_parse(const char *s, struct fk_pick *p, int max, char *err,
		     size_t len)
{
	char tok[128];
	int n = 0, k;

	while (sscanf(s, "%127s%n", tok, &k) == 1) {
		char *eq = strchr(tok, '='), *br = strchr(tok, '[');
		const struct fk_dim *d;

		s += k;
		if (!eq || n == max) {
			snprintf(err, len, "'%s': want name=value", tok);
			return -1;
		}
		*eq = 0;
		p[n].inst = br ? atoi(br + 1) : 0;
		if (br)
			*br = 0;
		d = fk_dim_named(tok);
		if (!d) {
			snprintf(err, len, "no dimension '%s' in this profile",
				 tok);
			return -1;
		}
		p[n].d = d;
		p[n].idx = fk_label_index(d, eq + 1);
		if (p[n].idx < 0) {
			snprintf(err, len, "%s has no value '%s'", tok, eq + 1);
			return -1;
		}
		n++;
	}
	return n;
}

/* ---- one run, as the explorer sees it ------------------------------------ */

/*
 * The job's name: the choices that lead to the next scenario. Made once
 * per scenario (fk_explore_next), then cut back to before a run.
 */
static void name_prefix(void)
{
	int i;

	if (ex.named != ex.forced) {
		ex.namelen = 0;
		for (i = 0; i < ex.forced; i++)
			name_append(&ex.log[i]);
		ex.prefixlen = ex.namelen;
		ex.named = ex.forced;
	}
	ex.namelen = ex.prefixlen;
	ex.name[ex.namelen] = 0;
	fk_serve_extend(ex.name, 0, ex.namelen);
}

static void run_start(void)
{
	reads_gen++;
	ex.n = 0;
	ex.skipped = 0;
	ex.second = 0;
	ex.mismatch = 0;
	name_prefix();
	memset(unusual_groups, 0, sizeof(unusual_groups));
	nunusual = 0;
}

static int run_end(void)
{
	fk_exploring = 0;
	ex.second = 0;
	if (ex.nparts > 1 && ex.n < SPLIT && part_of() != ex.part)
		ex.skipped = 1;
	return !ex.skipped;
}

/* Runs the scenario the choices so far lead to; 0 if another part's. */
int fk_explore_run(struct fk_row *row, struct fk_result *res)
{
	run_start();
	fk_exploring = 1;
	fk_profile.explore_row(row);
	fk_run(row, res);
	return run_end();
}

static void side(const struct fk_pair *p, int i)
{
	fk_unit_side = p->side[i].unit;
	fk_drop_side = p->side[i].drop;
	fk_serve_side(i);
}

/*
 * The same on both sides of @p, the second reading what the first chose
 * (base_reads); @capture is called after each run, while what it did is
 * readable. 0 if another part's.
 */
int fk_explore_run_pair(struct fk_row *row, const struct fk_pair *p)
{
	struct fk_result res;

	run_start();
	fk_exploring = 1;
	side(p, 0);
	fk_profile.explore_row(row);
	fk_run(row, &res);
	if (ex.skipped)
		goto out;
	p->capture(0, &res, p->arg);
	ex.np = ex.n;
	ex.nbase = 0;
	ex.base_hit[0] = ex.base_hit[1] = 0;
	ex.second = 1;
	side(p, 1);
	fk_profile.explore_row(row);
	fk_run(row, &res);
	if (!ex.skipped)
		p->capture(1, &res, p->arg);
out:
	fk_unit_side = 0;
	fk_drop_side = 0;
	fk_serve_side(0);
	return run_end();
}

int fk_explore_mismatch(void)
{
	return ex.mismatch;
}

/*
 * Which choices of the last pair run only one side read: a bit per
 * choice, in @out[2] (the first side's it read alone, and the second's
 * own, which come after them).
 */
void fk_explore_one_sided(unsigned long long *out)
{
	int i;

	out[0] = out[1] = 0;
	for (i = 0; i < ex.n && i < 128; i++)
		if (i >= ex.np || !(ex.base_hit[i / 64] >> (i % 64) & 1))
			out[i / 64] |= 1ULL << (i % 64);
}

void fk_explore_start(const char *after)
{
	ex.n = ex.forced = 0;
	ex.named = -1;
	if (!after)
		return;
	if (parse_name(after) || !advance())
		ex.n = -1;	/* nothing after it */
}

/* Moves to the next scenario after a run; 0 when there is none. */
int fk_explore_next(int first)
{
	if (ex.n < 0)
		return 0;
	if (!first && !advance())
		return 0;
	ex.forced = ex.n;
	name_prefix();
	return 1;
}

/* ---- the space as jobs of the fork server ------------------------------- */

static int first;

static void src_seek(struct fk_source *s, const char *after)
{
	(void)s;
	first = 1;
	fk_explore_start(after);
}

static void src_part(struct fk_source *s, int i, int n)
{
	(void)s;
	fk_explore_part(i, n);
}

/* The next scenario's name is its choices: a crash is named by them. */
static int src_next(struct fk_source *s, char *id, size_t len)
{
	size_t n;

	(void)s;
	if (!fk_explore_next(first))
		return 0;
	first = 0;
	/* by hand: it is done for every scenario */
	n = strlen(ex.name);
	if (n >= len)
		n = len - 1;
	memcpy(id, ex.name, n);
	id[n] = 0;
	return 1;
}

void fk_explore_source(struct fk_source *src)
{
	memset(src, 0, sizeof(*src));
	src->seek = src_seek;
	src->next = src_next;
	src->part = src_part;
}

void fk_explore_budget(int k)
{
	ex.budget = k;
}

void fk_explore_part(int part, int nparts)
{
	ex.part = part;
	ex.nparts = nparts;
}

void fk_explore_want(const struct fk_pick *p, int n)
{
	ex.want = p;
	ex.nwant = n;
	ex.n = ex.forced = 0;
	ex.named = -1;
}

int fk_explore_unusual(void)
{
	return nunusual;
}

const char *fk_explore_name(void)
{
	return ex.name;
}

int fk_nrules(void)
{
	return nrules;
}

const char *fk_rule_text(int i, const char **why)
{
	*why = rules[i].why;
	return rules[i].text;
}
