// SPDX-License-Identifier: GPL-2.0
/*
 * Regions: the scenarios a patch changes, described by their inputs.
 *
 * Every scenario of a pair run is a row: the terms "input=value" it read
 * (a dimension, which read of it, which value), whether it behaves
 * otherwise and in which group (its outcome before and after). For each
 * group the learner finds a short disjunction of conjunctions of terms
 * (cubes) that holds for every changed scenario of the group and for no
 * unchanged scenario: sequential covering, each cube grown from nothing
 * by the term of most information gain (FOIL's: the group's uncovered
 * scenarios it keeps, times how much purer it makes the cube), until it
 * lets in no unchanged scenario, or until the size limit (then it says
 * how many it gets wrong).
 *
 * Each term is a bit set over the rows, so a cube is an AND of a few of
 * them and its counts are popcounts: a learning step is one sweep over
 * the term sets, not over the scenarios. The rows kept are bounded
 * (MAX_ROWS): past it, they are thinned by a hash of their choices (each
 * halving keeps those whose hash has one more low zero bit), which keeps
 * the same rows whatever order they came in; the report then says the
 * predicates were checked on a sample.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explore.h"
#include "regions.h"

#define MAX_ROWS	(1 << 21)	/* rows kept: ~2M, bits per term */
#define MAX_INST	8		/* reads of one input told apart */
#define MAX_VALUES	64

static int term_id(int dim, int inst, int idx)
{
	return (dim * MAX_INST + inst) * MAX_VALUES + idx;
}

static uint64_t *bits_of(struct fk_regions *r, int id)
{
	if (!r->bits[id]) {
		r->bits[id] = calloc((size_t)r->words, sizeof(uint64_t));
		if (!r->bits[id])
			abort();
		r->terms[r->nterms++] = id;
	}
	return r->bits[id];
}

void fk_regions_init(struct fk_regions *r, int ndims)
{
	memset(r, 0, sizeof(*r));
	r->nids = ndims * MAX_INST * MAX_VALUES;
	r->bits = calloc((size_t)r->nids, sizeof(*r->bits));
	r->terms = calloc((size_t)r->nids, sizeof(*r->terms));
	r->one_sided = calloc((size_t)r->nids, 1);
	if (!r->bits || !r->terms || !r->one_sided)
		abort();
	r->sample_bits = 0;
}

static void grow(struct fk_regions *r)
{
	int i, w = r->words ? r->words * 2 : 1024;

	for (i = 0; i < r->nterms; i++) {
		uint64_t **b = &r->bits[r->terms[i]];

		*b = realloc(*b, (size_t)w * sizeof(uint64_t));
		if (!*b)
			abort();
		memset(*b + r->words, 0, (size_t)(w - r->words) *
		       sizeof(uint64_t));
	}
	r->group = realloc(r->group, (size_t)w * 64);
	r->unusual = realloc(r->unusual, (size_t)w * 64);
	r->hash = realloc(r->hash, (size_t)w * 64 * sizeof(*r->hash));
	if (!r->group || !r->unusual || !r->hash)
		abort();
	r->words = w;
}

static int kept(const struct fk_regions *r, uint64_t hash)
{
	return !(hash & ((1ULL << r->sample_bits) - 1));
}

/*
 * Keeps the rows the next halving keeps, packed to the front: each term's
 * bits are rewritten in place, a word written only once it was read.
 */
static void thin(struct fk_regions *r)
{
	int i, t, n;

	r->sample_bits++;
	for (t = 0; t < r->nterms; t++) {
		uint64_t *b = r->bits[r->terms[t]], acc = 0;

		for (i = 0, n = 0; i < r->nrows; i++) {
			if (!kept(r, r->hash[i]))
				continue;
			acc |= (b[i / 64] >> (i % 64) & 1) << (n % 64);
			if (++n % 64 == 0) {
				b[n / 64 - 1] = acc;
				acc = 0;
			}
		}
		if (n % 64)
			b[n / 64] = acc;
		for (i = n / 64 + !!(n % 64); i < r->words; i++)
			b[i] = 0;
	}
	for (i = 0, n = 0; i < r->nrows; i++) {
		if (!kept(r, r->hash[i]))
			continue;
		r->group[n] = r->group[i];
		r->unusual[n] = r->unusual[i];
		r->hash[n] = r->hash[i];
		n++;
	}
	r->nrows = n;
}

/*
 * One scenario: its choices (fk_choices_pack's words, dimension << 6 |
 * value, in the order read), its group (0: it behaves the same), how many
 * unusual inputs it has, and a hash of its choices.
 */
void fk_regions_add(struct fk_regions *r, const uint16_t *w, int n,
		    const unsigned long long *one_sided, int group, int unusual,
		    uint64_t hash)
{
	unsigned char inst[1024];
	int i, row;

	r->seen++;
	r->changed += group != 0;
	if (!kept(r, hash))
		return;
	while (r->nrows >= MAX_ROWS && r->sample_bits < 40)
		thin(r);
	if (!kept(r, hash))
		return;
	if (r->nrows == r->words * 64)
		grow(r);
	row = r->nrows++;
	r->group[row] = (unsigned char)group;
	r->unusual[row] = (unsigned char)(unusual > 255 ? 255 : unusual);
	r->hash[row] = hash;
	memset(inst, 0, sizeof(inst));
	for (i = 0; i < n; i++) {
		int dim = w[i] >> 6, idx = w[i] & 63;

		int id;

		if (dim >= 1024 || inst[dim] >= MAX_INST ||
		    term_id(dim, inst[dim], idx) >= r->nids)
			continue;
		id = term_id(dim, inst[dim]++, idx);
		bits_of(r, id)[row / 64] |= 1ULL << (row % 64);
		if (i < 128 && one_sided[i / 64] >> (i % 64) & 1)
			r->one_sided[id] = 1;
	}
}

/* ---- learning ------------------------------------------------------------ */

static int count(const uint64_t *a, const uint64_t *b, int words)
{
	int i, n = 0;

	for (i = 0; i < words; i++)
		n += __builtin_popcountll(a[i] & b[i]);
	return n;
}

/* The rows of @group (or every changed row: @group -1, for the rest). */
static void group_set(const struct fk_regions *r, int group, uint64_t *out)
{
	int i;

	memset(out, 0, (size_t)r->words * sizeof(uint64_t));
	for (i = 0; i < r->nrows; i++)
		if (group < 0 ? r->group[i] != 0 : r->group[i] == group)
			out[i / 64] |= 1ULL << (i % 64);
}

/*
 * The term that best narrows @cube: among those that keep some of the
 * positives @pos, the one with the most positives kept per negative let
 * in (a term letting in none of the negatives, with most positives,
 * first); ties go to the lower term id, the same on any machine.
 */
/*
 * Of two terms that narrow a cube alike, one of the fault itself (its
 * mode, error code, address) says more to a reader than an input that
 * only such a fault reads; then the lower id, the same on any machine.
 */
static int better_tie(int a, int b)
{
	int da, db, inst, idx;
	const struct fk_dim *x, *y;

	fk_regions_term(a, &da, &inst, &idx);
	fk_regions_term(b, &db, &inst, &idx);
	x = fk_dim_at(da);
	y = fk_dim_at(db);
	if (x && y && x->core != y->core)
		return x->core;
	return a < b;
}

static int best_term_of(const struct fk_regions *r, const uint64_t *cube,
			const uint64_t *pos, const uint64_t *neg, uint64_t *tmp,
			const int *used, int nused, int one_sided, int *gain)
{
	int t, u, id = -1;
	int p0 = count(cube, pos, r->words), q0 = count(cube, neg, r->words);
	double best = 0, base = log2((double)p0 / (p0 + q0));

	*gain = 0;
	for (t = 0; t < r->nterms; t++) {
		const uint64_t *b = r->bits[r->terms[t]];
		int p, q, i;
		double g;

		if (r->one_sided[r->terms[t]] != one_sided)
			continue;
		for (u = 0; u < nused && used[u] != r->terms[t]; u++)
			;
		if (u < nused)
			continue;
		for (i = 0; i < r->words; i++)
			tmp[i] = cube[i] & b[i];
		p = count(tmp, pos, r->words);
		if (!p)
			continue;
		q = count(tmp, neg, r->words);
		if (q == q0)
			continue;	/* narrows nothing away */
		/* FOIL's gain: the kept positives times the bits saved */
		g = p * (log2((double)p / (p + q)) - base);
		if (g > best || (g == best && id >= 0 &&
				 better_tie(r->terms[t], id))) {
			best = g;
			id = r->terms[t];
			*gain = 1;
		}
	}
	return id;
}

/*
 * The inputs both units read come first: what one alone read is mostly
 * what the changed path went on to read (the oops path's inputs, say),
 * a consequence of the change rather than its condition. A term of
 * those is taken only when no shared term narrows the cube.
 */
static int best_term(const struct fk_regions *r, const uint64_t *cube,
		     const uint64_t *pos, const uint64_t *neg, uint64_t *tmp,
		     const int *used, int nused)
{
	int gain, other;
	int t = best_term_of(r, cube, pos, neg, tmp, used, nused, 0, &gain);

	if (t >= 0 && gain)
		return t;
	other = best_term_of(r, cube, pos, neg, tmp, used, nused, 1, &gain);
	return other >= 0 && gain ? other : t;
}

/* Every row in the cube of @terms. */
static void cube_set(const struct fk_regions *r, const int *terms, int n,
		     uint64_t *out)
{
	int i, k;

	for (i = 0; i < r->words; i++)
		out[i] = ~0ULL;
	for (k = 0; k < n; k++)
		for (i = 0; i < r->words; i++)
			out[i] &= r->bits[terms[k]][i];
}

/*
 * The most typical row of @in: fewest unusual inputs, then the values
 * most common in @in (the sum of each of its terms' counts there), then
 * the lowest hash of its choices.
 */
static int typical(const struct fk_regions *r, const uint64_t *in)
{
	long *score = calloc((size_t)r->nrows + 1, sizeof(long));
	int t, i, best = -1;

	if (!score)
		abort();
	for (t = 0; t < r->nterms; t++) {
		const uint64_t *b = r->bits[r->terms[t]];
		long c = count(b, in, r->words);

		for (i = 0; c && i < r->words; i++) {
			uint64_t x = b[i] & in[i];

			for (; x; x &= x - 1)
				score[i * 64 + __builtin_ctzll(x)] += c;
		}
	}
	for (i = 0; i < r->nrows; i++) {
		if (!(in[i / 64] >> (i % 64) & 1))
			continue;
		if (best < 0 || r->unusual[i] < r->unusual[best] ||
		    (r->unusual[i] == r->unusual[best] &&
		     (score[i] > score[best] || (score[i] == score[best] &&
		      r->hash[i] < r->hash[best]))))
			best = i;
	}
	free(score);
	return best;
}

/* The terms of row @row, in term order. */
static int row_terms(const struct fk_regions *r, int row, int *out, int max)
{
	int t, n = 0;

	for (t = 0; t < r->nterms && n < max; t++)
		if (r->bits[r->terms[t]][row / 64] >> (row % 64) & 1)
			out[n++] = r->terms[t];
	for (t = 1; t < n; t++) {	/* insertion sort: few */
		int v = out[t], u = t;

		for (; u > 0 && out[u - 1] > v; u--)
			out[u] = out[u - 1];
		out[u] = v;
	}
	return n;
}

void fk_regions_term(int id, int *dim, int *inst, int *idx)
{
	*idx = id % MAX_VALUES;
	*inst = id / MAX_VALUES % MAX_INST;
	*dim = id / MAX_VALUES / MAX_INST;
}

/*
 * The cubes of @group, into @out (at most @max, each of at most
 * FK_REGION_TERMS terms); their number. A positive no cube covers, or a
 * negative one lets in, is counted in @out[i].wrong_* of the last cube.
 */
int fk_regions_learn(const struct fk_regions *r, int group,
		     struct fk_region *out, int max)
{
	size_t sz = (size_t)(r->words ? r->words : 1) * sizeof(uint64_t);
	uint64_t *pos = malloc(sz), *neg = malloc(sz), *cube = malloc(sz);
	uint64_t *tmp = malloc(sz);
	int i, n = 0;

	if (!pos || !neg || !cube || !tmp)
		abort();
	group_set(r, group, pos);
	group_set(r, -1, neg);
	for (i = 0; i < r->words; i++)	/* negatives: the unchanged rows */
		neg[i] = ~neg[i];
	if (r->nrows % 64)
		neg[r->nrows / 64] &= (1ULL << (r->nrows % 64)) - 1;
	for (i = r->nrows / 64 + !!(r->nrows % 64); i < r->words; i++)
		neg[i] = 0;
	while (n < max && count(pos, pos, r->words)) {
		struct fk_region *c = &out[n];
		int t;

		memset(c, 0, sizeof(*c));
		cube_set(r, NULL, 0, cube);
		while (count(cube, neg, r->words) &&
		       c->nterms < FK_REGION_TERMS) {
			t = best_term(r, cube, pos, neg, tmp, c->terms,
				      c->nterms);
			if (t < 0)
				break;
			c->terms[c->nterms++] = t;
			cube_set(r, c->terms, c->nterms, cube);
		}
		for (i = 0; i < r->words; i++)
			tmp[i] = cube[i] & pos[i];
		c->rows = count(tmp, tmp, r->words);
		c->wrong_in = count(cube, neg, r->words);
		c->example = typical(r, tmp);
		c->nexample = row_terms(r, c->example, c->example_terms,
					FK_REGION_MAX_CHOICES);
		for (i = 0; i < r->words; i++)
			pos[i] &= ~cube[i];
		n++;
	}
	if (n)
		out[n - 1].wrong_out = count(pos, pos, r->words);
	free(pos);
	free(neg);
	free(cube);
	free(tmp);
	return n;
}

/* The sample's rate: 1 in 2^sample_bits unchanged rows kept. */
int fk_regions_sampled(const struct fk_regions *r)
{
	return r->sample_bits;
}

void fk_regions_free(struct fk_regions *r)
{
	int t;

	for (t = 0; t < r->nterms; t++)
		free(r->bits[r->terms[t]]);
	free(r->bits);
	free(r->terms);
	free(r->one_sided);
	free(r->group);
	free(r->unusual);
	free(r->hash);
	memset(r, 0, sizeof(*r));
}
