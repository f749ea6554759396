// SPDX-License-Identifier: GPL-2.0
/*
 * Scenarios (--scenario FILE): descriptions of a fault that any kernel's
 * profile can run. The engine parses the blocks and checks every key was
 * understood; the profile maps keys to its row inputs. Each scenario is
 * run forked, like --behaviour, and its behaviour printed; one that this
 * kernel cannot express prints "n/a" and the reason.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fk.h"

const char *fk_sc_get(struct fk_scenario *sc, const char *key)
{
	int i;

	for (i = 0; i < sc->n; i++)
		if (!strcmp(sc->kv[i].key, key)) {
			sc->kv[i].used = 1;
			return sc->kv[i].val;
		}
	return NULL;
}

static int number(const char *s, unsigned long *out)
{
	char *end;

	errno = 0;
	*out = strtoul(s, &end, 0);
	return errno || end == s || *end ? -1 : 0;
}

static const struct fk_flag *lookup(const struct fk_flag *t, const char *s,
				    size_t len)
{
	for (; t && t->name; t++)
		if (strlen(t->name) == len && !strncmp(t->name, s, len))
			return t;
	return NULL;
}

int fk_sc_flags(const char *val, const struct fk_flag *names,
		unsigned long *out)
{
	const char *p = val;

	if (!number(val, out))
		return 0;
	*out = 0;
	while (*p) {
		size_t len = strcspn(p, ",");
		const struct fk_flag *f = lookup(names, p, len);

		if (!f)
			return -1;
		*out |= f->bit;
		p += len;
		if (*p == ',')
			p++;
	}
	return 0;
}

int fk_sc_value(const char *val, const struct fk_flag *syms,
		unsigned long *out)
{
	size_t len = strcspn(val, "+-");
	const struct fk_flag *f;
	unsigned long off;

	if (!number(val, out))
		return 0;
	f = lookup(syms, val, len);
	if (!f)
		return -1;
	*out = f->bit;
	if (!val[len])
		return 0;
	if (number(val + len + 1, &off))
		return -1;
	*out = val[len] == '+' ? *out + off : *out - off;
	return 0;
}

int fk_sc_bad(char *err, size_t len, const char *key, const char *val)
{
	snprintf(err, len, "%s: bad value '%s'", key, val ? val : "(none)");
	return -1;
}

int fk_sc_bools(struct fk_scenario *sc, const char *const *keys,
		int *const *fields, int n, char *err, size_t len)
{
	int i;

	for (i = 0; i < n; i++) {
		const char *v = fk_sc_get(sc, keys[i]);

		if (!v)
			continue;
		if (strcmp(v, "0") && strcmp(v, "1"))
			return fk_sc_bad(err, len, keys[i], v);
		*fields[i] = v[0] == '1';
	}
	return 0;
}

int fk_sc_list(const char *val, const char *const *names, int nnames,
	       int *idx, int max)
{
	const char *p = val;
	int n = 0, i;

	while (*p) {
		size_t len = strcspn(p, ", ");

		for (i = 0; i < nnames; i++)
			if (strlen(names[i]) == len &&
			    !strncmp(names[i], p, len))
				break;
		if (i == nnames || n == max)
			return -1;
		idx[n++] = i;
		p += len;
		p += strspn(p, ", ");
	}
	return n;
}

int fk_sc_script(const char *val, const char *fn,
		 const struct fk_flag *answers, struct fk_script *s)
{
	const char *p = val;

	s->fn = fn;
	s->n = 0;
	while (*p) {
		size_t len = strcspn(p, ", ");
		const struct fk_flag *f = lookup(answers, p, len);

		if (!f || s->n == FK_MAX_SEQ)
			return -1;
		s->v[s->n++] = (long)f->bit;
		p += len;
		p += strspn(p, ", ");
	}
	return 0;
}

/* "0f,18,08": hexadecimal bytes */
static int sc_bytes(const char *val, unsigned char *out, size_t max)
{
	const char *p = val;
	size_t n = 0;

	while (*p) {
		char *end;
		unsigned long b = strtoul(p, &end, 16);

		if (end == p || b > 0xff || n == max)
			return -1;
		out[n++] = (unsigned char)b;
		p = end + strspn(end, ", ");
	}
	return 0;
}

static int sc_enum(struct fk_scenario *sc, const char *key,
		   const struct fk_flag *names, unsigned long *out, char *err,
		   size_t len)
{
	const char *v = fk_sc_get(sc, key);

	if (v && fk_sc_value(v, names, out))
		return fk_sc_bad(err, len, key, v);
	return 0;
}

/* sp first: the address may be given relative to it ("sp-70000"). */
static int sc_where(struct fk_scenario *sc, const struct fk_sc_vocab *v,
		    struct fk_sc_common *c, char *err, size_t len)
{
	struct fk_flag syms[32];
	const char *s;
	int n = 0;

	c->sp = v->default_sp;
	if (sc_enum(sc, "sp", v->places, &c->sp, err, len))
		return -1;
	while (v->places[n].name && n < 30) {
		syms[n] = v->places[n];
		n++;
	}
	syms[n++] = (struct fk_flag){ c->sp, "sp" };
	syms[n] = (struct fk_flag){ 0, NULL };
	s = fk_sc_get(sc, "address");
	if (!s || fk_sc_value(s, syms, &c->address))
		return fk_sc_bad(err, len, "address", s);
	s = fk_sc_get(sc, "ip");
	c->ip = c->mode == v->kernel_mode ? v->kernel_ip : v->user_ip;
	if (s && !strcmp(s, "uaccess")) {
		c->ip = v->uaccess_ip;
		c->uaccess = 1;
	} else if (s && strcmp(s, "kernel") && strcmp(s, "user")) {
		return fk_sc_bad(err, len, "ip", s);
	}
	return sc_enum(sc, "rlimit_stack", NULL, &c->rlimit_pages, err, len);
}

int fk_sc_common(struct fk_scenario *sc, const struct fk_sc_vocab *v,
		 struct fk_sc_common *c, struct fk_row *row, char *err,
		 size_t len)
{
	const char *s;

	memset(c, 0, sizeof(*c));
	if (sc_enum(sc, "mode", v->modes, &c->mode, err, len) ||
	    sc_enum(sc, "sigkill", v->sigkills, &c->sigkill, err, len))
		return -1;
	s = fk_sc_get(sc, "ec");
	if (!s || fk_sc_flags(s, v->ec, &c->ec))
		return fk_sc_bad(err, len, "ec", s);
	if (sc_where(sc, v, c, err, len))
		return -1;
	s = fk_sc_get(sc, "vmas");
	if (s) {
		c->nvmas = fk_sc_list(s, v->vma_keys, v->nvma_keys, c->vmas,
				      FK_SC_MAX_VMAS);
		if (c->nvmas < 0)
			return fk_sc_bad(err, len, "vmas", s);
	}
	s = fk_sc_get(sc, "hmf");
	if (s && fk_sc_script(s, v->answer_fn, v->answers, &row->script[0]))
		return fk_sc_bad(err, len, "hmf", s);
	s = fk_sc_get(sc, "insn");
	if (s && sc_bytes(s, c->insn, sizeof(c->insn)))
		return fk_sc_bad(err, len, "insn", s);
	return 0;
}

static char *trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = 0;
	return s;
}

/* Reads the next block; 1 if one was read, 0 at the end, -1 on error. */
static int next_block(FILE *f, const char *path, int *lineno,
		      struct fk_scenario *sc)
{
	char line[256];
	long pos;

	memset(sc, 0, sizeof(*sc));
	for (;;) {
		char *p, *key;

		pos = ftell(f);
		if (!fgets(line, sizeof(line), f))
			return sc->name[0] ? 1 : 0;
		(*lineno)++;
		p = strchr(line, '#');
		if (p)
			*p = 0;
		p = trim(line);
		if (!*p)
			continue;
		key = p;
		p += strcspn(p, " \t");
		if (*p)
			*p++ = 0;
		p = trim(p);
		if (!strcmp(key, "scenario")) {
			if (sc->name[0]) {
				fseek(f, pos, SEEK_SET);
				(*lineno)--;
				return 1;
			}
			snprintf(sc->name, sizeof(sc->name), "%s", p);
			continue;
		}
		if (!sc->name[0] || sc->n == FK_SC_MAX_KEYS) {
			fprintf(stderr, "%s:%d: %s\n", path, *lineno,
				sc->name[0] ? "too many keys" :
				"a key before the first 'scenario NAME'");
			return -1;
		}
		snprintf(sc->kv[sc->n].key, sizeof(sc->kv[0].key), "%s", key);
		snprintf(sc->kv[sc->n].val, sizeof(sc->kv[0].val), "%s", p);
		sc->kv[sc->n].line = *lineno;
		sc->n++;
	}
}

/* Runs @row forked and prints its behaviour, as --behaviour does. */
int fk_print_forked_behaviour(const struct fk_row *row);

static int one(struct fk_scenario *sc, const char *path)
{
	static struct fk_row row;
	char err[160] = "";
	int i, rc;

	memset(&row, 0, sizeof(row));
	row.name = sc->name;
	rc = fk_profile.from_scenario(sc, &row, err, sizeof(err));
	if (rc > 0) {
		printf("row %s\nn/a %s\n\n", sc->name, err);
		return 0;
	}
	for (i = 0; !rc && i < sc->n; i++)
		if (!sc->kv[i].used) {
			snprintf(err, sizeof(err), "%s:%d: '%s' means nothing to the %s profile",
				 path, sc->kv[i].line, sc->kv[i].key,
				 fk_profile.name);
			rc = -1;
		}
	if (rc) {
		fprintf(stderr, "faultkit: scenario %s: %s\n", sc->name, err);
		return 2;
	}
	return fk_print_forked_behaviour(&row);
}

int fk_run_scenarios(const char *path);

int fk_run_scenarios(const char *path)
{
	struct fk_scenario sc;
	int lineno = 0, rc, bad = 0;
	FILE *f;

	if (!fk_profile.from_scenario) {
		fprintf(stderr, "faultkit: the %s profile runs no scenarios\n",
			fk_profile.name);
		return 2;
	}
	f = fopen(path, "r");
	if (!f) {
		perror(path);
		return 2;
	}
	while ((rc = next_block(f, path, &lineno, &sc)) > 0) {
		int r = one(&sc, path);

		if (r > bad)
			bad = r;
	}
	fclose(f);
	return rc < 0 ? 2 : bad;
}
