/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The replay's two halves: replay.c builds the scenario from a capture
 * and runs it; explain.c reads the recorded calls back as the chain of
 * decisions the unit took, each with its line in fault.c.
 */
#ifndef FK_REPLAY_H
#define FK_REPLAY_H

#include <stdio.h>

#include <fk_x86.h>

struct fk_src;

/* fault.c's text, searched at run time; NULL if it cannot be read. */
struct fk_src *fk_src_load(const char *path);
void fk_src_free(struct fk_src *s);
/* First line >= @from whose text holds @pattern (blanks ignored), or 0. */
int fk_src_find(const struct fk_src *s, const char *pattern, int from);

/* 1,234,567 */
const char *fk_grouped(char *buf, size_t len, unsigned long v);

/*
 * Prints the chain of decisions of the row just run; returns the fault.c
 * line of the last one (the decisive step), 0 if unknown.
 */
int fk_explain_path(FILE *out, const struct fk_in *in,
		    const struct fk_src *src);

#endif
