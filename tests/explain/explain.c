// SPDX-License-Identifier: GPL-2.0
/*
 * The path a replayed fault took through __do_page_fault, told as a chain
 * of decisions. The unit is not instrumented: each decision is read off
 * the calls it made (what find_vma returned, what expand_stack answered)
 * and the scenario's inputs, and each is pinned to its line of fault.c,
 * found by searching the file's text from the previous decision on, so
 * the lines are those of the file that ran.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../../stubs/rhel6/arch/x86/mm/fault_rest.h"
#include "replay.h"

#define CUSHION	(65536 + 32 * sizeof(unsigned long))

/* ---- fault.c's text ---------------------------------------------------- */

struct fk_src {
	char **lines;		/* without blanks, for matching */
	int n;
};

static char *squeeze(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;

	if (!out)
		abort();
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			*o++ = *s;
	*o = 0;
	return out;
}

struct fk_src *fk_src_load(const char *path)
{
	struct fk_src *s;
	char buf[1024];
	FILE *f = fopen(path, "r");

	if (!f)
		return NULL;
	s = calloc(1, sizeof(*s));
	if (!s)
		abort();
	while (fgets(buf, sizeof(buf), f)) {
		s->lines = realloc(s->lines,
				   sizeof(char *) * (size_t)(s->n + 1));
		if (!s->lines)
			abort();
		s->lines[s->n++] = squeeze(buf);
	}
	fclose(f);
	return s;
}

void fk_src_free(struct fk_src *s)
{
	int i;

	if (!s)
		return;
	for (i = 0; i < s->n; i++)
		free(s->lines[i]);
	free(s->lines);
	free(s);
}

int fk_src_find(const struct fk_src *s, const char *pattern, int from)
{
	char *p;
	int i, found = 0;

	if (!s)
		return 0;
	p = squeeze(pattern);
	for (i = from > 0 ? from - 1 : 0; i < s->n && !found; i++)
		if (strstr(s->lines[i], p))
			found = i + 1;
	free(p);
	return found;
}

const char *fk_grouped(char *buf, size_t len, unsigned long v)
{
	char tmp[32];
	int n = snprintf(tmp, sizeof(tmp), "%lu", v), i, o = 0;

	for (i = 0; i < n && (size_t)o + 2 < len; i++) {
		if (i && (n - i) % 3 == 0)
			buf[o++] = ',';
		buf[o++] = tmp[i];
	}
	buf[o] = 0;
	return buf;
}

/* ---- the chain ---------------------------------------------------------- */

struct path {
	FILE *out;
	const struct fk_in *in;
	const struct fk_src *src;
	int cursor;		/* line of the previous decision */
	int last;		/* line of the latest decision found */
	int at;			/* the call being told */
	int user;		/* error_code has PF_USER, as fault.c set it */
};

static void step(struct path *p, const char *pattern, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void step(struct path *p, const char *pattern, const char *fmt, ...)
{
	int line = fk_src_find(p->src, pattern, p->cursor);
	char where[16];
	va_list ap;

	if (line)
		p->cursor = p->last = line;
	if (!p->out)
		return;
	snprintf(where, sizeof(where), line ? "fault.c:%d" : "fault.c:?",
		 line);
	fprintf(p->out, "  %-13s", where);
	va_start(ap, fmt);
	vfprintf(p->out, fmt, ap);
	va_end(ap);
	fputc('\n', p->out);
}

static int is(const struct fk_call *c, const char *name)
{
	return !strcmp(c->fake->name, name);
}

/* The next call fault.c itself made, after the one being told. */
static const struct fk_call *next_call(const struct path *p)
{
	int i;

	for (i = p->at + 1; i < fk_ncalls(); i++)
		if (!fk_call_at(i)->depth)
			return fk_call_at(i);
	return NULL;
}

/* The model's reason for its answer, when it gave one. */
static const char *because(const struct fk_call *c)
{
	return c->detail[0] ? c->detail : "the model gave no reason";
}

static const struct fk_vma *in_vma(const struct path *p, long ret)
{
	struct vm_area_struct *v = (struct vm_area_struct *)ret;

	if (v < w.vma || v >= w.vma + FK_NVMAS)
		return NULL;
	return &p->in->vmas[v - w.vma];
}

static const char *perms(const struct fk_vma *v)
{
	static char s[4];

	s[0] = v->flags & VM_READ ? 'r' : '-';
	s[1] = v->flags & VM_WRITE ? 'w' : '-';
	s[2] = v->flags & VM_EXEC ? 'x' : '-';
	s[3] = 0;
	return s;
}

/*
 * Whether the address was within the cushion is read off what fault.c did
 * next: it went on to expand_stack(), or gave up with bad_area().
 */
static void cushion(struct path *p)
{
	const struct fk_call *next = next_call(p);
	unsigned long a = p->in->address, sp = p->in->sp;
	int bad = !next || !is(next, "expand_stack");
	char d[32], c[32];

	fk_grouped(c, sizeof(c), CUSHION);
	fk_grouped(d, sizeof(d), a < sp ? sp - a : a - sp);
	step(p, "if (unlikely(address + 65536 + 32 * sizeof(unsigned long) < regs->sp)) {",
	     "address + 65536 + 32 * %zu < sp: %s, the address is %s bytes %s sp%s",
	     sizeof(unsigned long), bad ? "yes" : "no", d,
	     a < sp ? "below" : "above",
	     bad ? ", beyond the cushion: a bug" : ", within the cushion");
	if (p->out)
		fprintf(p->out, "  %-13s(the cushion is %s bytes: \"enter $65535, $31\" pushes 32 pointers below sp)\n",
			"", c);
}

static void below_vma(struct path *p, const struct fk_vma *v)
{
	char d[32];
	int grows = !!(v->flags & VM_GROWSDOWN);

	fk_grouped(d, sizeof(d), v->start - p->in->address);
	step(p, "if (likely(vma->vm_start <= address))",
	     "%s starts at %#lx, %s bytes above the address", v->name,
	     v->start, d);
	step(p, "if (unlikely(!(vma->vm_flags & VM_GROWSDOWN))) {",
	     grows ? "%s is VM_GROWSDOWN: a stack, which may grow down to it" :
		     "%s is not VM_GROWSDOWN: nothing grows down to the address",
	     v->name);
	if (grows && p->user)
		cushion(p);
}

static void find_vma_step(struct path *p, const struct fk_call *c)
{
	const struct fk_vma *v = in_vma(p, c->ret);

	if (!v) {
		step(p, "vma = find_vma(mm, address);",
		     "find_vma(mm, %#lx) = NULL", p->in->address);
		step(p, "if (unlikely(!vma)) {",
		     "no mapping ends above the address");
		return;
	}
	step(p, "vma = find_vma(mm, address);",
	     "find_vma(mm, %#lx) = %s %#lx-%#lx %s", p->in->address, v->name,
	     v->start, v->end, perms(v));
	if (v->start <= p->in->address)
		step(p, "if (likely(vma->vm_start <= address))",
		     "%s holds the address: goto good_area", v->name);
	else
		below_vma(p, v);
}

static void expand_step(struct path *p, const struct fk_call *c)
{
	step(p, "if (unlikely(expand_stack(vma, address))) {",
	     "expand_stack() = %ld: %s", c->ret, because(c));
}

static void access_step(struct path *p, const struct fk_call *c)
{
	const struct fk_vma *v = in_vma(p, (long)c->argv[2]);

	step(p, "if (unlikely(access_error(error_code, write, vma))) {",
	     "access_error() = %ld: %s (%s %s)", c->ret, because(c),
	     v ? v->name : "?", v ? perms(v) : "?");
}

static void hmf_step(struct path *p, const struct fk_call *c)
{
	char f[64];

	fk_render_value(f, sizeof(f), "vmf", (unsigned long)c->ret);
	step(p, "fault = handle_mm_fault(mm, vma, address, flags);",
	     "handle_mm_fault() = %s%s%s", f, c->detail[0] ? ": " : "",
	     c->detail);
	if (c->ret & (VM_FAULT_RETRY | VM_FAULT_ERROR))
		step(p, "if (unlikely(fault & (VM_FAULT_RETRY|VM_FAULT_ERROR))) {",
		     "the fault failed: mm_fault_error()");
}

static void bad_area_step(struct path *p, const struct fk_call *c)
{
	if ((int)c->argv[3] == SEGV_ACCERR)
		step(p, "bad_area_access_error(regs, error_code, address);",
		     "bad_area_access_error(): up_read(mmap_sem), SIGSEGV SEGV_ACCERR");
	else
		step(p, "bad_area(regs, error_code, address);",
		     "bad_area(): up_read(mmap_sem), SIGSEGV SEGV_MAPERR");
}

static void kernel_space(struct path *p, const struct fk_call *c)
{
	unsigned long ec = p->in->ec;

	p->user = !!(ec & PF_USER);
	step(p, "if (unlikely(fault_in_kernel_space(address))) {",
	     "%#lx %s TASK_SIZE_MAX (%#lx): a %s address",
	     p->in->address, c->ret ? "is at or above" : "is below",
	     TASK_SIZE_MAX, c->ret ? "kernel" : "user");
	if (c->ret && (ec & (PF_RSVD | PF_USER | PF_PROT)))
		step(p, "if (!(error_code & (PF_RSVD | PF_USER | PF_PROT))) {",
		     "error_code %#lx has PF_USER, PF_PROT or PF_RSVD: no vmalloc or kmemcheck fault",
		     ec);
}

static void simple_step(struct path *p, const struct fk_call *c)
{
	if (is(c, "kmmio_fault") && c->ret)
		step(p, "if (unlikely(kmmio_fault(regs, address)))",
		     "kmmio_fault() = %ld: mmiotrace's, return", c->ret);
	else if (is(c, "vmalloc_fault"))
		step(p, "if (vmalloc_fault(address) >= 0)",
		     "vmalloc_fault() = %ld%s", c->ret,
		     c->ret >= 0 ? ": synced from init_mm, return" : "");
	else if (is(c, "spurious_fault"))
		step(p, "if (spurious_fault(error_code, address))",
		     "spurious_fault() = %ld%s", c->ret,
		     c->ret ? ": a stale TLB entry, return" : "");
	else if (is(c, "notify_page_fault") && c->ret)
		step(p, "notify_page_fault(regs)",
		     "notify_page_fault() = 1: a kprobe took it, return");
	else if (is(c, "user_mode_vm"))
		step(p, "if (user_mode_vm(regs)) {",
		     c->ret ? "user_mode_vm(regs) = 1 (cs %#lx): error_code |= PF_USER" :
			      "user_mode_vm(regs) = 0 (cs %#lx): a kernel-mode fault",
		     w.regs.cs);
	else if (is(c, "pgtable_bad"))
		step(p, "pgtable_bad(regs, error_code, address);",
		     "PF_RSVD: a reserved bit set in a page table: pgtable_bad()");
	else if (is(c, "in_atomic") && c->ret)
		step(p, "if (unlikely(in_atomic() || !mm)) {",
		     "in_atomic() = 1: no fault handling here");
	else if (is(c, "down_read_trylock") && !c->ret)
		step(p, "if (unlikely(!down_read_trylock(&mm->mmap_sem))) {",
		     "mmap_sem is contended");
	else if (is(c, "__bad_area_nosemaphore"))
		step(p, "bad_area_nosemaphore(regs, error_code, address);",
		     "bad_area_nosemaphore(): SIGSEGV SEGV_MAPERR, mmap_sem never taken");
	else if (is(c, "mm_fault_error"))
		step(p, "if (mm_fault_error(regs, error_code, address, fault))",
		     "mm_fault_error() = %ld%s", c->ret,
		     c->ret ? ": the fault ends there" : "");
}

static void one_call(struct path *p, const struct fk_call *c)
{
	if (is(c, "user_mode_vm") && c->ret)
		p->user = 1;	/* error_code |= PF_USER */
	if (is(c, "fault_in_kernel_space"))
		kernel_space(p, c);
	else if (is(c, "find_vma"))
		find_vma_step(p, c);
	else if (is(c, "expand_stack"))
		expand_step(p, c);
	else if (is(c, "access_error"))
		access_step(p, c);
	else if (is(c, "handle_mm_fault"))
		hmf_step(p, c);
	else if (is(c, "__bad_area"))
		bad_area_step(p, c);
	else
		simple_step(p, c);
}

int fk_explain_path(FILE *out, const struct fk_in *in,
		    const struct fk_src *src)
{
	struct path p = { out, in, src, 0, 0, 0, 0 };

	for (p.at = 0; p.at < fk_ncalls(); p.at++) {
		const struct fk_call *c = fk_call_at(p.at);

		if (!c->depth)
			one_call(&p, c);
	}
	return p.last;
}
