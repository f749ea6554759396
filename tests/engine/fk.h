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
void fk_detail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Keeps a value derived from by-reference arguments that die with the call. */
void fk_aux(long v);
void fk_violation(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
__attribute__((noreturn)) void fk_noreturn(const char *why);

const struct fk_fake *fk_fake_lookup(const char *name);

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

#define FK_WRAP(ret, fn, proto, args, argv, n)				\
	static ret fk_body_##fn proto;					\
	ret fn proto							\
	{								\
		unsigned long fk_argv[FK_MAX_ARGS] = argv;		\
		struct fk_call *fk_c = fk_enter(&fk_fake_##fn, fk_argv, n); \
		ret fk_r = fk_body_##fn args;				\
		fk_leave(fk_c, (long)fk_r);				\
		return fk_r;						\
	}								\
	static ret fk_body_##fn proto

#define FK_WRAPV(fn, proto, args, argv, n)				\
	static void fk_body_##fn proto;					\
	void fn proto							\
	{								\
		unsigned long fk_argv[FK_MAX_ARGS] = argv;		\
		struct fk_call *fk_c = fk_enter(&fk_fake_##fn, fk_argv, n); \
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
};

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

struct fk_expect {
	struct fk_outcome outcome;
	long counters[FK_MAX_COUNTERS];
	const char *const *trace;	/* NULL-terminated */
	/* Rows that show a broken rule is caught: the rule's message. */
	const char *violation;
};

#define FK_TRACE(...) ((const char *const []){ __VA_ARGS__, NULL })

struct fk_row {
	const char *name;
	const void *in;		/* the profile's scenario inputs */
	struct fk_script script[FK_MAX_SCRIPTS];
	struct fk_expect expect;
};

struct fk_suite {
	const char *name;
	const struct fk_row *rows;
	size_t nrows;
};

struct fk_result {
	struct fk_outcome outcome;
	long counters[FK_MAX_COUNTERS];
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

/*
 * The keys every kernel shares (mode, ec, address, sp, ip, rlimit_stack,
 * sigkill, vmas, hmf), read with the profile's own names and values.
 */
#define FK_SC_MAX_VMAS	8

struct fk_sc_vocab {
	const struct fk_flag *ec, *modes, *sigkills, *places, *answers;
	const char *const *vma_keys;
	int nvma_keys;
	const char *answer_fn;		/* the fake "hmf" scripts */
	unsigned long kernel_mode;	/* the value of "kernel" in modes */
	unsigned long default_sp, user_ip, kernel_ip, uaccess_ip;
};

struct fk_sc_common {
	unsigned long mode, ec, address, sp, ip, sigkill, rlimit_pages;
	int uaccess;			/* ip is an exception-table site */
	int vmas[FK_SC_MAX_VMAS];	/* indices into vma_keys */
	int nvmas;
	unsigned char insn[16];		/* "insn 0f,18,08": bytes at ip */
};

int fk_sc_common(struct fk_scenario *sc, const struct fk_sc_vocab *v,
		 struct fk_sc_common *c, struct fk_row *row, char *err,
		 size_t len);

struct fk_profile {
	const char *name;
	const struct fk_suite *const *suites;	/* NULL-terminated */
	const char *const *counter_names;	/* NULL-terminated */
	const struct fk_kind *kinds;		/* kind == NULL ends it */
	/* Build the world the row describes (task, mm, regs ...). */
	void (*setup)(const struct fk_row *row);
	/* Enter the unit under test; may leave through fk_noreturn(). */
	void (*run)(const struct fk_row *row);
	/* Read outcome and counters off the world after the run. */
	void (*collect)(const struct fk_row *row, struct fk_result *res,
			int returned);
	/* Rules that hold for every row; report with fk_violation(). */
	void (*invariants)(const struct fk_row *row,
			   const struct fk_result *res, int returned);
	void (*render_outcome)(char *buf, size_t len,
			       const struct fk_outcome *o);
	/*
	 * Optional: build @row from a scenario. Returns 0, or writes why
	 * into @err: 1 for a scenario this kernel cannot express (it is
	 * reported as not applicable), -1 for a bad value.
	 */
	int (*from_scenario)(struct fk_scenario *sc, struct fk_row *row,
			     char *err, size_t len);
};

extern const struct fk_profile fk_profile;

/* Runs one row; returns 0 when it matches and breaks no rule. */
struct fk_report;
int fk_run_row(const struct fk_row *row, char **report);
/* Behaviour of the row's last run as reviewable text (golden files). */
char *fk_behaviour(const struct fk_row *row);

#endif /* FK_H */
