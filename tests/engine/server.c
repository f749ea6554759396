// SPDX-License-Identifier: GPL-2.0
/*
 * Running rows and scenarios away from the runner, so that a unit that
 * crashes or loops costs one row, not the run:
 *
 *   fk_run_forked()  one row in a child of its own (Check's front end);
 *   fk_serve()       any number of jobs through one worker process that
 *                    runs them in-process, one after the other, and is
 *                    replaced when a job crashes or hangs; the job is
 *                    named, and the new worker goes on after it.
 *
 * A row takes well under a millisecond: the time limit is
 * FK_ROW_TIMEOUT_MS (default 500 ms), and once FK_HANG_STOP jobs in a row
 * have hung the run stops, so a unit that loops is refused in seconds.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "fk.h"
#include "fk_internal.h"

#define ROW_TIMEOUT_MS	500
#define TICK_MS		20

unsigned int fk_row_timeout_ms(void)
{
	const char *s = getenv("FK_ROW_TIMEOUT_MS");
	long v = s ? atol(s) : 0;

	return v > 0 ? (unsigned int)v : ROW_TIMEOUT_MS;
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

void fk_verdict_text(char *buf, size_t len, enum fk_verdict v, int signo)
{
	if (v == FK_V_HANG)
		snprintf(buf, len, "timed out after %u ms",
			 fk_row_timeout_ms());
	else if (v == FK_V_CRASH && signo)
		snprintf(buf, len, "crashed with signal %d (%s)", signo,
			 strsignal(signo));
	else if (v == FK_V_CRASH)
		snprintf(buf, len, "exited without a result");
	else
		snprintf(buf, len, "%s", v == FK_V_PASS ? "pass" : "fail");
}

static void write_all(int fd, const void *p, size_t n)
{
	const char *s = p;

	while (n) {
		ssize_t k = write(fd, s, n);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			_exit(3);
		s += k;
		n -= (size_t)k;
	}
}

/* ---- one row, one child ------------------------------------------------ */

/* The child's text: the failure report, or the behaviour. */
static void child_row(const struct fk_row *row, int behaviour, int fd)
{
	char *text = NULL;
	int failed = fk_run_row(row, &text);

	if (behaviour) {
		free(text);
		text = fk_behaviour(row);
	}
	if (text)
		write_all(fd, text, strlen(text));
	/* exit(), not _exit(): a --coverage build writes its counters */
	exit(failed);
}

/* Reads @fd to its end or the deadline; 1 if the deadline came first. */
static int read_until(int fd, struct fk_buf *b, double deadline)
{
	char chunk[4096];

	for (;;) {
		struct pollfd p = { fd, POLLIN, 0 };
		double left = deadline - now_ms();
		ssize_t n;

		if (left <= 0)
			return 1;
		if (poll(&p, 1, (int)left + 1) <= 0)
			continue;
		n = read(fd, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return 0;
		fk_bappend(b, chunk, (size_t)n);
	}
}

struct fk_forked fk_run_forked(const struct fk_row *row, int behaviour)
{
	struct fk_forked r = { FK_V_PASS, 0, NULL };
	struct fk_buf b = { 0 };
	int fds[2], status, late;
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	if (pipe(fds) || (pid = fork()) < 0) {
		perror("faultkit: fork");
		exit(2);
	}
	if (!pid) {
		close(fds[0]);
		child_row(row, behaviour, fds[1]);
	}
	close(fds[1]);
	fk_bprintf(&b, "%s", "");
	late = read_until(fds[0], &b, now_ms() + fk_row_timeout_ms());
	if (late)
		kill(pid, SIGKILL);
	close(fds[0]);
	waitpid(pid, &status, 0);
	r.text = b.s;
	if (late) {
		r.verdict = FK_V_HANG;
	} else if (WIFSIGNALED(status)) {
		r.verdict = FK_V_CRASH;
		r.signo = WTERMSIG(status);
	} else if (WEXITSTATUS(status)) {
		r.verdict = FK_V_FAIL;
	}
	return r;
}

/* ---- the fork server ---------------------------------------------------- */

/* What the parent can see of the worker's current job. */
struct slot {
	volatile int busy;
	volatile double started;
	char id[FK_JOB_ID];
};

/* A result on the pipe: this header, then the id and the text. */
struct record {
	uint32_t verdict, idlen, textlen;
};

static void worker(struct fk_source *src, const char *after, struct slot *s,
		   int fd)
{
	struct fk_buf out = { 0 };
	char id[FK_JOB_ID];

	src->seek(src, after);
	while (src->next(src, id, sizeof(id))) {
		struct record r;

		memcpy(s->id, id, sizeof(id));
		s->started = now_ms();
		__sync_synchronize();
		s->busy = 1;
		out.len = 0;
		fk_bprintf(&out, "%s", "");
		r.verdict = (uint32_t)src->run(src, &out);
		r.idlen = (uint32_t)strlen(id);
		r.textlen = (uint32_t)out.len;
		s->busy = 0;
		write_all(fd, &r, sizeof(r));
		write_all(fd, id, r.idlen);
		write_all(fd, out.s, out.len);
	}
	exit(0);
}

struct server {
	struct fk_source *src;
	struct slot *slot;
	struct fk_buf in;	/* bytes read, not yet a whole record */
	char last[FK_JOB_ID];	/* the last job whose result came */
	int hangs;		/* jobs in a row that hung */
	int broken;		/* a worker died outside any job */
};

/* Hands every whole record in the buffer to the source. */
static void deliver(struct server *sv)
{
	size_t off = 0;

	for (;;) {
		struct fk_job_result res;
		struct record r;
		char id[FK_JOB_ID], save;

		if (sv->in.len - off < sizeof(r))
			break;
		memcpy(&r, sv->in.s + off, sizeof(r));
		if (sv->in.len - off < sizeof(r) + r.idlen + r.textlen)
			break;
		off += sizeof(r);
		snprintf(id, sizeof(id), "%.*s", (int)r.idlen, sv->in.s + off);
		off += r.idlen;
		res = (struct fk_job_result){ id, (enum fk_verdict)r.verdict, 0,
					      sv->in.s + off, r.textlen };
		/* the text ends where the next record starts: cut it there */
		fk_bprintf(&sv->in, "%s", "");
		save = sv->in.s[off + r.textlen];
		sv->in.s[off + r.textlen] = 0;
		sv->src->result(sv->src, &res);
		sv->in.s[off + r.textlen] = save;
		off += r.textlen;
		memcpy(sv->last, id, sizeof(id));
		sv->hangs = 0;
	}
	memmove(sv->in.s, sv->in.s + off, sv->in.len - off);
	sv->in.len -= off;
}

/* Reads what is there; 0 at the end of the stream. */
static int pump(struct server *sv, int fd)
{
	char chunk[65536];
	ssize_t n = read(fd, chunk, sizeof(chunk));

	if (n < 0 && errno == EINTR)
		return 1;
	if (n <= 0)
		return 0;
	fk_bappend(&sv->in, chunk, (size_t)n);
	deliver(sv);
	return 1;
}

/*
 * Runs one worker until it ends. Returns 0 when the source is used up;
 * otherwise the job it died in is reported, and 1 is returned with
 * @after set to that job, for the next worker to go on after it.
 */
static int one_worker(struct server *sv, char *after)
{
	unsigned int limit = fk_row_timeout_ms();
	struct fk_job_result res;
	int fds[2], status, hung = 0;
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	sv->slot->busy = 0;
	if (pipe(fds) || (pid = fork()) < 0) {
		perror("faultkit: fork");
		exit(2);
	}
	if (!pid) {
		close(fds[0]);
		worker(sv->src, after[0] ? after : NULL, sv->slot, fds[1]);
	}
	close(fds[1]);
	for (;;) {
		struct pollfd p = { fds[0], POLLIN, 0 };

		if (poll(&p, 1, TICK_MS) > 0) {
			if (!pump(sv, fds[0]))
				break;
			continue;
		}
		if (sv->slot->busy && now_ms() - sv->slot->started > limit) {
			kill(pid, SIGKILL);
			hung = 1;
		}
	}
	close(fds[0]);
	waitpid(pid, &status, 0);
	if (!sv->slot->busy) {
		if (WIFEXITED(status) && !WEXITSTATUS(status))
			return 0;
		fprintf(stderr, "faultkit: the worker died between jobs, after '%s'\n",
			sv->last);
		sv->broken = 1;
		return 0;
	}
	/* the job that began and sent nothing: it crashed or hung */
	snprintf(after, FK_JOB_ID, "%s", sv->slot->id);
	res = (struct fk_job_result){ after, hung ? FK_V_HANG : FK_V_CRASH,
				      WIFSIGNALED(status) && !hung ?
				      WTERMSIG(status) : 0, "", 0 };
	sv->src->result(sv->src, &res);
	sv->hangs = hung ? sv->hangs + 1 : 0;
	return 1;
}

int fk_serve(struct fk_source *src)
{
	struct server sv = { src, NULL, { 0 }, "", 0, 0 };
	char after[FK_JOB_ID] = "";

	sv.slot = mmap(NULL, sizeof(*sv.slot), PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (sv.slot == MAP_FAILED) {
		perror("faultkit: mmap");
		exit(2);
	}
	while (one_worker(&sv, after))
		if (sv.hangs >= FK_HANG_STOP)
			break;
	munmap(sv.slot, sizeof(*sv.slot));
	free(sv.in.s);
	return sv.broken ? 2 : sv.hangs >= FK_HANG_STOP;
}
