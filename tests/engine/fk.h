/* SPDX-License-Identifier: GPL-2.0 */
/*
 * faultkit engine: one mechanism for every fake, and the row/profile types.
 *
 * Nothing in here knows a kernel version. A kernel profile (stubs/<k>,
 * mm/<k>, tests/<k>) defines its fakes with FK_FAKEn/FK_VOIDn, its value
 * renderers, its rows and its invariants; the engine records the calls,
 * serves scripted returns, collects contract violations and runs the rows.
 */
#ifndef FK_H
#define FK_H

#include <stddef.h>

#define FK_MAX_ARGS	6
#define FK_MAX_CALLS	256
#define FK_MAX_SCRIPTS	8
#define FK_MAX_SEQ	8
#define FK_MAX_COUNTERS	16
#define FK_MAX_NAMES	32

/* ---- fakes ------------------------------------------------------------ */

/*
 * A fake is described by its kernel name and a spec of how to render its
 * arguments and return value: kinds separated by spaces, "=> kind" for the
 * return. Kinds are looked up in the profile's renderer table.
 */
struct fk_fake {
	const char *name;
	const char *spec;
};

enum fk_call_state { FK_RUNNING, FK_RETURNED, FK_NORETURN };

struct fk_call {
	const struct fk_fake *fake;
	int depth;
	int nargs;
	unsigned long argv[FK_MAX_ARGS];
	long ret;
	enum fk_call_state state;
	int scripted;
	long aux;		/* a derived value a body keeps: fk_aux */
	char detail[96];
};

struct fk_call *fk_enter(const struct fk_fake *f, const unsigned long *argv,
			 int nargs);
void fk_leave(struct fk_call *c, long ret);
long fk_scripted_or(long rule);
/* The fake whose body is running (the innermost), or NULL. */
const struct fk_fake *fk_current(void);
void fk_detail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* What the running call's detail says so far. */
const char *fk_call_detail(void);
/* Keeps a value derived from by-reference arguments that die with the call. */
void fk_aux(long v);
void fk_violation(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
__attribute__((noreturn)) void fk_noreturn(const char *why);
/*
 * The run went over a budget (budget.c): a broken rule "runaway: ..."
 * and the end of the run. Deterministic: budgets count what the unit
 * does, never time.
 */
__attribute__((noreturn, format(printf, 1, 2)))
void fk_runaway(const char *fmt, ...);

/*
 * A fake the profile bounds more tightly than FK_CALL_BUDGET calls a
 * run: its kernel's own bound (2.6.32 retries a fault once), and why.
 */
#define FK_CALL_BUDGET	16

struct fk_budget {
	const char *fn;
	int calls;
	const char *why;
};

const struct fk_fake *fk_fake_lookup(const char *name);
/* The same, cached by the name's address: cheap to ask on every call. */
const struct fk_fake *fk_fake_named(const char *name);

/* The calls recorded so far in this row, outermost and nested alike. */
int fk_ncalls(void);
const struct fk_call *fk_call_at(int i);
/* Number of recorded calls to @name, and the i-th of them (or NULL). */
int fk_count(const char *name);
const struct fk_call *fk_nth(const char *name, int i);

/*
 * Fakes live in the "fk_fakes" section so that scripts naming a function
 * can be checked against the set of fakes that exist.
 */
#define FK_DESC(fn, spec)						\
	static const struct fk_fake fk_fake_##fn = { #fn, spec };	\
	static const struct fk_fake *const fk_fakep_##fn		\
	__attribute__((used, section("fk_fakes"))) = &fk_fake_##fn

#define FK_A(x) ((unsigned long)(x))

/*
 * Calls that are hints, annotations or tracing: what the fault does
 * does not depend on them (prefetchw, might_sleep, trace_*). A profile
 * lists each with why (FK_TRACE_ONLY, in tests/<k>/trace_only.c); make
 * regress calls a patch whose only effect is on them trace only, and a
 * self-test drops them all and finds that nothing else moves.
 */
struct fk_trace_only {
	const char *fn;
	const char *why;
};

#define FK_TRACE_ONLY(fn, why)						\
	static const struct fk_trace_only fk_to_##fn = { #fn, why };	\
	static const struct fk_trace_only *const fk_top_##fn		\
	__attribute__((used, section("fk_trace_only"))) = &fk_to_##fn

/* Is @f listed? And while fk_drop_side is set, a listed call is not made. */
int fk_is_trace_only(const struct fk_fake *f);
extern int fk_drop_side;
#define FK_DROPPED(fn)	(fk_drop_side && fk_is_trace_only(&fk_fake_##fn))

#define FK_WRAP(ret, fn, proto, args, argv, n)				\
	static ret fk_body_##fn proto;					\
	ret fn proto							\
	{								\
		unsigned long fk_argv[FK_MAX_ARGS] = argv;		\
		struct fk_call *fk_c;					\
		ret fk_r;						\
									\
		if (FK_DROPPED(fn))					\
			return (ret)0;					\
		fk_c = fk_enter(&fk_fake_##fn, fk_argv, n);		\
		fk_r = fk_body_##fn args;				\
		fk_leave(fk_c, (long)fk_r);				\
		return fk_r;						\
	}								\
	static ret fk_body_##fn proto

#define FK_WRAPV(fn, proto, args, argv, n)				\
	static void fk_body_##fn proto;					\
	void fn proto							\
	{								\
		unsigned long fk_argv[FK_MAX_ARGS] = argv;		\
		struct fk_call *fk_c;					\
									\
		if (FK_DROPPED(fn))					\
			return;						\
		fk_c = fk_enter(&fk_fake_##fn, fk_argv, n);		\
		fk_body_##fn args;					\
		fk_leave(fk_c, 0);					\
	}								\
	static void fk_body_##fn proto

#define FK_L(...) { __VA_ARGS__ }

/*
 * FK_FAKEn(ret, name, spec, type1, arg1, ...) { body } defines the kernel
 * function @name: every call is recorded with its arguments and return,
 * and the body is the model's rule (which may ask fk_scripted_or() for the
 * row's scripted value). FK_VOIDn is the same for void functions.
 */
#define FK_FAKE0(r, fn, spec)						\
	FK_DESC(fn, spec);						\
	FK_WRAP(r, fn, (void), (), FK_L(0), 0)
#define FK_FAKE1(r, fn, spec, t1, a1)					\
	FK_DESC(fn, spec);						\
	FK_WRAP(r, fn, (t1 a1), (a1), FK_L(FK_A(a1)), 1)
#define FK_FAKE2(r, fn, spec, t1, a1, t2, a2)				\
	FK_DESC(fn, spec);						\
	FK_WRAP(r, fn, (t1 a1, t2 a2), (a1, a2),			\
		FK_L(FK_A(a1), FK_A(a2)), 2)
#define FK_FAKE3(r, fn, spec, t1, a1, t2, a2, t3, a3)			\
	FK_DESC(fn, spec);						\
	FK_WRAP(r, fn, (t1 a1, t2 a2, t3 a3), (a1, a2, a3),		\
		FK_L(FK_A(a1), FK_A(a2), FK_A(a3)), 3)
#define FK_FAKE4(r, fn, spec, t1, a1, t2, a2, t3, a3, t4, a4)		\
	FK_DESC(fn, spec);						\
	FK_WRAP(r, fn, (t1 a1, t2 a2, t3 a3, t4 a4), (a1, a2, a3, a4),	\
		FK_L(FK_A(a1), FK_A(a2), FK_A(a3), FK_A(a4)), 4)

#define FK_VOID0(fn, spec)						\
	FK_DESC(fn, spec);						\
	FK_WRAPV(fn, (void), (), FK_L(0), 0)
#define FK_VOID1(fn, spec, t1, a1)					\
	FK_DESC(fn, spec);						\
	FK_WRAPV(fn, (t1 a1), (a1), FK_L(FK_A(a1)), 1)
#define FK_VOID2(fn, spec, t1, a1, t2, a2)				\
	FK_DESC(fn, spec);						\
	FK_WRAPV(fn, (t1 a1, t2 a2), (a1, a2),				\
		 FK_L(FK_A(a1), FK_A(a2)), 2)
#define FK_VOID3(fn, spec, t1, a1, t2, a2, t3, a3)			\
	FK_DESC(fn, spec);						\
	FK_WRAPV(fn, (t1 a1, t2 a2, t3 a3), (a1, a2, a3),		\
		 FK_L(FK_A(a1), FK_A(a2), FK_A(a3)), 3)
#define FK_VOID4(fn, spec, t1, a1, t2, a2, t3, a3, t4, a4)		\
	FK_DESC(fn, spec);						\
	FK_WRAPV(fn, (t1 a1, t2 a2, t3 a3, t4 a4), (a1, a2, a3, a4),	\
		 FK_L(FK_A(a1), FK_A(a2), FK_A(a3), FK_A(a4)), 4)

/* ---- rendering -------------------------------------------------------- */

/*
 * Symbolic names for this row's pointers (class 'p') and addresses (class
 * 'a'), so that traces say "mm" and "addr" rather than numbers.
 */
void fk_name(char cls, unsigned long value, const char *name);
const char *fk_name_of(char cls, unsigned long value);

struct fk_flag {
	unsigned long bit;
	const char *name;
};

struct fk_kind {
	const char *kind;
	/* Either a flag/enum table ... */
	const struct fk_flag *flags;
	int is_enum;
	/* ... or a function writing at most @len bytes. */
	void (*render)(char *buf, size_t len, unsigned long v);
};

void fk_render_value(char *buf, size_t len, const char *kind,
		     unsigned long v);

/*
 * Kinds every Linux profile shares (sig, segv, bus, perf, errno, s,
 * local), looked up after the profile's own; and the outcome line, used
 * when a profile has no render_outcome.
 */
extern const struct fk_kind fk_linux_kinds[];
struct fk_outcome;
void fk_render_outcome(char *buf, size_t len, const struct fk_outcome *o);
void fk_render_call(char *buf, size_t len, const struct fk_call *c);

/* ---- rows, outcomes, profiles ----------------------------------------- */

enum fk_outcome_kind {
	FK_HANDLED = 1,		/* the fault was resolved, resumed */
	FK_SIGNAL,		/* a signal was forced on the task */
	FK_OOM,			/* the pagefault OOM path ran */
	FK_FIXUP,		/* kernel fault fixed up by the extable */
	FK_OOPS,		/* oops: the kernel never came back */
	FK_OOPS_RETURNED,	/* oops, but a die notifier said NOTIFY_STOP */
	FK_KILLED,		/* abandoned for a pending fatal signal */
	FK_EARLY,		/* returned before any of the above */
	FK_RUNAWAY,		/* stopped over a budget: it did not end */
	FK_NKINDS
};

/* "HANDLED", "SIGNAL" ...: an outcome kind's name, "?" for none. */
const char *fk_kind_name(int kind);

struct fk_outcome {
	enum fk_outcome_kind kind;
	int signo;
	int code;
};

struct fk_script {
	const char *fn;
	int n;
	long v[FK_MAX_SEQ];
};

#define FK_SCRIPT(fn, ...)						\
	{ #fn, sizeof((long[]){ __VA_ARGS__ }) / sizeof(long),		\
	  { __VA_ARGS__ } }

/*
 * What a row expects: the outcome, every counter (one not named is 0),
 * the rule it breaks on purpose if any, and the calls that decide the
 * case, in order. The calls are a subsequence of the trace, compared
 * without their indentation: the whole trace is pinned by the golden
 * files (make golden) and reviewed as a diff when it moves, so a change
 * that adds the same calls to every fault is a golden update, not an
 * edit of every row. A call to a function the profile lists as the
 * unit's own (fk_profile.own) is checked only where it is a fake: a
 * whole fault.c defines those itself.
 */
struct fk_expect {
	struct fk_outcome outcome;
	long counters[FK_MAX_COUNTERS];
	const char *const *calls;	/* NULL-terminated */
	/* Rows that show a broken rule is caught: the rule's message. */
	const char *violation;
	/* This kernel cannot express the row: why (it is not run). */
	const char *na;
	/* This kernel does what the row's .expect says, whatever a base
	 * it is built on does otherwise (FK_AS_EXPECTED). */
	int as_expected;
};

#define FK_CALLS(...) ((const char *const []){ __VA_ARGS__, NULL })

/*
 * A row's expectation on one kernel where it differs from .expect: on
 * that profile and those built on it (fk_profile.bases).
 */
struct fk_kexpect {
	const char *kernel;		/* a profile's name */
	struct fk_expect expect;
};

#define FK_ON(...) ((const struct fk_kexpect []){ __VA_ARGS__, { NULL } })
/* an FK_ON entry: @k does what .expect says, unlike its base */
#define FK_AS_EXPECTED(k)	{ k, { .as_expected = 1 } }

struct fk_row {
	const char *name;
	const void *in;		/* the profile's scenario inputs */
	struct fk_script script[FK_MAX_SCRIPTS];
	struct fk_expect expect;
	const struct fk_kexpect *on;	/* per kernel, NULL-ended */
};

struct fk_suite {
	const char *name;
	const struct fk_row *rows;
	size_t nrows;
};

/* What one run did: read off the world by the profile. */
struct fk_result {
	struct fk_outcome outcome;
	long counters[FK_MAX_COUNTERS];
	int returned;		/* the unit returned: no oops, no exit */
};

/*
 * Scenarios: one description, run on any kernel (make compare). A text
 * file of blocks, "scenario NAME" then "key value" lines; the engine reads
 * it, the profile turns the keys it knows into its own row inputs.
 */
#define FK_SC_MAX_KEYS	24

struct fk_scenario {
	char name[64];
	int n;
	struct {
		char key[32];
		char val[160];
		int used;
		int line;
	} kv[FK_SC_MAX_KEYS];
};

/* The value of @key (marked as understood), or NULL if absent. */
const char *fk_sc_get(struct fk_scenario *sc, const char *key);
/* "a,b,c" of names in @names (a flag table), or a number: 0 or -1. */
int fk_sc_flags(const char *val, const struct fk_flag *names,
		unsigned long *out);
/* "sym", "sym+N", "sym-N" (symbols in @syms) or a number: 0 or -1. */
int fk_sc_value(const char *val, const struct fk_flag *syms,
		unsigned long *out);
/* Writes "key: bad value 'val'" into @err; returns -1. */
int fk_sc_bad(char *err, size_t len, const char *key, const char *val);
/* 0/1 keys, each into its int; -1 (and @err) for another value. */
int fk_sc_bools(struct fk_scenario *sc, const char *const *keys,
		int *const *fields, int n, char *err, size_t len);
/* "a,b c" of @names: their indices into @idx; the count, or -1. */
int fk_sc_list(const char *val, const char *const *names, int nnames,
	       int *idx, int max);
/* "a,b,c" of @answers as the script of @fn: 0, or -1 for a bad one. */
int fk_sc_script(const char *val, const char *fn,
		 const struct fk_flag *answers, struct fk_script *s);
/* "0f,18,08": hexadecimal bytes into @out; 0, or -1. */
int fk_sc_bytes(const char *val, unsigned char *out, size_t max);

struct fk_profile {
	const char *name;
	/*
	 * Optional: the profiles it is built on, nearest first (NULL-
	 * terminated). A row's expectation for one of them holds here too
	 * unless the row has one for a nearer profile: FK_ON(6.12) is what
	 * 6.12 and every later kernel built on it do.
	 */
	const char *const *bases;
	const struct fk_suite *const *suites;	/* NULL-terminated */
	const char *const *counter_names;	/* NULL-terminated */
	const struct fk_kind *kinds;		/* kind == NULL ends it */
	/* Functions of the unit's own file that this build may fake. */
	const char *const *own;			/* NULL-terminated */
	/* Build the world the row describes (task, mm, regs ...). */
	void (*setup)(const struct fk_row *row);
	/* Enter the unit under test; may leave through fk_noreturn(). */
	void (*run)(const struct fk_row *row);
	/* Read outcome and counters off the world after the run. */
	void (*collect)(const struct fk_row *row, struct fk_result *res);
	/* Rules that hold for every row; report with fk_violation(). */
	void (*invariants)(const struct fk_row *row,
			   const struct fk_result *res);
	void (*render_outcome)(char *buf, size_t len,
			       const struct fk_outcome *o);
	/*
	 * Optional: build @row from a scenario. Returns 0, or writes why
	 * into @err: 1 for a scenario this kernel cannot express (it is
	 * reported as not applicable), -1 for a bad value. The row and
	 * its inputs may live in static storage: one scenario at a time.
	 */
	int (*from_scenario)(struct fk_scenario *sc, struct fk_row *row,
			     char *err, size_t len);
	/*
	 * Exploring: a fresh row whose inputs the choices fill as the run
	 * reads them; and that row, once run, as C to paste into a table.
	 */
	void (*explore_row)(struct fk_row *row);
	char *(*row_text)(const struct fk_row *row, const char *name);
	/* Optional: fakes with a budget of their own; fn == NULL ends it. */
	const struct fk_budget *budgets;
};

extern const struct fk_profile fk_profile;

/* ---- exploring the input space ----------------------------------------- */

/*
 * A dimension of the input space: an input a fault may read (the mode,
 * a bit of the error code, whether the lock is contended, what
 * handle_mm_fault() answers on its second pass), with its values' names.
 * Dimensions live in the "fk_dims" section, so the explorer can name
 * every one and a scenario can be written down and replayed by name.
 */
struct fk_dim {
	const char *name;
	int n;
	const char *const *label;
	/*
	 * The fault itself (mode, error code, address): every value is
	 * combined with every other. Any other input (the vmas, the lock,
	 * a signal, a collaborator's answer, a CPU quirk) has a usual value,
	 * its first, and the others are unusual: the explorer bounds how
	 * many unusual things one scenario combines, counting the inputs
	 * of one group (the name up to a '.': "vma.prot" is of "vma") once.
	 */
	int core;
	/* Its index among the dimensions, set when they are indexed: the
	 * explorer asks for it at every choice. */
	int *id;
};

#define FK_DIM_(var, core, dname, ...)					\
	static const char *const var##_label[] = { __VA_ARGS__ };	\
	static int var##_id = -1;					\
	const struct fk_dim var = { dname,				\
		sizeof(var##_label) / sizeof(var##_label[0]), var##_label, \
		core, &var##_id };					\
	static const struct fk_dim *const var##_ptr			\
	__attribute__((used, section("fk_dims"))) = &var
#define FK_DIM(var, dname, ...)		FK_DIM_(var, 0, dname, __VA_ARGS__)
#define FK_CORE_DIM(var, dname, ...)	FK_DIM_(var, 1, dname, __VA_ARGS__)

#define FK_ALL(n)	((n) >= 64 ? ~0ULL : (1ULL << (n)) - 1)

/* Set while the explorer runs scenarios; rows never see it. */
extern int fk_exploring;

/*
 * Which unit a run enters: 0 the one the binary is built for, 1 the
 * base unit a pair binary links beside it (make regress), whose symbols
 * carry the prefix fkbase_. The profile's entry asks.
 */
extern int fk_unit_side;

/*
 * The value (an index into @d's labels) this run takes for @d, among the
 * indices set in @legal (the values the state allows), the next time the
 * run reads @d (a second handle_mm_fault() is a second read). The read
 * makes the choice: the explorer takes each legal value in some run, so
 * a dimension the run never reads is never branched. -1 when not
 * exploring.
 */
int fk_choose(const struct fk_dim *d, unsigned long long legal);

/* ---- the run API ------------------------------------------------------ */

/*
 * Runs @row in this process, compares nothing: the world is set up, the
 * unit entered, outcome and counters read, every invariant checked.
 * Returns the number of rules broken. What the run did stays readable
 * until the next run: fk_ncalls()/fk_call_at(), the functions below.
 */
int fk_run(const struct fk_row *row, struct fk_result *res);
void fk_last_result(struct fk_result *res);
int fk_nbroken(void);
const char *fk_broken(int i);
/* The choices of the explored run, "dim=value ..." (explore.c). */
struct fk_buf;
void fk_choices_text(struct fk_buf *b);
/* Behaviour of the last run as reviewable text (golden files). */
char *fk_behaviour(const struct fk_row *row);
/* A hash of that text without the row's name: equal behaviours, equal
 * fingerprints, whatever binary ran them. */
unsigned long long fk_fingerprint(void);
/* A hash of the outcome and the calls' names and nesting only. */
unsigned long long fk_shape(void);
/*
 * The fingerprint of what the fault did, without the trace-only calls
 * (and the calls they make) and without the call numbers of broken
 * rules, which move with them: equal when only those calls differ.
 */
unsigned long long fk_fingerprint_behaviour(void);
/* Both at once, in one pass. */
void fk_fingerprint_both(unsigned long long *all, unsigned long long *did);
/* How many times the run called the i-th trace-only call (of n). */
int fk_ntrace_only(void);
const struct fk_trace_only *fk_trace_only_at(int i);
int fk_trace_only_calls(int i);

/*
 * The calls of the last run that another run, whose calls @lines are
 * (rendered, unindented), does not make, in order: those that decide
 * the case between the two. NULL: every call decides again.
 */
void fk_deciding_reference(const char *const *lines, int n);
int fk_call_decides(int i);

/* The expectation of @row on this kernel. */
const struct fk_expect *fk_expect_of(const struct fk_row *row);
/* Compares the last run with it; 0 when it matches and breaks no rule
 * it should not. The report names the row, both outcomes and the first
 * expected call the trace does not have. */
int fk_check_expect(const struct fk_row *row, char **report);
/* fk_run() then fk_check_expect(). */
int fk_run_row(const struct fk_row *row, char **report);

#endif /* FK_H */
