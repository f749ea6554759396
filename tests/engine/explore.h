/* SPDX-License-Identifier: GPL-2.0 */
/* The explorer's own interface, between explore.c and its driver. */
#ifndef FK_EXPLORE_H
#define FK_EXPLORE_H

#include <stdio.h>

#include "fk.h"
#include "fk_internal.h"

/* A choice written down: dimension, which read of it, which value. */
struct fk_pick {
	const struct fk_dim *d;
	int inst;
	int idx;
};

void fk_dims_index(void);
int fk_dim_id(const struct fk_dim *d);
int fk_ndims(void);
const struct fk_dim *fk_dim_at(int id);
const struct fk_dim *fk_dim_named(const char *name);
int fk_label_index(const struct fk_dim *d, const char *label);

int fk_rules_load(const char *path);
int fk_nrules(void);
const char *fk_rule_text(int i, const char **why);

/* The DFS: start (after a job that died, or NULL), next, run. */
void fk_explore_start(const char *after);
int fk_explore_next(int first);
int fk_explore_run(struct fk_row *row, struct fk_result *res);

/*
 * A pair run: each scenario on two sides, a side being a unit (0 the
 * one built, 1 the base unit a pair binary links beside it) and whether
 * the trace-only calls are dropped from it.
 */
struct fk_pair {
	struct {
		int unit, drop;
	} side[2];
	void (*capture)(int side, const struct fk_result *res, void *arg);
	void *arg;
};

int fk_explore_run_pair(struct fk_row *row, const struct fk_pair *p);
/* The second side could not take a value the first chose (base_reads). */
int fk_explore_mismatch(void);
/* The choices of the last pair run that one side alone read: bits. */
void fk_explore_one_sided(unsigned long long *out);
void fk_explore_part(int part, int nparts);
/* The space as jobs: seek, next and part; the caller adds run, result. */
void fk_explore_source(struct fk_source *src);
/* Replaying: these choices where the run reads them, the first legal
 * value elsewhere, and no branching. */
void fk_explore_want(const struct fk_pick *p, int n);
const char *fk_explore_name(void);
/* How many groups of inputs the last run made unusual. */
int fk_explore_unusual(void);

void fk_choices_text(struct fk_buf *b);
void fk_job_name_text(const char *id, struct fk_buf *b);
void fk_choices_pack(struct fk_buf *b);
/* What follows the choices in a pack (no dimension id reaches these). */
#define FK_PACK_OFFERED	0xffff
#define FK_PACK_ALLOWED	0xfffe
void fk_choices_unpack(const void *p, size_t n, struct fk_buf *b);
/* The bytes of a pack that are choices, without what follows them. */
size_t fk_choices_len(const void *p, size_t n);
void fk_explore_budget(int k);
int fk_choices_parse(const char *s, struct fk_pick *p, int max, char *err,
		     size_t len);

extern unsigned long long fk_path;

int fk_explore_main(int argc, char **argv);

#endif
