// SPDX-License-Identifier: GPL-2.0
/*
 * faultkit-replay: a captured fault becomes one scenario for the real
 * __do_page_fault, run through the same engine and RHEL6 profile as the
 * table, then told as the path the code took, with the host kernel's
 * verdict beside faultkit's.
 *
 *   faultkit-replay [--verdict] [--trace] [--fault-c PATH] CAPTURE
 *
 * The model's mm keeps at most FK_NVMAS (4) of the process's mappings:
 * the one find_vma() finds for the address (the first ending above it),
 * the one below it, [stack] and the one below [stack]. Every rule the
 * unit and the model apply looks only at the vma found and the one below
 * it (expand_stack, the guard page), so the verdict is the one the whole
 * list would give.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../stubs/rhel6/arch/x86/mm/fault_rest.h"
#include "capfile.h"
#include "replay.h"

#ifndef FK_FAULT_C
#define FK_FAULT_C "arch/x86/mm/fault.c"
#endif

#define VLABEL	64

struct replay {
	struct fk_capture cap;
	struct fk_in in;
	char labels[FK_NVMAS][VLABEL];
	int kept[FK_NVMAS];	/* capture index of each model vma */
	int nkept;
	struct fk_row row;
	char host[64], fk[64];
};

struct opts {
	int verdict, trace;
	const char *fault_c, *capture;
};

/* ---- from the capture to the scenario ---------------------------------- */

static int nuser_vmas(const struct fk_capture *c)
{
	int n = 0;

	while (n < c->nvmas && c->vmas[n].start < TASK_SIZE_MAX)
		n++;
	return n;
}

static int is_stack(const struct fk_cap_vma *v)
{
	return !strcmp(v->name, "[stack]");
}

static void keep(struct replay *r, int i)
{
	int j;

	if (i < 0)
		return;
	for (j = 0; j < r->nkept; j++)
		if (r->kept[j] == i)
			return;
	r->kept[r->nkept++] = i;
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static void select_vmas(struct replay *r)
{
	const struct fk_capture *c = &r->cap;
	int n = nuser_vmas(c), found = n, stack = -1, i;

	for (i = 0; i < n; i++) {
		if (found == n && c->vmas[i].end > c->cr2)
			found = i;
		if (is_stack(&c->vmas[i]))
			stack = i;
	}
	if (found < n)
		keep(r, found);
	keep(r, found - 1);
	keep(r, stack);
	if (stack >= 0)
		keep(r, stack - 1);
	qsort(r->kept, (size_t)r->nkept, sizeof(int), cmp_int);
}

static void label(char *buf, const struct fk_cap_vma *v)
{
	const char *base = strrchr(v->name, '/');

	if (v->name[0] == '[')
		snprintf(buf, VLABEL, "%.48s", v->name);
	else if (!v->name[0])
		snprintf(buf, VLABEL, "[anon %s]", v->perms);
	else
		snprintf(buf, VLABEL, "%.48s", base ? base + 1 : v->name);
}

static void model_vma(struct replay *r, int k)
{
	const struct fk_cap_vma *v = &r->cap.vmas[r->kept[k]];
	struct fk_vma *m = &r->in.vmas[k];

	label(r->labels[k], v);
	m->start = v->start;
	m->end = v->end;
	m->name = r->labels[k];
	m->flags = (v->perms[0] == 'r' ? VM_READ : 0) |
		   (v->perms[1] == 'w' ? VM_WRITE : 0) |
		   (v->perms[2] == 'x' ? VM_EXEC : 0) |
		   (is_stack(v) ? VM_GROWSDOWN : 0);
	if (v->size >= 0) {
		m->file = 1;
		m->pgoff = v->offset >> PAGE_SHIFT;
		m->file_size = (unsigned long)v->size;
	}
}

static unsigned long rlimit_of(const struct fk_capture *c)
{
	if (!c->rlimit_known)
		return 0;	/* the model's default, 8 MiB */
	if (c->rlimit_unlimited)
		return ~0UL;
	return c->rlimit_stack ? c->rlimit_stack : 1;
}

static void build(struct replay *r)
{
	const struct fk_capture *c = &r->cap;
	struct fk_in *in = &r->in;
	int k;

	in->mode = (c->cs & 3) != 3 ? KERNEL :
		   c->cs == __USER32_CS ? USER32 : USER;
	in->ec = c->err;
	in->address = c->cr2;
	in->sp = c->sp;
	in->ip = c->ip;
	in->handler = !strcmp(c->handler, "program");
	in->rlimit_stack = rlimit_of(c);
	memcpy(in->insn, c->insn, (size_t)c->ninsn);
	select_vmas(r);
	for (k = 0; k < r->nkept; k++)
		model_vma(r, k);
	r->row.name = "replay";
	r->row.in = in;
}

/* ---- running it ---------------------------------------------------------- */

static int run(struct replay *r, int trace)
{
	struct fk_result res;
	char *text;
	int broken;

	broken = fk_run(&r->row, &res) > 0;
	fk_render_outcome(r->fk, sizeof(r->fk), &res.outcome);
	fk_cap_host_verdict(&r->cap, r->host, sizeof(r->host));
	text = fk_behaviour(&r->row);
	if (trace || broken)
		printf("%s%s\n", broken ?
		       "faultkit: the replay broke a rule of the model; its verdict is not to be trusted\n" :
		       "", text);
	free(text);
	return broken;
}

/* ---- telling it --------------------------------------------------------- */

static void print_vmas(const struct replay *r)
{
	int k;

	printf("  mm: %d of the process's %d mappings (the one the address falls in or below, [stack], and the one under each):\n",
	       r->nkept, r->cap.nvmas);
	for (k = 0; k < r->nkept; k++) {
		const struct fk_cap_vma *v = &r->cap.vmas[r->kept[k]];

		printf("    %#014lx-%#014lx %s %s%s", v->start, v->end,
		       v->perms, r->labels[k],
		       is_stack(v) ? " VM_GROWSDOWN" : "");
		if (v->size >= 0)
			printf(", file of %ld bytes from offset %#lx", v->size,
			       v->offset);
		printf("\n");
	}
}

static void print_where_ip(const struct fk_capture *c)
{
	const struct fk_cap_vma *v = fk_cap_vma_at(c, c->ip);
	char lab[VLABEL];

	if (!v) {
		printf("ip %#lx (unmapped)", c->ip);
		return;
	}
	label(lab, v);
	printf("ip %#lx in %s+%#lx", c->ip, lab, c->ip - v->start + v->offset);
}

static void print_capture(const struct replay *r)
{
	const struct fk_capture *c = &r->cap;
	char ec[64], lim[32];

	fk_render_value(ec, sizeof(ec), "pf", c->err);
	printf("faultkit: capture of %s (pid %ld) on Linux %s\n", c->comm,
	       c->pid, c->kernel);
	if (c->kind == FK_CAP_ACCESS)
		printf("  an access the program announced and then made: no signal, the host resolved it\n");
	else
		printf("  host delivered %s, si_addr %#lx, program's handler: %s\n",
		       r->host, c->si_addr, c->handler);
	printf("  page fault: error code %#lx (%s), cr2 %#lx, sp %#lx, ",
	       c->err, ec, c->cr2, c->sp);
	print_where_ip(c);
	if (!c->rlimit_known)
		snprintf(lim, sizeof(lim), "unknown");
	else if (c->rlimit_unlimited)
		snprintf(lim, sizeof(lim), "unlimited");
	else
		fk_grouped(lim, sizeof(lim), c->rlimit_stack);
	printf("\n  RLIMIT_STACK %s bytes%s\n", lim,
	       c->maps_truncated ? "; /proc/self/maps was cut short" : "");
	print_vmas(r);
}

static void print_after(const struct fk_capture *c)
{
	if (c->kind != FK_CAP_ACCESS)
		return;
	printf("  after the access, %s spans %#lx-%#lx %s\n",
	       c->after.name[0] ? c->after.name : "its mapping",
	       c->after.start, c->after.end, c->after.perms);
}

/* @path below the working directory, as a user would type it. */
static const char *relative(const char *path)
{
	static char cwd[4096];
	size_t n;

	if (!getcwd(cwd, sizeof(cwd)))
		return path;
	n = strlen(cwd);
	if (!strncmp(path, cwd, n) && path[n] == '/')
		return path + n + 1;
	return path;
}

static const char *host_label(const struct fk_capture *c)
{
	static char buf[80];

	snprintf(buf, sizeof(buf), "host (Linux %.40s)", c->kernel);
	return buf;
}

static void explain(struct replay *r, const char *fault_c)
{
	struct fk_src *src = fk_src_load(fault_c);
	int agree = !strcmp(r->host, r->fk);

	print_capture(r);
	printf("\nThe path through %s (RHEL6 2.6.32-431 __do_page_fault)%s:\n",
	       relative(fault_c), src ? "" : " [source unreadable: lines unknown]");
	fk_explain_path(stdout, &r->in, src);
	printf("  %-13s=> %s\n", "", r->fk);
	fk_src_free(src);
	printf("\nVerdict:\n  %-36s %s\n", host_label(&r->cap), r->host);
	printf("  %-36s %s\n", "faultkit (RHEL6 2.6.32-431 fault.c)", r->fk);
	print_after(&r->cap);
	printf("  => %s\n", agree ? "they agree" :
	       "they DISAGREE (known reasons: tests/explain/divergences.txt)");
}

static void verdict(struct replay *r, const char *fault_c)
{
	struct fk_src *src = fk_src_load(fault_c);
	int line = fk_explain_path(NULL, &r->in, src);

	printf("host=%s faultkit=%s agree=%s decisive=fault.c:%d\n", r->host,
	       r->fk, strcmp(r->host, r->fk) ? "no" : "yes", line);
	fk_src_free(src);
}

/*
 * Signals fault.c never saw: another trap (a general protection fault
 * for a non-canonical address), or one a process sent.
 */
static const char *not_a_page_fault(const struct fk_capture *c)
{
	static char why[128];

	if (c->kind == FK_CAP_ACCESS)
		return NULL;
	if (c->si_code <= 0)
		snprintf(why, sizeof(why),
			 "the signal was sent by a process (si_code %d), not raised by a fault",
			 c->si_code);
	else if (c->trapno != 14)
		snprintf(why, sizeof(why),
			 "the CPU raised trap %d%s, not a page fault (trap 14)",
			 c->trapno,
			 c->trapno == 13 ? " (general protection)" : "");
	else
		return NULL;
	return why;
}

static int usage(void)
{
	fprintf(stderr, "usage: faultkit-replay [--verdict] [--trace] [--fault-c PATH] CAPTURE\n");
	return 2;
}

static int parse_args(int argc, char **argv, struct opts *o)
{
	int i;

	o->fault_c = FK_FAULT_C;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--verdict"))
			o->verdict = 1;
		else if (!strcmp(argv[i], "--trace"))
			o->trace = 1;
		else if (!strcmp(argv[i], "--fault-c") && i + 1 < argc)
			o->fault_c = argv[++i];
		else if (argv[i][0] == '-' || o->capture)
			return -1;
		else
			o->capture = argv[i];
	}
	return o->capture ? 0 : -1;
}

int main(int argc, char **argv)
{
	static struct replay r;
	struct opts o = { 0 };
	const char *why;
	char err[600];
	int broken;

	if (parse_args(argc, argv, &o))
		return usage();
	if (fk_cap_read(o.capture, &r.cap, err, sizeof(err))) {
		fprintf(stderr, "faultkit: bad capture: %s\n", err);
		return 2;
	}
	why = not_a_page_fault(&r.cap);
	if (why) {
		fk_cap_host_verdict(&r.cap, r.host, sizeof(r.host));
		if (o.verdict)
			printf("host=%s faultkit=none agree=n/a decisive=none\n",
			       r.host);
		else
			printf("faultkit: %s got %s, but %s: arch/x86/mm/fault.c never ran, there is nothing to replay\n",
			       r.cap.comm, r.host, why);
		return 0;
	}
	build(&r);
	broken = run(&r, o.trace);
	if (o.verdict)
		verdict(&r, o.fault_c);
	else
		explain(&r, o.fault_c);
	fk_cap_free(&r.cap);
	return broken ? 3 : 0;
}
