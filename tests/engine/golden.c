// SPDX-License-Identifier: GPL-2.0
/*
 * make check's strict gate: every row's whole behaviour against the
 * golden file of its suite (tests/<k>/golden/<suite>.txt, which make
 * golden writes and reviewers read as diffs). A row that passes what it
 * asserts still fails when its pinned trace moved, with the diff.
 *
 * A golden file is a header of '#' lines, one naming the unit it was
 * recorded from ("# unit: NAME sha256:HEX"), then one block per row,
 * blocks separated by an empty line, each starting "row NAME".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fk.h"
#include "fk_internal.h"

#define CONTEXT	2	/* lines shown around a difference */

struct block {
	const char *suite;
	char *row;		/* "row NAME" line's NAME */
	char *text;		/* the block, each line '\n'-ended */
};

static struct {
	const char *dir;
	const char *sha;	/* the unit's, as make computes it */
	struct block *b;
	int n;
	struct fk_buf other;	/* suites recorded from another unit */
	struct fk_buf loaded;	/* " suite suite ... " of those read */
} g;

static char *slurp(const char *path)
{
	struct fk_buf b = { 0 };
	char chunk[8192];
	size_t k;
	FILE *f = fopen(path, "r");

	if (!f)
		return NULL;
	while ((k = fread(chunk, 1, sizeof(chunk), f)) > 0)
		fk_bappend(&b, chunk, k);
	fclose(f);
	fk_bprintf(&b, "%s", "");
	return b.s;
}

/* The header's unit: is it the one under test? Says so once if not. */
static void check_unit(const char *suite, const char *text)
{
	const char *u = strstr(text, "# unit: ");
	const char *sha = u ? strstr(u, " sha256:") : NULL;

	if (!g.sha || (sha && !strncmp(sha + 8, g.sha, strlen(g.sha))))
		return;
	fk_bprintf(&g.other, " %s", suite);
}

static void add_block(const char *suite, char *start, char *end)
{
	char *nl = memchr(start, '\n', (size_t)(end - start));

	if (strncmp(start, "row ", 4) || !nl)
		return;
	g.b = realloc(g.b, (size_t)(g.n + 1) * sizeof(*g.b));
	if (!g.b)
		abort();
	g.b[g.n].suite = suite;
	g.b[g.n].row = strndup(start + 4, (size_t)(nl - start - 4));
	g.b[g.n].text = strndup(start, (size_t)(end - start));
	g.n++;
}

static void load_suite(const char *suite)
{
	char path[4096], *text, *p, *q;

	snprintf(path, sizeof(path), "%s/%s.txt", g.dir, suite);
	text = slurp(path);
	if (!text)
		return;		/* no golden file: a suite of one's own */
	fk_bprintf(&g.loaded, " %s ", suite);
	check_unit(suite, text);
	for (p = text; *p; p = q) {
		q = strstr(p, "\n\n");
		q = q ? q + 1 : p + strlen(p);
		while (*p == '#') {	/* header lines */
			char *nl = strchr(p, '\n');

			p = nl ? nl + 1 : q;
		}
		if (p < q)
			add_block(suite, p, q);
		while (*q == '\n')
			q++;
	}
	free(text);
}

/* make check --golden DIR [--golden-sha HEX] */
void fk_golden_load(const char *dir, const char *sha)
{
	int i;

	g.dir = dir;
	g.sha = sha && *sha ? sha : NULL;
	for (i = 0; i < fk_table.n; i++)
		if (!i || strcmp(fk_table.suite[i], fk_table.suite[i - 1]))
			load_suite(fk_table.suite[i]);
	if (g.other.s)
		fprintf(stderr, "faultkit: the golden files of suites%s were recorded from another version of the unit; its traces are compared with them all the same\n",
			g.other.s);
}

int fk_golden_on(void)
{
	return g.dir != NULL;
}

static const struct block *block_of(const struct fk_row *row)
{
	int i;

	for (i = 0; i < g.n; i++)
		if (!strcmp(g.b[i].row, row->name))
			return &g.b[i];
	return NULL;
}

/* The lines of @s, pointers into a copy the caller frees. */
static char **lines_of(char *s, int *n)
{
	char **v = NULL, *p;

	*n = 0;
	for (p = s; p && *p;) {
		char *nl = strchr(p, '\n');

		v = realloc(v, (size_t)(*n + 1) * sizeof(*v));
		if (!v)
			abort();
		v[(*n)++] = p;
		if (!nl)
			break;
		*nl = 0;
		p = nl + 1;
	}
	return v;
}

/*
 * The lines each side has that the other lacks, around the first place
 * they part, as -/+ lines: a row's trace is short, so a longest common
 * subsequence is cheap.
 */
static void diff(struct fk_buf *b, char **x, int nx, char **y, int ny)
{
	int *l = calloc((size_t)(nx + 1) * (size_t)(ny + 1), sizeof(int));
	int i = 0, j = 0, first = -1, shown = 0;

	if (!l)
		abort();
#define L(a, c) l[(a) * (ny + 1) + (c)]
	for (i = nx - 1; i >= 0; i--)
		for (j = ny - 1; j >= 0; j--)
			L(i, j) = !strcmp(x[i], y[j]) ? L(i + 1, j + 1) + 1 :
				  L(i + 1, j) > L(i, j + 1) ? L(i + 1, j) :
							      L(i, j + 1);
	for (i = 0, j = 0; (i < nx || j < ny) && shown < 40;) {
		if (i < nx && j < ny && !strcmp(x[i], y[j])) {
			if (first >= 0 && i - first <= CONTEXT)
				fk_bprintf(b, "     %s\n", x[i]);
			i++, j++;
			continue;
		}
		if (first < 0) {
			int k;

			for (k = i - CONTEXT < 0 ? 0 : i - CONTEXT; k < i; k++)
				fk_bprintf(b, "     %s\n", x[k]);
		}
		first = i;
		if (j < ny && (i == nx || L(i, j + 1) >= L(i + 1, j)))
			fk_bprintf(b, "   + %s\n", y[j++]);
		else
			fk_bprintf(b, "   - %s\n", x[i++]);
		shown++;
	}
#undef L
	free(l);
}

/*
 * 0 when the last run's behaviour is the golden one; else 1 and the
 * report (what moved, where, and how to accept it) in @report.
 */
static int suite_loaded(const struct fk_row *row)
{
	char key[80];
	int i;

	for (i = 0; i < fk_table.n && fk_table.rows[i] != row; i++)
		;
	if (i == fk_table.n || !g.loaded.s)
		return 0;
	snprintf(key, sizeof(key), " %s ", fk_table.suite[i]);
	return strstr(g.loaded.s, key) != NULL;
}

int fk_golden_compare(const struct fk_row *row, char **report)
{
	const struct block *blk = block_of(row);
	char *now, *was, **x, **y;
	struct fk_buf b = { 0 };
	int nx, ny, same;

	/* a suite with no golden file (EXTRA_ROWS=) pins nothing */
	if (!blk && !suite_loaded(row))
		return 0;
	now = fk_behaviour(row);
	if (!blk) {
		fk_bprintf(&b, "row %s: no golden behaviour in %s/: `make golden` records it\n",
			   row->name, g.dir);
		free(now);
		*report = b.s;
		return 1;
	}
	same = !strcmp(blk->text, now);
	if (same) {
		free(now);
		return 0;
	}
	was = strdup(blk->text);
	x = lines_of(was, &nx);
	y = lines_of(now, &ny);
	fk_bprintf(&b, "row %s: its trace moved from %s/%s.txt (- golden, + now):\n",
		   row->name, g.dir, blk->suite);
	diff(&b, x, nx, y, ny);
	fk_bprintf(&b, "  if the change is meant, `make golden` records it; review the diff (git diff %s)\n",
		   g.dir);
	free(x);
	free(y);
	free(was);
	free(now);
	*report = b.s;
	return 1;
}
