/* SPDX-License-Identifier: GPL-2.0 */
/* Engine state shared by the engine's own files; profiles never see it. */
#ifndef FK_INTERNAL_H
#define FK_INTERNAL_H

#include <setjmp.h>
#include <stdio.h>

#include "fk.h"

#define FK_MAX_VIOLATIONS	8
#define FK_VIOLATION_LEN	240

struct fk_seq {
	int used;
};

struct fk_state {
	const struct fk_row *row;
	struct fk_call calls[FK_MAX_CALLS];
	int ncalls;
	struct fk_call *stack[FK_MAX_CALLS];
	int depth;
	struct fk_seq seq[FK_MAX_SCRIPTS];
	char violations[FK_MAX_VIOLATIONS][FK_VIOLATION_LEN];
	int nviolations;
	/* the row's own mistakes (a script unused, or for no fake) */
	char authoring[FK_MAX_SCRIPTS][FK_VIOLATION_LEN];
	int nauthoring;
	struct {
		char cls;
		unsigned long value;
		const char *name;
	} names[FK_MAX_NAMES];
	int nnames;
	jmp_buf exit;
	int running;		/* inside fk_run(): exit is set */
	char noreturn[64];
};

extern struct fk_state fk;

void fk_reset(const struct fk_row *row);
/* Budgets (budget.c): reset for a run; count a call just entered. */
void fk_budget_reset(void);
void fk_budget_call(struct fk_call *c);
/* @f's calls in the last run, counted as they were made. */
int fk_budget_calls(const struct fk_fake *f);
/*
 * The last run spun (budget.c: CPU time with no block to count). Each
 * costs a second of CPU, so FK_SPIN_STOP such runs stop a whole run: the
 * unit's verdict is clear by then.
 */
int fk_spun(void);
#define FK_SPIN_STOP	2
static inline int fk_in_run(void)
{
	return fk.running;
}
int fk_check_scripts(void);
void fk_check_scripts_used(void);

/* A broken rule without "call #N: ", which moves with the calls. */
const char *fk_bare_rule(const char *v);

/* Growable text buffer for reports. */
struct fk_buf {
	char *s;
	size_t len, cap;
};

void fk_bprintf(struct fk_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void fk_bappend(struct fk_buf *b, const void *p, size_t n);
/* @s as a JSON string, quotes and escapes included (render.c). */
void fk_json_str(FILE *f, const char *s);
/* A call's rendering, hashed without rendering it (render.c). */
unsigned long long fk_call_hash(unsigned long long h, const struct fk_call *c);
/* A hash of the fake's name, made once (render.c). */
unsigned long long fk_fake_hash(const struct fk_fake *f);

/* The table, flat, without the rows this kernel cannot express. */
struct fk_table {
	const struct fk_row **rows;
	const char **suite;
	int n;
};

extern struct fk_table fk_table;
void fk_index_table(void);

/* ---- make check's golden gate (golden.c) ------------------------------- */

void fk_golden_load(const char *dir, const char *sha);
int fk_golden_on(void);
int fk_golden_compare(const struct fk_row *row, char **report);

/* ---- running away from the runner (server.c) -------------------------- */

/*
 * A job passed or failed (the unit's verdict, by the row), crashed (the
 * unit's verdict too), or gave no answer before the guard, twice: the
 * machine's trouble, no verdict at all.
 */
enum fk_verdict { FK_V_PASS, FK_V_FAIL, FK_V_CRASH, FK_V_MACHINE };

#define FK_JOB_ID	2048	/* a job's name: a row's index, a choice list */

/* The wall-clock guard (server.c), FK_GUARD_MS: only the machine trips it. */
unsigned int fk_guard_ms(void);
void fk_verdict_text(char *buf, size_t len, enum fk_verdict v, int signo);

/* One row in a child of its own: its verdict and what it wrote. */
struct fk_forked {
	enum fk_verdict verdict;
	int signo;
	int spun;		/* the row failed by spinning (fk_spun) */
	char *text;		/* failure report, or behaviour text */
};

struct fk_forked fk_run_forked(const struct fk_row *row, int behaviour);

struct fk_job_result {
	const char *id;
	enum fk_verdict verdict;
	int signo;		/* what a crashed job died of */
	const char *text;	/* what the job wrote; "" for a crash */
	size_t len;
	int side;		/* a crash: the side of a pair run it was in */
};

/*
 * Jobs for the fork server. seek(), next() and run() are called in the
 * worker, result() in the runner, in the order the jobs ran.
 */
struct fk_source {
	/* Go to the job after @after, or to the first (NULL). */
	void (*seek)(struct fk_source *s, const char *after);
	/* The next job's name into @id; 0 when there is none. */
	int (*next)(struct fk_source *s, char *id, size_t len);
	/* Runs it: FK_V_PASS or FK_V_FAIL, and its text into @out. */
	enum fk_verdict (*run)(struct fk_source *s, struct fk_buf *out);
	void (*result)(struct fk_source *s, const struct fk_job_result *r);
	/* Optional, in a worker of fk_serve_parallel(): it is part @i of
	 * @n, and runs only that part's jobs. */
	void (*part)(struct fk_source *s, int i, int n);
	/*
	 * Jobs that crash, after which a part stops (0: never): a table's
	 * rows are few and each is named, an explored space's scenarios are
	 * many. Each part counts its own, so what is run is the same on any
	 * machine; so do FK_SPIN_STOP jobs that spin.
	 */
	int stop_after;
};

/* What fk_serve() says of the run as a whole. */
enum {
	FK_SERVE_ALL,		/* every job ran */
	FK_SERVE_STOPPED,	/* a part's jobs crashed: the rest not run */
	FK_SERVE_BROKEN,	/* a worker died outside any job */
	FK_SERVE_MACHINE,	/* the guard tripped twice on one job */
	FK_SERVE_SPUN,		/* a part's jobs spun: the rest not run */
};

int fk_serve(struct fk_source *src);
/* The same with @n workers side by side, each on its part of the jobs;
 * their results interleave. */
int fk_serve_parallel(struct fk_source *src, int n);
/* In the worker: the running job's name, as it grows. */
void fk_serve_rename(const char *id);
/* In the worker: which side of a pair run the job is in (a crash's). */
void fk_serve_side(int side);
void fk_serve_extend(const char *id, size_t from, size_t n);

#endif /* FK_INTERNAL_H */
