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
#include <unistd.h>

#include "fk.h"
#include "fk_internal.h"

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
int fk_sc_bytes(const char *val, unsigned char *out, size_t max)
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

/*
 * Builds the row of @sc; 0, 1 for a scenario this kernel cannot express
 * (@err says why), -1 for a key or value it does not know (@err).
 */
static int build(struct fk_scenario *sc, const char *path,
		 struct fk_row *row, char *err, size_t len)
{
	int i, rc;

	memset(row, 0, sizeof(*row));
	row->name = sc->name;
	rc = fk_profile.from_scenario(sc, row, err, len);
	for (i = 0; !rc && i < sc->n; i++)
		if (!sc->kv[i].used) {
			snprintf(err, len, "%s:%d: '%s' means nothing to the %s profile",
				 path, sc->kv[i].line, sc->kv[i].key,
				 fk_profile.name);
			rc = -1;
		}
	return rc;
}

/* The names of a file's scenarios, so that a crash can name its own. */
struct sc_names {
	char (*name)[64];
	int n;
};

/* Every block read and understood before any runs: one message each. */
static int check_file(const char *path, struct sc_names *names)
{
	struct fk_scenario sc;
	struct fk_row row;
	int lineno = 0, rc, bad = 0;
	char err[160];
	FILE *f = fopen(path, "r");

	if (!f) {
		perror(path);
		return -1;
	}
	while ((rc = next_block(f, path, &lineno, &sc)) > 0) {
		if (build(&sc, path, &row, err, sizeof(err)) < 0) {
			fprintf(stderr, "faultkit: scenario %s: %s\n", sc.name,
				err);
			bad = 1;
		}
		names->name = realloc(names->name, (size_t)(names->n + 1) *
				      sizeof(*names->name));
		if (!names->name)
			abort();
		memcpy(names->name[names->n++], sc.name, sizeof(sc.name));
	}
	fclose(f);
	return rc < 0 || bad ? -1 : 0;
}

/* The scenarios of a file as jobs of the fork server; the id is the
 * scenario's index in the file. */
struct sc_jobs {
	struct fk_source src;
	const char *path;
	FILE *f;
	int lineno, pos;
	struct fk_scenario sc;
	struct sc_names names;
	int trouble;
};

static void sc_seek(struct fk_source *s, const char *after)
{
	struct sc_jobs *j = (struct sc_jobs *)s;
	int skip = after ? atoi(after) + 1 : 0;

	j->f = fopen(j->path, "r");
	if (!j->f)
		_exit(2);
	for (j->pos = 0; j->pos < skip; j->pos++)
		if (next_block(j->f, j->path, &j->lineno, &j->sc) <= 0)
			break;
}

static int sc_next(struct fk_source *s, char *id, size_t len)
{
	struct sc_jobs *j = (struct sc_jobs *)s;

	if (next_block(j->f, j->path, &j->lineno, &j->sc) <= 0)
		return 0;
	snprintf(id, len, "%d", j->pos++);
	return 1;
}

/* A scenario has no expectation: its behaviour is the result. */
static enum fk_verdict sc_run(struct fk_source *s, struct fk_buf *out)
{
	struct sc_jobs *j = (struct sc_jobs *)s;
	static struct fk_row row;
	char err[160] = "", *text;

	if (build(&j->sc, j->path, &row, err, sizeof(err))) {
		fk_bprintf(out, "row %s\nn/a %s\n", j->sc.name, err);
		return FK_V_PASS;
	}
	fk_run(&row, NULL);
	text = fk_behaviour(&row);
	fk_bprintf(out, "%s", text);
	free(text);
	return FK_V_PASS;
}

static void sc_result(struct fk_source *s, const struct fk_job_result *r)
{
	struct sc_jobs *j = (struct sc_jobs *)s;
	char why[80];

	if (r->verdict == FK_V_PASS) {
		printf("%s\n", r->text);
		return;
	}
	fk_verdict_text(why, sizeof(why), r->verdict, r->signo);
	printf("row %s\ntrouble %s\n\n", j->names.name[atoi(r->id)], why);
	j->trouble = 1;
}

int fk_run_scenarios(const char *path);

int fk_run_scenarios(const char *path)
{
	struct sc_jobs j = { { sc_seek, sc_next, sc_run, sc_result, NULL },
			     path, NULL, 0, 0, { "", 0, {} }, { NULL, 0 }, 0 };
	int rc;

	if (!fk_profile.from_scenario) {
		fprintf(stderr, "faultkit: the %s profile runs no scenarios\n",
			fk_profile.name);
		return 2;
	}
	if (check_file(path, &j.names))
		return 2;
	rc = fk_serve(&j.src);
	free(j.names.name);
	return rc == 2 ? 2 : rc || j.trouble;
}
