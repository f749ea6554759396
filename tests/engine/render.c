// SPDX-License-Identifier: GPL-2.0
/*
 * Rendering of calls as one line of text each. Values print symbolically
 * where the row named them ("addr", "mm", "[stack]"), so a trace reads the
 * same on LP64 and ILP32 and a moved argument shows up as a raw number.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fk.h"
#include "fk_internal.h"

void fk_bprintf(struct fk_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
		if (n >= 0 && (size_t)n < b->cap - b->len)
			break;
		b->cap = b->cap * 2 + (size_t)n + 64;
		b->s = realloc(b->s, b->cap);
		if (!b->s)
			abort();
	}
	b->len += (size_t)n;
}

/* Bytes, which may hold NULs; a NUL is kept after them. */
void fk_bappend(struct fk_buf *b, const void *p, size_t n)
{
	if (b->cap - b->len <= n) {
		b->cap = b->cap * 2 + n + 64;
		b->s = realloc(b->s, b->cap);
		if (!b->s)
			abort();
	}
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = 0;
}

static const struct fk_kind *kind_lookup(const char *kind)
{
	const struct fk_kind *k;

	for (k = fk_profile.kinds; k && k->kind; k++)
		if (!strcmp(k->kind, kind))
			return k;
	for (k = fk_linux_kinds; k->kind; k++)
		if (!strcmp(k->kind, kind))
			return k;
	return NULL;
}

static void render_flags(char *buf, size_t len, const struct fk_kind *k,
			 unsigned long v)
{
	const struct fk_flag *f;
	size_t n = 0;

	buf[0] = 0;
	if (k->is_enum) {
		for (f = k->flags; f->name; f++)
			if (f->bit == v) {
				snprintf(buf, len, "%s", f->name);
				return;
			}
		snprintf(buf, len, "%lu", v);
		return;
	}
	if (!v) {
		snprintf(buf, len, "0");
		return;
	}
	for (f = k->flags; f->name && n < len; f++)
		if ((v & f->bit) == f->bit) {
			n += (size_t)snprintf(buf + n, len - n, "%s%s",
					      n ? "|" : "", f->name);
			v &= ~f->bit;
		}
	if (v && n < len)
		snprintf(buf + n, len - n, "%s%#lx", n ? "|" : "", v);
}

void fk_render_value(char *buf, size_t len, const char *kind,
		     unsigned long v)
{
	const struct fk_kind *k;
	const char *name;

	if (!strcmp(kind, "d")) {
		snprintf(buf, len, "%ld", (long)v);
		return;
	}
	if (!strcmp(kind, "p") || !strcmp(kind, "a")) {
		name = fk_name_of(kind[0], v);
		if (name)
			snprintf(buf, len, "%s", name);
		else if (!v && kind[0] == 'p')
			snprintf(buf, len, "NULL");
		else
			snprintf(buf, len, "%#lx", v);
		return;
	}
	k = kind_lookup(kind);
	if (k && k->render)
		k->render(buf, len, v);
	else if (k)
		render_flags(buf, len, k, v);
	else
		snprintf(buf, len, "%#lx", v);
}

/* Splits the spec into argument kinds and the return kind. */
static int spec_kinds(const char *spec, char kinds[][16], int max,
		      char *ret)
{
	const char *p = spec;
	int n = 0, is_ret = 0;

	ret[0] = 0;
	while (*p) {
		char tok[16];
		size_t l = strcspn(p, " ");

		if (l && l < sizeof(tok)) {
			memcpy(tok, p, l);
			tok[l] = 0;
			if (!strcmp(tok, "=>"))
				is_ret = 1;
			else if (is_ret)
				strcpy(ret, tok);
			else if (n < max)
				strcpy(kinds[n++], tok);
		}
		p += l;
		while (*p == ' ')
			p++;
	}
	return n;
}

/* Specs are parsed once per fake: every call of every row is rendered. */
struct spec_cache {
	const struct fk_fake *fake;
	char kinds[FK_MAX_ARGS][16];
	char ret[16];
	int nk;
	unsigned long long name_hash;
};

static unsigned long long mix_str(unsigned long long h, const char *s);

/* By the fake's address, open addressing: looked up for every call. */
static const struct spec_cache *spec_of(const struct fk_fake *f)
{
	static struct spec_cache cache[256];
	static int n;
	unsigned int i = (unsigned int)(((uintptr_t)f *
					 0x9e3779b97f4a7c15ULL) >> 56);

	while (cache[i].fake && cache[i].fake != f)
		i = (i + 1) & 255;
	if (cache[i].fake)
		return &cache[i];
	if (++n == 200)
		abort();
	cache[i].fake = f;
	cache[i].nk = spec_kinds(f->spec, cache[i].kinds, FK_MAX_ARGS,
				 cache[i].ret);
	cache[i].name_hash = mix_str(0, f->name);
	return &cache[i];
}

/* 8 bytes at a time: every call of every scenario goes through here. */
static unsigned long long mix(unsigned long long h, const void *p, size_t n)
{
	const unsigned char *s = p;
	unsigned long long w;

	for (; n >= 8; n -= 8, s += 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
		h ^= h >> 29;
	}
	while (n--)
		h = (h ^ *s++) * 0x100000001b3ULL;
	return h;
}

static unsigned long long mix_str(unsigned long long h, const char *s)
{
	return mix(h, s, strlen(s) + 1);
}

/*
 * What fk_render_value() would print, hashed without printing: a named
 * value by its name, a string by its text, anything else by its value.
 * Equal renderings hash alike in any binary; no printf on the way.
 */
static unsigned long long hash_value(unsigned long long h, const char *kind,
				     unsigned long v)
{
	const char *name;

	if (kind[0] == 'p' || kind[0] == 'a') {
		if (!kind[1] && (name = fk_name_of(kind[0], v)))
			return mix_str(h, name);
	} else if (!strcmp(kind, "s")) {
		return mix_str(h, v ? (const char *)v : "");
	} else if (!strcmp(kind, "local")) {
		v = !!v;
	}
	return mix(h, &v, sizeof(v));
}

unsigned long long fk_fake_hash(const struct fk_fake *f)
{
	return spec_of(f)->name_hash;
}

unsigned long long fk_call_hash(unsigned long long h, const struct fk_call *c)
{
	const struct spec_cache *sc = spec_of(c->fake);
	int i, st = (int)c->state;

	h = mix(h, &sc->name_hash, sizeof(sc->name_hash));
	h = mix(h, &c->depth, sizeof(c->depth));
	h = mix(h, &st, sizeof(st));
	for (i = 0; i < c->nargs; i++)
		h = hash_value(h, i < sc->nk ? sc->kinds[i] : "x", c->argv[i]);
	if (c->state != FK_NORETURN && sc->ret[0])
		h = hash_value(h, sc->ret, (unsigned long)c->ret);
	return mix_str(h, c->detail);
}

void fk_render_call(char *buf, size_t len, const struct fk_call *c)
{
	const struct spec_cache *sc = spec_of(c->fake);
	const char (*kinds)[16] = sc->kinds;
	const char *ret = sc->ret;
	char v[64];
	size_t n;
	int i, nk = sc->nk;

	n = (size_t)snprintf(buf, len, "%*s%s(", c->depth * 2, "",
			     c->fake->name);
	for (i = 0; i < c->nargs && n < len; i++) {
		fk_render_value(v, sizeof(v), i < nk ? kinds[i] : "x",
				c->argv[i]);
		n += (size_t)snprintf(buf + n, len - n, "%s%s", i ? ", " : "",
				      v);
	}
	if (n < len)
		n += (size_t)snprintf(buf + n, len - n, ")");
	if (c->state == FK_NORETURN && n < len)
		n += (size_t)snprintf(buf + n, len - n, " does not return");
	else if (ret[0] && c->state == FK_RETURNED && n < len) {
		fk_render_value(v, sizeof(v), ret, (unsigned long)c->ret);
		n += (size_t)snprintf(buf + n, len - n, " = %s", v);
	}
	if (c->detail[0] && n < len)
		snprintf(buf + n, len - n, " {%s}", c->detail);
}

/* @s as a JSON string; NULL as "". */
void fk_json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}
