// SPDX-License-Identifier: GPL-2.0
/*
 * Budgets: what bounds a run is what it does, never how long it takes.
 *
 * A unit that loops, retries without end or recurses is stopped by a
 * count that is the same on any machine under any load:
 *
 *   the unit's basic blocks    every block of the unit calls
 *                              __sanitizer_cov_trace_pc (the unit is
 *                              built with -fsanitize-coverage=trace-pc);
 *   calls of each fake         the profile's budget for a fake it names
 *                              (fk_profile.budgets), FK_CALL_BUDGET for
 *                              any other;
 *   the call log               FK_MAX_CALLS calls in all;
 *   the explorer's choices     (explore.c);
 *   the unit's own CPU time    for the one loop that runs no block
 *                              (gcc leaves an empty "for (;;);" out of
 *                              trace-pc): SPIN_TICKS ticks of the
 *                              process's user CPU time in one run with
 *                              no fake open. CPU time is what the unit
 *                              itself ran, which other load does not
 *                              stretch; an honest run takes microseconds.
 *
 * A run over budget has run away: that is the unit's verdict, reported
 * as a broken rule "runaway: ..." that names what ran out and the call
 * that was being made, and the run ends there (fk_noreturn). The same
 * hook gives the explorer each run's path through the unit.
 */
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "fk.h"
#include "fk_internal.h"

/*
 * Honest runs take under 300 blocks on every profile (FK_BLOCK_BUDGET=300
 * make explore KERNEL=k breaks no rule): a run past this one loops.
 */
#define BLOCK_BUDGET	100000L

unsigned long long fk_path;
static long blocks, block_budget;

/* Per fake: its budget, found once, and its calls in this run. */
#define SLOTS	512

static struct slot {
	const struct fk_fake *fake;
	int budget;
	const char *why;
	unsigned int gen;	/* the run its count belongs to */
	int calls;
} slots[SLOTS];
static volatile unsigned int gen = 1;	/* the run: one per fk_reset() */

static long env_long(const char *name, long dflt)
{
	const char *s = getenv(name);
	char *end;
	long v;

	if (!s || !*s)
		return dflt;
	v = strtol(s, &end, 10);
	return *end || v <= 0 ? dflt : v;
}

/* ---- the CPU-time tick ------------------------------------------------- */

#define SPIN_TICK_MS	200
#define SPIN_TICKS	5

static volatile sig_atomic_t ticks, spun;
static volatile unsigned int ticked_gen;
static int armed;

/*
 * Runs on a tick of user CPU time. Only where the unit's own code runs
 * (no fake open: they all end) is a run that saw SPIN_TICKS ticks
 * stopped; jumping from here is then safe, as the unit's code holds no
 * lock of the C library.
 */
static void tick(int sig)
{
	sigset_t set;

	(void)sig;
	if (!fk.running || ticked_gen != gen) {
		ticked_gen = gen;
		ticks = 0;
		return;
	}
	if (++ticks < SPIN_TICKS || fk.depth)
		return;
	sigemptyset(&set);
	sigaddset(&set, SIGVTALRM);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	spun = 1;
	fk_runaway("the unit spins: %d ms of CPU time in one fault without a basic block or a call",
		   SPIN_TICKS * SPIN_TICK_MS);
}

/* A child inherits no itimer: it arms its own at its first run. */
static void disarm(void)
{
	armed = 0;
}

static void arm(void)
{
	struct itimerval it = { { 0, SPIN_TICK_MS * 1000 },
				{ 0, SPIN_TICK_MS * 1000 } };
	struct sigaction sa = { .sa_handler = tick };
	static int once;

	if (!once) {
		once = 1;
		pthread_atfork(NULL, NULL, disarm);
	}
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGVTALRM, &sa, NULL);
	setitimer(ITIMER_VIRTUAL, &it, NULL);
	armed = 1;
}

void fk_budget_reset(void)
{
	if (!block_budget)
		block_budget = env_long("FK_BLOCK_BUDGET", BLOCK_BUDGET);
	if (!armed)
		arm();
	blocks = 0;
	spun = 0;
	fk_path = 1469598103934665603ULL;
	gen++;
}

int fk_spun(void)
{
	return spun;
}

static void budget_of(struct slot *s)
{
	const struct fk_budget *b;

	s->budget = FK_CALL_BUDGET;
	s->why = NULL;
	for (b = fk_profile.budgets; b && b->fn; b++)
		if (!strcmp(b->fn, s->fake->name)) {
			s->budget = b->calls;
			s->why = b->why;
		}
}

static struct slot *slot_of(const struct fk_fake *f)
{
	unsigned int h = (unsigned int)((uintptr_t)f >> 4) % SLOTS, i;

	for (i = 0; i < SLOTS; i++, h = (h + 1) % SLOTS) {
		if (slots[h].fake == f)
			return &slots[h];
		if (!slots[h].fake) {
			slots[h].fake = f;
			budget_of(&slots[h]);
			return &slots[h];
		}
	}
	abort();	/* more fakes than slots: raise SLOTS */
}

int fk_budget_calls(const struct fk_fake *f)
{
	struct slot *s = slot_of(f);

	return s->gen == gen ? s->calls : 0;
}

/* Called by fk_enter() once @c is logged and open. */
void fk_budget_call(struct fk_call *c)
{
	struct slot *s = slot_of(c->fake);
	char line[120];

	if (s->gen != gen) {
		s->gen = gen;
		s->calls = 0;
	}
	if (++s->calls <= s->budget)
		return;
	fk_render_call(line, sizeof(line), c);
	if (s->why)
		fk_runaway("%s called %d times, over its budget of %d (%s): %s",
			   c->fake->name, s->calls, s->budget, s->why,
			   line + strspn(line, " "));
	fk_runaway("%s called %d times, over the budget of %d for any fake: %s",
		   c->fake->name, s->calls, s->budget, line + strspn(line, " "));
}

void fk_runaway(const char *fmt, ...)
{
	char msg[FK_VIOLATION_LEN - 24];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fk_violation("runaway: %s", msg);
	fk_noreturn("runaway");
}

/*
 * Each basic block of the unit, in the order they run: the path's hash
 * (the explorer tells paths apart by it) and the block budget.
 */
extern char __executable_start[];

void __sanitizer_cov_trace_pc(void);

void __sanitizer_cov_trace_pc(void)
{
	uintptr_t pc = (uintptr_t)__builtin_return_address(0) -
		       (uintptr_t)__executable_start;

	fk_path = (fk_path ^ pc) * 1099511628211ULL;
	if (++blocks > block_budget && fk_in_run())
		fk_runaway("the unit ran more than %ld basic blocks in one fault (FK_BLOCK_BUDGET): it loops",
			   block_budget);
}
