/* SPDX-License-Identifier: GPL-2.0 */
/* Engine state shared by the engine's own files; profiles never see it. */
#ifndef FK_INTERNAL_H
#define FK_INTERNAL_H

#include <setjmp.h>

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
	struct {
		char cls;
		unsigned long value;
		const char *name;
	} names[FK_MAX_NAMES];
	int nnames;
	jmp_buf exit;
	char noreturn[64];
};

extern struct fk_state fk;

void fk_reset(const struct fk_row *row);
int fk_check_scripts(void);
void fk_check_scripts_used(void);

/* Growable text buffer for reports. */
struct fk_buf {
	char *s;
	size_t len, cap;
};

void fk_bprintf(struct fk_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A row run in a child process: its verdict and what it printed. */
enum verdict { ROW_PASS, ROW_FAIL, ROW_CRASH, ROW_HANG };

struct row_run {
	enum verdict verdict;
	int signo;
	char *report;		/* failure report or behaviour text */
};

struct row_run run_forked(const struct fk_row *row, int behaviour);
void trouble_text(char *buf, size_t len, const struct row_run *rr);
int fk_print_forked_behaviour(const struct fk_row *row);

#endif /* FK_INTERNAL_H */
