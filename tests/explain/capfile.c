// SPDX-License-Identifier: GPL-2.0
/*
 * Reads a capture file strictly: a wrong magic, another version, an
 * unknown or repeated key, a number that does not parse, mappings out of
 * order or a missing "end" line each give one message naming the line.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capfile.h"
#include "capture.h"

#define LINE_MAX_LEN	8192

struct reader {
	const char *path;
	int line;
	char *err;
	size_t errlen;
	unsigned int seen;	/* bit per key of keys[] */
	int ended;
};

static int fail(struct reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int fail(struct reader *r, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(r->err, r->errlen, "%s:%d: %s", r->path, r->line, msg);
	return -1;
}

static int parse_ulong(const char *s, unsigned long *v)
{
	char *end;

	if (!*s || *s == '-' || *s == ' ')
		return -1;
	errno = 0;
	*v = strtoul(s, &end, 0);
	return errno || *end ? -1 : 0;
}

static int parse_long(const char *s, long *v)
{
	char *end;

	if (!*s || *s == ' ')
		return -1;
	errno = 0;
	*v = strtol(s, &end, 0);
	return errno || *end ? -1 : 0;
}

static void copy(char *dst, size_t len, const char *src)
{
	snprintf(dst, len, "%s", src);
}

static int set_int(struct reader *r, const char *key, const char *val,
		   int *out)
{
	long v;

	if (parse_long(val, &v) || v < -0x80000000L || v > 0x7fffffffL)
		return fail(r, "%s: '%s' is not a number", key, val);
	*out = (int)v;
	return 0;
}

static int set_ulong(struct reader *r, const char *key, const char *val,
		     unsigned long *out)
{
	if (parse_ulong(val, out))
		return fail(r, "%s: '%s' is not a number", key, val);
	return 0;
}

static int set_kind(struct reader *r, const char *val, struct fk_capture *c)
{
	if (!strcmp(val, "fault"))
		c->kind = FK_CAP_FAULT;
	else if (!strcmp(val, "access"))
		c->kind = FK_CAP_ACCESS;
	else
		return fail(r, "kind: '%s' is neither fault nor access", val);
	return 0;
}

static int set_rlimit(struct reader *r, const char *val, struct fk_capture *c)
{
	if (!strcmp(val, "?"))
		return 0;
	c->rlimit_known = 1;
	if (!strcmp(val, "unlimited")) {
		c->rlimit_unlimited = 1;
		return 0;
	}
	return set_ulong(r, "rlimit_stack", val, &c->rlimit_stack);
}

static int hexval(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	return -1;
}

static int set_insn(struct reader *r, const char *val, struct fk_capture *c)
{
	size_t n = strlen(val), i;

	if (!strcmp(val, "-"))
		return 0;
	if (n % 2 || n / 2 > FK_CAP_INSN)
		return fail(r, "insn: '%s' is not up to %d hex bytes", val,
			    FK_CAP_INSN);
	for (i = 0; i < n; i += 2) {
		int hi = hexval(val[i]), lo = hexval(val[i + 1]);

		if (hi < 0 || lo < 0)
			return fail(r, "insn: '%s' is not hex", val);
		c->insn[i / 2] = (unsigned char)(hi << 4 | lo);
	}
	c->ninsn = (int)(n / 2);
	return 0;
}

static int set_handler(struct reader *r, const char *val,
		       struct fk_capture *c)
{
	if (strcmp(val, "default") && strcmp(val, "ignore") &&
	    strcmp(val, "program"))
		return fail(r, "handler: '%s' is not default, ignore or program",
			    val);
	copy(c->handler, sizeof(c->handler), val);
	return 0;
}

static int set_maps(struct reader *r, const char *val, struct fk_capture *c)
{
	if (strcmp(val, "complete") && strcmp(val, "truncated"))
		return fail(r, "maps: '%s' is not complete or truncated", val);
	c->maps_truncated = !strcmp(val, "truncated");
	return 0;
}

/* Every key but vma/after/end, each exactly once. */
enum key_id {
	K_KIND, K_KERNEL, K_PID, K_COMM, K_EXE, K_SIGNAL, K_SI_CODE,
	K_SI_ADDR, K_TRAPNO, K_ERR, K_CR2, K_SP, K_IP, K_CS, K_EFLAGS,
	K_RLIMIT, K_HANDLER, K_INSN, K_MAPS, K_NKEYS
};

static const char *const keys[K_NKEYS] = {
	"kind", "kernel", "pid", "comm", "exe", "signal", "si_code",
	"si_addr", "trapno", "err", "cr2", "sp", "ip", "cs", "eflags",
	"rlimit_stack", "handler", "insn", "maps",
};

static int set_key(struct reader *r, enum key_id k, const char *val,
		   struct fk_capture *c)
{
	unsigned long *const ul[K_NKEYS] = {
		[K_SI_ADDR] = &c->si_addr, [K_ERR] = &c->err,
		[K_CR2] = &c->cr2, [K_SP] = &c->sp, [K_IP] = &c->ip,
		[K_CS] = &c->cs, [K_EFLAGS] = &c->eflags,
	};

	switch (k) {
	case K_KIND:	return set_kind(r, val, c);
	case K_KERNEL:	copy(c->kernel, sizeof(c->kernel), val); return 0;
	case K_PID:	return parse_long(val, &c->pid) ?
			       fail(r, "pid: '%s' is not a number", val) : 0;
	case K_COMM:	copy(c->comm, sizeof(c->comm), val); return 0;
	case K_EXE:	copy(c->exe, sizeof(c->exe), val); return 0;
	case K_SIGNAL:	return set_int(r, keys[k], val, &c->signo);
	case K_SI_CODE:	return set_int(r, keys[k], val, &c->si_code);
	case K_TRAPNO:	return set_int(r, keys[k], val, &c->trapno);
	case K_RLIMIT:	return set_rlimit(r, val, c);
	case K_HANDLER:	return set_handler(r, val, c);
	case K_INSN:	return set_insn(r, val, c);
	case K_MAPS:	return set_maps(r, val, c);
	default:	return set_ulong(r, keys[k], val, ul[k]);
	}
}

/* "0xSTART 0xEND perms" at @s, the rest left in *rest. */
static int parse_range(struct reader *r, char *s, struct fk_cap_vma *v,
		       char **rest)
{
	char *a = strtok_r(s, " ", rest), *b = strtok_r(NULL, " ", rest);
	char *p = strtok_r(NULL, " ", rest);

	if (!a || !b || !p || parse_ulong(a, &v->start) ||
	    parse_ulong(b, &v->end))
		return fail(r, "a mapping needs 'START END PERMS'");
	if (v->start >= v->end)
		return fail(r, "mapping %s-%s is empty or reversed", a, b);
	if (strlen(p) != 4 || !strchr("r-", p[0]) || !strchr("w-", p[1]) ||
	    !strchr("x-", p[2]) || !strchr("ps", p[3]))
		return fail(r, "'%s' is not a permission string like rw-p", p);
	copy(v->perms, sizeof(v->perms), p);
	return 0;
}

static int parse_size(struct reader *r, const char *s, long *size)
{
	if (!strcmp(s, "-"))
		*size = FK_SIZE_NONE;
	else if (!strcmp(s, "?"))
		*size = FK_SIZE_UNKNOWN;
	else if (parse_long(s, size) || *size < 0)
		return fail(r, "file size '%s' is not a number, - or ?", s);
	return 0;
}

/* "vma 0xSTART 0xEND perms 0xOFFSET SIZE [NAME]", in address order */
static int add_vma(struct reader *r, char *s, struct fk_capture *c)
{
	struct fk_cap_vma v = { 0 }, *grown;
	char *rest, *off, *size;

	if (parse_range(r, s, &v, &rest))
		return -1;
	off = strtok_r(NULL, " ", &rest);
	size = strtok_r(NULL, " ", &rest);
	if (!off || !size || parse_ulong(off, &v.offset))
		return fail(r, "a mapping needs 'OFFSET SIZE' after its perms");
	if (parse_size(r, size, &v.size))
		return -1;
	copy(v.name, sizeof(v.name), rest ? rest : "");
	if (c->nvmas && c->vmas[c->nvmas - 1].end > v.start)
		return fail(r, "mappings overlap or are out of order");
	grown = realloc(c->vmas, sizeof(*grown) * (size_t)(c->nvmas + 1));
	if (!grown)
		return fail(r, "out of memory");
	c->vmas = grown;
	c->vmas[c->nvmas++] = v;
	return 0;
}

static int add_after(struct reader *r, char *s, struct fk_capture *c)
{
	char *rest;

	if (c->has_after)
		return fail(r, "'after' given twice");
	if (parse_range(r, s, &c->after, &rest))
		return -1;
	copy(c->after.name, sizeof(c->after.name), rest ? rest : "");
	c->after.size = FK_SIZE_NONE;
	c->has_after = 1;
	return 0;
}

static int key_line(struct reader *r, char *key, char *val,
		    struct fk_capture *c)
{
	int k;

	if (!strcmp(key, "vma"))
		return add_vma(r, val, c);
	if (!strcmp(key, "after"))
		return add_after(r, val, c);
	for (k = 0; k < K_NKEYS; k++)
		if (!strcmp(key, keys[k]))
			break;
	if (k == K_NKEYS)
		return fail(r, "unknown key '%s'", key);
	if (r->seen & (1u << k))
		return fail(r, "'%s' given twice", key);
	if (c->nvmas)
		return fail(r, "'%s' after the mappings", key);
	r->seen |= 1u << k;
	return set_key(r, (enum key_id)k, val, c);
}

static int one_line(struct reader *r, char *s, struct fk_capture *c)
{
	char *sp;
	size_t n = strlen(s);

	if (r->ended)
		return fail(r, "text after the 'end' line");
	if (n && s[n - 1] == '\n')
		s[--n] = 0;
	if (!strcmp(s, "end")) {
		r->ended = 1;
		return 0;
	}
	sp = strchr(s, ' ');
	if (!sp)
		return fail(r, "'%s' is not a 'key value' line", s);
	*sp = 0;
	return key_line(r, s, sp + 1, c);
}

static int header(struct reader *r, const char *s)
{
	long v;
	size_t m = strlen(FK_CAPTURE_MAGIC);

	if (strncmp(s, FK_CAPTURE_MAGIC " ", m + 1))
		return fail(r, "not a faultkit capture (no '%s' header)",
			    FK_CAPTURE_MAGIC);
	if (parse_long(s + m + 1, &v))
		return fail(r, "capture version '%s' is not a number",
			    s + m + 1);
	if (v != FK_CAPTURE_VERSION)
		return fail(r, "capture format version %ld; this faultkit reads version %d",
			    v, FK_CAPTURE_VERSION);
	return 0;
}

static int finish(struct reader *r, struct fk_capture *c)
{
	int k;

	if (!r->ended)
		return fail(r, "truncated: the capture has no 'end' line");
	for (k = 0; k < K_NKEYS; k++)
		if (!(r->seen & (1u << k)))
			return fail(r, "'%s' is missing", keys[k]);
	if (!c->nvmas)
		return fail(r, "no mappings ('vma' lines)");
	if (c->kind == FK_CAP_ACCESS && !c->has_after)
		return fail(r, "an access capture needs an 'after' line");
	return 0;
}

static int read_lines(struct reader *r, FILE *f, struct fk_capture *c)
{
	char buf[LINE_MAX_LEN];

	while (fgets(buf, sizeof(buf), f)) {
		r->line++;
		if (!strchr(buf, '\n') && !feof(f))
			return fail(r, "line longer than %d bytes",
				    LINE_MAX_LEN);
		if (!strchr(buf, '\n'))
			return fail(r, "truncated: the last line is cut off");
		if (r->line == 1) {
			buf[strcspn(buf, "\n")] = 0;
			if (header(r, buf))
				return -1;
		} else if (one_line(r, buf, c)) {
			return -1;
		}
	}
	if (!r->line)
		return fail(r, "empty file");
	return finish(r, c);
}

int fk_cap_read(const char *path, struct fk_capture *c, char *err,
		size_t errlen)
{
	struct reader r = { path, 0, err, errlen, 0, 0 };
	FILE *f = fopen(path, "r");
	int ret;

	memset(c, 0, sizeof(*c));
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	ret = read_lines(&r, f, c);
	fclose(f);
	if (ret)
		fk_cap_free(c);
	return ret;
}

void fk_cap_free(struct fk_capture *c)
{
	free(c->vmas);
	c->vmas = NULL;
	c->nvmas = 0;
}

/* User-visible si_code names (asm-generic/siginfo.h), per signal. */
static const char *code_name(int signo, int code)
{
	static const char *const segv[] = { NULL, "SEGV_MAPERR",
		"SEGV_ACCERR", "SEGV_BNDERR", "SEGV_PKUERR" };
	static const char *const bus[] = { NULL, "BUS_ADRALN", "BUS_ADRERR",
		"BUS_OBJERR", "BUS_MCEERR_AR", "BUS_MCEERR_AO" };

	if (code == 0x80)
		return "SI_KERNEL";
	if (code == 0)
		return "SI_USER";
	if (code == -6)
		return "SI_TKILL";
	if (code == -1)
		return "SI_QUEUE";
	if (signo == 11 && code > 0 && code < 5)
		return segv[code];
	if (signo == 7 && code > 0 && code < 6)
		return bus[code];
	return NULL;
}

void fk_cap_host_verdict(const struct fk_capture *c, char *buf, size_t len)
{
	const char *sig = c->signo == 11 ? "SIGSEGV" :
			  c->signo == 7 ? "SIGBUS" : NULL;
	const char *code = code_name(c->signo, c->si_code);

	if (c->kind == FK_CAP_ACCESS) {
		snprintf(buf, len, "HANDLED");
		return;
	}
	if (sig && code)
		snprintf(buf, len, "%s/%s", sig, code);
	else if (sig)
		snprintf(buf, len, "%s/%d", sig, c->si_code);
	else
		snprintf(buf, len, "signal%d/%d", c->signo, c->si_code);
}

const struct fk_cap_vma *fk_cap_vma_at(const struct fk_capture *c,
				       unsigned long addr)
{
	int i;

	for (i = 0; i < c->nvmas; i++)
		if (addr >= c->vmas[i].start && addr < c->vmas[i].end)
			return &c->vmas[i];
	return NULL;
}
