// SPDX-License-Identifier: GPL-2.0
/*
 * Entry point of a profile's test binary.
 *   (no argument)        run the table under Check (CK_* variables apply)
 *   --list               print suite and row names
 *   --behaviour [ROW]    print the observed behaviour of every row (or one)
 *   --bench N            run the whole table N times in this process
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fk.h"

int fk_check_main(int argc, char **argv);

#define EACH_ROW(s, r)							\
	for (s = fk_profile.suites; *s; s++)				\
		for (r = (*s)->rows; r < (*s)->rows + (*s)->nrows; r++)

static int list(void)
{
	const struct fk_row *r;
	const struct fk_suite *const *s;

	EACH_ROW(s, r)
		printf("%s %s\n", (*s)->name, r->name);
	return 0;
}

static int behaviour(const char *only)
{
	const struct fk_row *r;
	int found = 0;
	const struct fk_suite *const *s;

	EACH_ROW(s, r) {
		char *text;

		if (only && strcmp(only, r->name))
			continue;
		found = 1;
		fk_run_row(r, NULL);
		text = fk_behaviour(r);
		printf("%s\n", text);
		free(text);
	}
	if (only && !found) {
		fprintf(stderr, "no row named %s\n", only);
		return 2;
	}
	return 0;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int bench(long n)
{
	const struct fk_row *r;
	long i, rows = 0, failed = 0;
	double t0 = now(), dt;
	const struct fk_suite *const *s;

	for (i = 0; i < n; i++)
		EACH_ROW(s, r) {
			failed += fk_run_row(r, NULL);
			rows++;
		}
	dt = now() - t0;
	printf("%ld rows in %.3f s: %.0f rows/s in one process (%ld failed)\n",
	       rows, dt, (double)rows / dt, failed);
	return failed ? 1 : 0;
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--list"))
		return list();
	if (argc > 1 && !strcmp(argv[1], "--behaviour"))
		return behaviour(argc > 2 ? argv[2] : NULL);
	if (argc > 2 && !strcmp(argv[1], "--bench"))
		return bench(atol(argv[2]));
	if (argc > 1) {
		fprintf(stderr, "usage: %s [--list | --behaviour [ROW] | --bench N]\n",
			argv[0]);
		return 2;
	}
	return fk_check_main(argc, argv);
}
