// SPDX-License-Identifier: GPL-2.0
/*
 * Running one row in a child process with a timeout (ROW_TIMEOUT seconds,
 * or FK_ROW_TIMEOUT from the environment), so a unit that crashes or loops
 * costs that row only. Used by the test binary's report modes and by
 * scenario runs; tools linking the engine without main.c get it too.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fk.h"
#include "fk_internal.h"

#define ROW_TIMEOUT 5

/* Tests of a unit that loops on purpose need not wait 5 s for it. */
static unsigned int row_timeout(void)
{
	const char *s = getenv("FK_ROW_TIMEOUT");
	long v = s ? atol(s) : 0;

	return v > 0 ? (unsigned int)v : ROW_TIMEOUT;
}

static char *read_all(int fd)
{
	size_t len = 0, cap = 4096;
	char *buf = malloc(cap);
	ssize_t n;

	if (!buf)
		abort();
	while ((n = read(fd, buf + len, cap - len - 1)) > 0) {
		len += (size_t)n;
		if (cap - len < 2) {
			cap *= 2;
			buf = realloc(buf, cap);
			if (!buf)
				abort();
		}
	}
	buf[len] = 0;
	return buf;
}

/*
 * Runs @row in a child; the child writes the behaviour (@behaviour) or
 * the failure report to a pipe. Crashes and timeouts are verdicts too.
 */
struct row_run run_forked(const struct fk_row *row, int behaviour)
{
	struct row_run rr = { ROW_PASS, 0, NULL };
	int fds[2], status;
	pid_t pid;

	fflush(stdout);
	if (pipe(fds) || (pid = fork()) < 0) {
		perror("faultkit: fork");
		exit(2);
	}
	if (!pid) {
		char *report = NULL;
		int failed;
		FILE *out;

		close(fds[0]);
		alarm(row_timeout());
		failed = fk_run_row(row, &report);
		out = fdopen(fds[1], "w");
		if (behaviour) {
			free(report);
			report = fk_behaviour(row);
		}
		if (out && report)
			fputs(report, out);
		if (out)
			fclose(out);
		_exit(failed);
	}
	close(fds[1]);
	rr.report = read_all(fds[0]);
	close(fds[0]);
	waitpid(pid, &status, 0);
	if (WIFSIGNALED(status)) {
		rr.signo = WTERMSIG(status);
		rr.verdict = rr.signo == SIGALRM ? ROW_HANG : ROW_CRASH;
	} else if (WEXITSTATUS(status)) {
		rr.verdict = ROW_FAIL;
	}
	return rr;
}

void trouble_text(char *buf, size_t len, const struct row_run *rr)
{
	if (rr->verdict == ROW_HANG)
		snprintf(buf, len, "timed out after %u s", row_timeout());
	else
		snprintf(buf, len, "crashed with signal %d (%s)", rr->signo,
			 strsignal(rr->signo));
}

/* A scenario has no expectation: its behaviour is the result. */
int fk_print_forked_behaviour(const struct fk_row *row)
{
	struct row_run rr = run_forked(row, 1);
	char why[80];

	if (rr.verdict == ROW_CRASH || rr.verdict == ROW_HANG) {
		trouble_text(why, sizeof(why), &rr);
		printf("row %s\ntrouble %s\n\n", row->name, why);
		free(rr.report);
		return 1;
	}
	printf("%s\n", rr.report);
	free(rr.report);
	return 0;
}
