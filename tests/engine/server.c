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

/*
 * The worker hands results over in shared memory, a ring the runner
 * drains: no system call per result, and nothing the worker finished is
 * lost when it dies. The slot says which job it is in and since when.
 */
#define RING	(8u << 20)

struct shared {
	volatile int busy;
	volatile double started;
	volatile uint64_t head, tail;	/* bytes written, bytes read */
	char id[FK_JOB_ID];		/* the job running, as named so far */
	char ring[RING];
};

/* A result in the ring: this header, then the id and the text. */
struct record {
	uint32_t verdict, idlen, textlen;
};

static struct shared *shm;		/* the worker's view of it */

static void ring_put(const void *p, size_t n)
{
	const char *s = p;

	while (n) {
		uint64_t used = shm->head - shm->tail;
		size_t off = (size_t)(shm->head % RING), k = RING - off;
		struct timespec nap = { 0, 100000 };

		if (used == RING) {
			nanosleep(&nap, NULL);	/* the runner is behind */
			continue;
		}
		if (k > n)
			k = n;
		if (k > RING - used)
			k = (size_t)(RING - used);
		memcpy(shm->ring + off, s, k);
		__sync_synchronize();
		shm->head += k;
		s += k;
		n -= k;
	}
}

/* A job may name itself more precisely as it runs (the explorer's
 * choices): a crash is then reported under its whole name. */
void fk_serve_rename(const char *id)
{
	fk_serve_extend(id, 0, strlen(id));
}

/* The name is @id, @n long, of which the first @from are named already. */
void fk_serve_extend(const char *id, size_t from, size_t n)
{
	if (!shm || n >= sizeof(shm->id) || from > n)
		return;
	memcpy(shm->id + from, id + from, n - from + 1);
}

static void worker(struct fk_source *src, const char *after)
{
	struct fk_buf out = { 0 };
	char id[FK_JOB_ID];

	src->seek(src, after);
	while (src->next(src, id, sizeof(id))) {
		struct record r;

		fk_serve_rename(id);
		shm->started = now_ms();
		__sync_synchronize();
		shm->busy = 1;
		out.len = 0;
		fk_bprintf(&out, "%s", "");
		r.verdict = (uint32_t)src->run(src, &out);
		r.idlen = (uint32_t)strlen(shm->id);
		r.textlen = (uint32_t)out.len;
		ring_put(&r, sizeof(r));
		ring_put(shm->id, r.idlen);
		ring_put(out.s, out.len);
		__sync_synchronize();
		shm->busy = 0;
	}
	exit(0);
}

/* The runner's side of one worker. */
struct server {
	struct fk_source *src;
	struct shared *shm;
	int part, nparts;
	pid_t pid;
	int hung;
	struct fk_buf in;	/* bytes drained, not yet a whole record */
	char after[FK_JOB_ID];	/* where the next worker starts */
	char last[FK_JOB_ID];	/* the last job whose result came */
	int hangs;		/* jobs in a row that hung */
	int troubles;		/* jobs that hung or crashed */
	int broken;		/* a worker died outside any job */
	int done;
};

/* Hands every whole record drained so far to the source. */
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

/* Drains the worker's ring; 0 when it was empty. */
static int drain(struct server *sv)
{
	struct shared *m = sv->shm;
	uint64_t head = m->head, tail = m->tail;

	if (head == tail)
		return 0;
	__sync_synchronize();
	while (tail < head) {
		size_t off = (size_t)(tail % RING), k = RING - off;

		if (k > head - tail)
			k = (size_t)(head - tail);
		fk_bappend(&sv->in, m->ring + off, k);
		tail += k;
	}
	__sync_synchronize();
	m->tail = tail;
	deliver(sv);
	return 1;
}

static void start(struct server *sv)
{
	fflush(stdout);
	fflush(stderr);
	sv->shm->busy = 0;
	sv->shm->head = sv->shm->tail = 0;
	sv->hung = 0;
	sv->pid = fork();
	if (sv->pid < 0) {
		perror("faultkit: fork");
		exit(2);
	}
	if (!sv->pid) {
		shm = sv->shm;
		if (sv->src->part)
			sv->src->part(sv->src, sv->part, sv->nparts);
		worker(sv->src, sv->after[0] ? sv->after : NULL);
	}
}

/*
 * The worker is gone: done, or the job it died in is reported and a new
 * worker goes on after it, unless FK_HANG_STOP jobs in a row hung.
 */
static void ended(struct server *sv, int status)
{
	struct shared *m = sv->shm;
	struct fk_job_result res;

	drain(sv);
	if (!m->busy) {
		if (!WIFEXITED(status) || WEXITSTATUS(status)) {
			fprintf(stderr, "faultkit: the worker died between jobs, after '%s'\n",
				sv->last);
			sv->broken = 1;
		}
		sv->done = 1;
		return;
	}
	/* the job that began and sent nothing: it crashed or hung */
	snprintf(sv->after, FK_JOB_ID, "%s", m->id);
	res = (struct fk_job_result){ sv->after, sv->hung ? FK_V_HANG :
				      FK_V_CRASH, WIFSIGNALED(status) &&
				      !sv->hung ? WTERMSIG(status) : 0, "", 0 };
	sv->src->result(sv->src, &res);
	sv->hangs = sv->hung ? sv->hangs + 1 : 0;
	sv->troubles++;
	if (sv->hangs >= FK_HANG_STOP ||
	    (sv->src->stop_after && sv->troubles >= sv->src->stop_after))
		sv->done = 1;
	else
		start(sv);
}

/* One look at a worker: drain, reap, time out; 1 if it did anything. */
static int tend(struct server *sv, unsigned int limit)
{
	int status;

	if (sv->done)
		return 0;
	if (waitpid(sv->pid, &status, WNOHANG) == sv->pid) {
		ended(sv, status);
		return 1;
	}
	if (drain(sv))
		return 1;
	if (sv->shm->busy && !sv->hung &&
	    now_ms() - sv->shm->started > limit) {
		kill(sv->pid, SIGKILL);
		sv->hung = 1;
	}
	return 0;
}

/* Enough trouble: every worker still running is stopped; 0. */
static int stop_all(struct server *sv, int n)
{
	int i, status;

	for (i = 0; i < n; i++) {
		if (sv[i].done)
			continue;
		kill(sv[i].pid, SIGKILL);
		waitpid(sv[i].pid, &status, 0);
		drain(&sv[i]);
		sv[i].done = 1;
		sv[i].troubles = sv[i].src->stop_after;
	}
	return 0;
}

int fk_serve_parallel(struct fk_source *src, int n)
{
	struct timespec nap = { 0, 1000000 };
	unsigned int limit = fk_row_timeout_ms();
	struct server *sv = calloc((size_t)n, sizeof(*sv));
	int i, busy = 1, rc = 0;

	if (!sv)
		abort();
	for (i = 0; i < n; i++) {
		sv[i].src = src;
		sv[i].part = i;
		sv[i].nparts = n;
		sv[i].shm = mmap(NULL, sizeof(struct shared),
				 PROT_READ | PROT_WRITE,
				 MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		if (sv[i].shm == MAP_FAILED) {
			perror("faultkit: mmap");
			exit(2);
		}
		start(&sv[i]);
	}
	while (busy) {
		int did = 0, troubles = 0;

		busy = 0;
		for (i = 0; i < n; i++) {
			did |= tend(&sv[i], limit);
			busy |= !sv[i].done;
			troubles += sv[i].troubles;
		}
		if (src->stop_after && troubles >= src->stop_after)
			busy = stop_all(sv, n);
		if (busy && !did)
			nanosleep(&nap, NULL);
	}
	for (i = 0; i < n; i++) {
		if (sv[i].broken)
			rc = 2;
		else if ((sv[i].hangs >= FK_HANG_STOP ||
			  (src->stop_after &&
			   sv[i].troubles >= src->stop_after)) && rc < 2)
			rc = 1;
		munmap(sv[i].shm, sizeof(struct shared));
		free(sv[i].in.s);
	}
	free(sv);
	return rc;
}

int fk_serve(struct fk_source *src)
{
	return fk_serve_parallel(src, 1);
}
