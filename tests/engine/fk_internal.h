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

#endif /* FK_INTERNAL_H */
