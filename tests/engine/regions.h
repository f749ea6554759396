/* SPDX-License-Identifier: GPL-2.0 */
/* Regions: changed scenarios described by their inputs (regions.c). */
#ifndef FK_REGIONS_H
#define FK_REGIONS_H

#include <stdint.h>

#define FK_REGION_TERMS		6	/* terms of one cube, at most */
#define FK_REGION_MAX_CHOICES	96

struct fk_regions {
	uint64_t **bits;	/* by term id: a bit per row */
	unsigned char *one_sided;	/* by term id: one unit alone read it */
	int *terms;		/* the ids of the terms seen */
	int nterms, nids;
	int words;		/* of each bit set */
	int nrows;
	unsigned char *group;	/* per row: 0 same, else its group */
	unsigned char *unusual;
	uint64_t *hash;		/* of its choices */
	int sample_bits;	/* rows kept: hash with these low bits 0 */
	long seen, changed;
};

/* A conjunction of terms (ids: fk_regions_term), and how it does. */
struct fk_region {
	int terms[FK_REGION_TERMS];
	int nterms;
	long rows;		/* the group's rows it holds */
	long wrong_in;		/* unchanged rows it holds too */
	long wrong_out;		/* the last one: the group's rows none holds */
	int example;		/* the most typical row: its terms */
	int example_terms[FK_REGION_MAX_CHOICES];
	int nexample;
};

void fk_regions_init(struct fk_regions *r, int ndims);
void fk_regions_add(struct fk_regions *r, const uint16_t *w, int n,
		    const unsigned long long *one_sided, int group, int unusual,
		    uint64_t hash);
int fk_regions_learn(const struct fk_regions *r, int group,
		     struct fk_region *out, int max);
void fk_regions_term(int id, int *dim, int *inst, int *idx);
int fk_regions_sampled(const struct fk_regions *r);
void fk_regions_free(struct fk_regions *r);

#endif
