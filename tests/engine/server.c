// SPDX-License-Identifier: GPL-2.0
/*
 * Running rows and scenarios away from the runner, so that a unit that
 * crashes or loops costs one row, not the run:
 *
 *   fk_run_forked()  one row in a child of its own (Check's front end);
 *   fk_serve()       any number of jobs through one worker process that
 *                    runs them in-process, one after the other, and is
 *                    replaced when a job crashes; the job is named, and
 *                    the new worker goes on after it.
 *
 * A unit that loops is stopped by its budgets (budget.c), the same on
 * any machine: no verdict here depends on time. The clock is only a
 * guard against the machine itself (a worker stopped, swapped out,
 * starved): a job that gives no answer in FK_GUARD_MS (30 s; an honest
 * job takes well under a millisecond, and a runaway one is stopped in
 * milliseconds) is run once more, and if the guard trips again the run
 * ends as machine trouble, which is no verdict about the unit.
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

/*
 * <sys/prctl.h> includes <linux/prctl.h>, which a build with a profile's
 * shim on its path (make bench's bare compile) finds shadowed: glibc's
 * prototype and the one constant used, written out.
 */
int prctl(int option, ...);
#define FK_PR_SET_PDEATHSIG	1

#define GUARD_MS	30000

unsigned int fk_guard_ms(void)
{
	const char *s = getenv("FK_GUARD_MS");
	long v = s ? atol(s) : 0;

	return v > 0 ? (unsigned int)v : GUARD_MS;
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

void fk_verdict_text(char *buf, size_t len, enum fk_verdict v, int signo)
{
	if (v == FK_V_MACHINE)
		snprintf(buf, len, "machine trouble: no answer in %u ms, twice (FK_GUARD_MS)",
			 fk_guard_ms());
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

	/* the strict gate: what the row asserts, then its whole trace */
	if (!failed && !behaviour && fk_golden_on())
		failed = fk_golden_compare(row, &text);
	if (behaviour) {
		free(text);
		text = fk_behaviour(row);
	}
	if (text)
		write_all(fd, text, strlen(text));
	/* exit(), not _exit(): a --coverage build writes its counters */
	exit(fk_spun() ? 3 : failed);
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

/* No stdio buffer is inherited half full, to be written twice. */
static pid_t fork_clean(void)
{
	pid_t pid;

	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		perror("faultkit: fork");
		exit(2);
	}
	/* a worker never outlives its runner */
	if (!pid)
		prctl(FK_PR_SET_PDEATHSIG, SIGKILL);
	return pid;
}

static struct fk_forked run_forked_once(const struct fk_row *row,
					int behaviour)
{
	struct fk_forked r = { FK_V_PASS, 0, 0, NULL };
	struct fk_buf b = { 0 };
	int fds[2], status, late;
	pid_t pid;

	if (pipe(fds)) {
		perror("faultkit: pipe");
		exit(2);
	}
	pid = fork_clean();
	if (!pid) {
		close(fds[0]);
		child_row(row, behaviour, fds[1]);
	}
	close(fds[1]);
	fk_bprintf(&b, "%s", "");
	late = read_until(fds[0], &b, now_ms() + fk_guard_ms());
	if (late)
		kill(pid, SIGKILL);
	close(fds[0]);
	waitpid(pid, &status, 0);
	r.text = b.s;
	if (late) {
		r.verdict = FK_V_MACHINE;
	} else if (WIFSIGNALED(status)) {
		r.verdict = FK_V_CRASH;
		r.signo = WTERMSIG(status);
	} else if (WEXITSTATUS(status)) {
		r.verdict = FK_V_FAIL;
		r.spun = WEXITSTATUS(status) == 3;
	}
	return r;
}

struct fk_forked fk_run_forked(const struct fk_row *row, int behaviour)
{
	struct fk_forked r = run_forked_once(row, behaviour);

	if (r.verdict != FK_V_MACHINE)
		return r;
	free(r.text);
	fprintf(stderr, "faultkit: row %s gave no answer in %u ms: the machine, not the unit (its budgets stop a loop); running it once more\n",
		row->name, fk_guard_ms());
	return run_forked_once(row, behaviour);
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
	volatile int side;		/* of a pair run: which is running */
	volatile double started;
	volatile uint64_t head, tail;	/* bytes written, bytes read */
	char id[FK_JOB_ID];		/* the job running, as named so far */
	char ring[RING];
};

/* A result in the ring: this header, then the id and the text. */
struct record {
	uint32_t verdict, idlen, textlen, spun;
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

void fk_serve_side(int side)
{
	if (shm)
		shm->side = side;
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
		fk_bappend(&out, "", 0);
		r.verdict = (uint32_t)src->run(src, &out);
		r.spun = (uint32_t)fk_spun();
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
	int guarded;		/* the guard killed the worker in a job */
	struct fk_buf in;	/* bytes drained, not yet a whole record */
	char after[FK_JOB_ID];	/* where the next worker starts */
	char last[FK_JOB_ID];	/* the last job whose result came */
	char again[FK_JOB_ID];	/* the job the guard gave a second run */
	int crashes;		/* jobs that crashed */
	int spins;		/* jobs that spun */
	int stopped;		/* by its crashes or spins: the rest not run */
	int machine;		/* the guard tripped twice on one job */
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
					      sv->in.s + off, r.textlen, 0 };
		/* the text ends where the next record starts: cut it there */
		fk_bprintf(&sv->in, "%s", "");
		save = sv->in.s[off + r.textlen];
		sv->in.s[off + r.textlen] = 0;
		sv->src->result(sv->src, &res);
		sv->in.s[off + r.textlen] = save;
		off += r.textlen;
		memcpy(sv->last, id, sizeof(id));
		sv->spins += (int)r.spun;
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
	sv->shm->busy = 0;
	sv->shm->side = 0;
	sv->shm->head = sv->shm->tail = 0;
	sv->guarded = 0;
	sv->pid = fork_clean();
	if (!sv->pid) {
		shm = sv->shm;
		if (sv->src->part)
			sv->src->part(sv->src, sv->part, sv->nparts);
		worker(sv->src, sv->after[0] ? sv->after : NULL);
	}
}

/*
 * The guard stopped the worker in a job: the machine, not the unit (a
 * unit that loops is stopped by its budgets). The job runs once more;
 * if the guard stops it again, the run cannot be judged here.
 */
static void guard_tripped(struct server *sv)
{
	struct fk_job_result res;

	if (strcmp(sv->again, sv->shm->id)) {
		snprintf(sv->again, FK_JOB_ID, "%s", sv->shm->id);
		fprintf(stderr, "faultkit: a job gave no answer in %u ms: the machine, not the unit; running it once more\n",
			fk_guard_ms());
		/* the new worker starts after the last job that answered */
		snprintf(sv->after, FK_JOB_ID, "%s", sv->last);
		start(sv);
		return;
	}
	res = (struct fk_job_result){ sv->again, FK_V_MACHINE, 0, "", 0, 0 };
	sv->src->result(sv->src, &res);
	sv->machine = 1;
	sv->done = 1;
}

/*
 * The worker is gone: done, or the job it died in is reported and a new
 * worker goes on after it, unless too many crashed (stop_after).
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
	if (sv->guarded) {
		guard_tripped(sv);
		return;
	}
	/* the job that began and sent nothing: it crashed */
	snprintf(sv->after, FK_JOB_ID, "%s", m->id);
	res = (struct fk_job_result){ sv->after, FK_V_CRASH,
				      WIFSIGNALED(status) ? WTERMSIG(status) :
				      0, "", 0, m->side };
	sv->src->result(sv->src, &res);
	sv->crashes++;
	if (sv->src->stop_after && sv->crashes >= sv->src->stop_after)
		sv->done = sv->stopped = 1;
	else
		start(sv);
}

/* One look at a worker: drain, reap, guard; 1 if it did anything. */
static int tend(struct server *sv, unsigned int limit)
{
	int status;

	if (sv->done)
		return 0;
	if (waitpid(sv->pid, &status, WNOHANG) == sv->pid) {
		ended(sv, status);
		return 1;
	}
	if (drain(sv)) {
		/* each part stops on its own count: the same on any machine */
		if (sv->spins >= FK_SPIN_STOP) {
			kill(sv->pid, SIGKILL);
			waitpid(sv->pid, &status, 0);
			sv->done = sv->stopped = 1;
		}
		return 1;
	}
	if (sv->shm->busy && !sv->guarded &&
	    now_ms() - sv->shm->started > limit) {
		kill(sv->pid, SIGKILL);
		sv->guarded = 1;
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
	}
	return 0;
}

static int served(struct server *sv, int n)
{
	int i, rc = FK_SERVE_ALL, spun = 0, stopped = 0;

	for (i = 0; i < n; i++) {
		spun |= sv[i].spins >= FK_SPIN_STOP;
		stopped |= sv[i].stopped;
		if (sv[i].machine)
			rc = FK_SERVE_MACHINE;
		else if (sv[i].broken && rc != FK_SERVE_MACHINE)
			rc = FK_SERVE_BROKEN;
	}
	if (rc == FK_SERVE_ALL && stopped)
		rc = spun ? FK_SERVE_SPUN : FK_SERVE_STOPPED;
	return rc;
}

int fk_serve_parallel(struct fk_source *src, int n)
{
	struct timespec nap = { 0, 1000000 };
	unsigned int limit = fk_guard_ms();
	struct server *sv = calloc((size_t)n, sizeof(*sv));
	int i, busy = 1, rc;

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
		int did = 0, machine = 0;

		busy = 0;
		for (i = 0; i < n; i++) {
			did |= tend(&sv[i], limit);
			busy |= !sv[i].done;
			machine |= sv[i].machine;
		}
		/* no verdict comes of a run the machine broke: stop it all */
		if (machine)
			busy = stop_all(sv, n);
		if (busy && !did)
			nanosleep(&nap, NULL);
	}
	rc = served(sv, n);
	for (i = 0; i < n; i++) {
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
