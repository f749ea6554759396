// SPDX-License-Identifier: GPL-2.0
/*
 * A scenario the explorer ran, written as a row of a table: its inputs as
 * the run chose them, the collaborators' answers as scripts, and what the
 * run did as the expectation (outcome, counters, the whole trace). Pasted
 * into tests/<k>/table_*.c it replays the scenario; trim the calls to the
 * ones that decide the case.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fk_rows.h"
#include "../engine/fk_internal.h"

extern struct fk_script fk_x86_xscript[FK_MAX_SCRIPTS];

static const char *const modes[] = { "USER", "KERNEL", "USER32", "V8086" };

static void vm_flags(struct fk_buf *b, unsigned long f)
{
	static const struct { unsigned long bit; const char *name; } n[] = {
		{ VM_READ, "VM_READ" }, { VM_WRITE, "VM_WRITE" },
		{ VM_EXEC, "VM_EXEC" }, { VM_GROWSDOWN, "VM_GROWSDOWN" },
#if defined(VM_SHADOW_STACK) && VM_SHADOW_STACK
		{ VM_SHADOW_STACK, "VM_SHADOW_STACK" },
#endif
	};
	const char *sep = "";
	size_t i;

	/* the protection key, if any, is the row's .pkey */
	for (i = 0; i < sizeof(n) / sizeof(n[0]); i++)
		if (f & n[i].bit) {
			fk_bprintf(b, "%s%s", sep, n[i].name);
			sep = " | ";
		}
	if (!*sep)
		fk_bprintf(b, "0");
}

static void vmas(struct fk_buf *b, const struct fk_in *in)
{
	int i, n = 0;

	for (i = 0; i < FK_NVMAS; i++) {
		const struct fk_vma *v = &in->vmas[i];

		if (!v->end)
			continue;
		fk_bprintf(b, "%s\n\t\t\t\t{ .start = %#lx, .end = %#lx, .flags = ",
			   n++ ? "," : "", v->start, v->end);
		vm_flags(b, v->flags);
		fk_bprintf(b, ", .name = \"%s\"", v->name ? v->name : "vma");
		if (v->pkey)
			fk_bprintf(b, ", .pkey = %d", v->pkey);
		fk_bprintf(b, " }");
	}
}

void fk_x86_row_field(struct fk_buf *b, const char *name, long v)
{
	if (v)
		fk_bprintf(b, ",\n\t\t\t .%s = %ld", name, v);
}

#define field fk_x86_row_field

static void inputs(struct fk_buf *b, const struct fk_in *in)
{
	int i;

	fk_bprintf(b, "\t\t.in = IN(.mode = %s, .ec = %#lx, .address = %#lx,\n\t\t\t .sp = %#lx, .ip = %#lx",
		   modes[in->mode], in->ec, in->address, in->sp, in->ip);
	field(b, "irqs_off", in->irqs_off);
	field(b, "ac", in->ac);
	field(b, "atomic", in->atomic);
	field(b, "no_mm", in->no_mm);
	field(b, "contended", in->contended);
	field(b, "handler", in->handler);
	field(b, "global_init", in->global_init);
	field(b, "ptraced", in->ptraced);
	field(b, "sigkill", in->sigkill);
	field(b, "unlocked", in->unlocked);
	field(b, "unlocked_writer", in->unlocked_writer);
	field(b, "sigpending", in->sigpending);
	field(b, "vsyscall", in->vsyscall);
	field(b, "hstates", in->hstates);
	field(b, "crash_kernel", in->crash_kernel);
	field(b, "panic_on_oops", in->panic_on_oops);
	field(b, "amd_k8", in->amd_k8);
	field(b, "no_smap", in->no_smap);
	field(b, "ospke", in->ospke);
	field(b, "pkru", in->pkru);
	field(b, "quiet", in->quiet);
	field(b, "insn_unmapped", in->insn_unmapped);
	if (in->rlimit_stack)
		fk_bprintf(b, ",\n\t\t\t .rlimit_stack = %#lx", in->rlimit_stack);
	if (in->extable[0].insn)
		fk_bprintf(b, ",\n\t\t\t .extable = { { %#lx, %#lx } }",
			   in->extable[0].insn, in->extable[0].fixup);
	if (in->kmaps[0].end)
		fk_bprintf(b, ",\n\t\t\t .kmaps = { { %#lx, %#lx, %#x } }",
			   in->kmaps[0].start, in->kmaps[0].end,
			   in->kmaps[0].prot);
	if (in->insn[0]) {
		fk_bprintf(b, ",\n\t\t\t .insn = {");
		for (i = 0; i < (int)sizeof(in->insn); i++)
			fk_bprintf(b, "%s%#x", i ? ", " : " ", in->insn[i]);
		fk_bprintf(b, " }");
	}
	if (in->vmas[0].end || in->vmas[1].end) {
		fk_bprintf(b, ",\n\t\t\t .vmas = {");
		vmas(b, in);
		fk_bprintf(b, " }");
	}
	if (fk_x86_hooks.row_inputs)
		fk_x86_hooks.row_inputs(b, in);
	fk_bprintf(b, "),\n");
}

static void scripts(struct fk_buf *b)
{
	int i, k, any = 0;

	for (i = 0; i < FK_MAX_SCRIPTS && fk_x86_xscript[i].fn; i++) {
		const struct fk_script *s = &fk_x86_xscript[i];

		fk_bprintf(b, "%s\n\t\t\t    FK_SCRIPT(%s", any++ ? "," :
			   "\t\t.script = {", s->fn);
		for (k = 0; k < s->n; k++)
			fk_bprintf(b, ", %#lx", s->v[k]);
		fk_bprintf(b, ")");
	}
	if (any)
		fk_bprintf(b, " },\n");
}

static void outcome(struct fk_buf *b, const struct fk_result *r)
{
	static const char *const k[FK_NKINDS] = {
		"0", "FK_HANDLED", "FK_SIGNAL", "FK_OOM", "FK_FIXUP", "FK_OOPS",
		"FK_OOPS_RETURNED", "FK_KILLED", "FK_EARLY", "FK_RUNAWAY",
	};
	char code[32] = "0";

	if (r->outcome.kind == FK_SIGNAL)
		fk_render_value(code, sizeof(code), r->outcome.signo ==
				SIGBUS ? "bus" : "segv",
				(unsigned long)r->outcome.code);
	fk_bprintf(b, "\t\t\t.outcome = { %s, %s, %s },\n",
		   k[r->outcome.kind], r->outcome.signo == SIGBUS ? "SIGBUS" :
		   r->outcome.signo ? "SIGSEGV" : "0", code);
}

static void counters(struct fk_buf *b, const struct fk_result *r)
{
	static const char *const names[FK_X86_COUNTERS] = {
		"MAJ_FLT", "MIN_FLT", "PERF_FAULTS", "PERF_MAJ", "PERF_MIN",
		"LOCK_TAKEN", "LOCK_WRITE", "LOCK_WAITED", "LOCK_HELD",
	};
	const char *sep = "";
	int i;

	fk_bprintf(b, "\t\t\t.counters = {");
	for (i = 0; fk_profile.counter_names[i]; i++) {
		if (!r->counters[i])
			continue;
		if (i < FK_X86_COUNTERS)
			fk_bprintf(b, "%s [%s] = %ld", sep, names[i],
				   r->counters[i]);
		else
			fk_bprintf(b, "%s [%d] = %ld", sep, i, r->counters[i]);
		sep = ",";
	}
	fk_bprintf(b, " },\n");
}

static void calls(struct fk_buf *b)
{
	char line[200];
	const char *p;
	int i, n;

	for (i = 0, n = 0; i < fk_ncalls(); i++)
		n += fk_call_decides(i);
	if (!n)
		return;		/* the calls do not tell the two apart */
	fk_bprintf(b, "\t\t\t.calls = FK_CALLS(");
	for (i = 0, n = 0; i < fk_ncalls(); i++) {
		/* all of them, or those the other unit does not make */
		if (!fk_call_decides(i))
			continue;
		fk_render_call(line, sizeof(line), fk_call_at(i));
		fk_bprintf(b, "%s\n\t\t\t\t\"", n++ ? "," : "");
		for (p = line; *p == ' '; p++)
			;
		for (; *p; p++)
			fk_bprintf(b, *p == '"' || *p == '\\' ? "\\%c" : "%c",
				   *p);
		fk_bprintf(b, "\"");
	}
	fk_bprintf(b, "),\n");
}

/* A row's name from its choices: two scenarios, two names. */
static unsigned int name_hash(const char *s)
{
	unsigned int h = 2166136261u;

	while (s && *s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/* The last run of @row (an explored one) as a row. */
char *fk_x86_row_text(const struct fk_row *row, const char *name)
{
	struct fk_buf b = { 0 };
	struct fk_result r;
	struct fk_buf desc = { 0 };
	int i;

	fk_last_result(&r);
	fk_choices_text(&desc);
	fk_bprintf(&b, "\t{\n\t\t/* make explore: %s */\n", desc.s);
	for (i = 0; i < fk_nbroken(); i++)
		fk_bprintf(&b, "\t\t/* broke a rule: %s */\n", fk_broken(i));
	fk_bprintf(&b, "\t\t.name = \"%s_%08x\",\n", name ? name : "explored",
		   name_hash(desc.s));
	inputs(&b, row->in);
	scripts(&b);
	fk_bprintf(&b, "\t\t.expect = {\n");
	outcome(&b, &r);
	counters(&b, &r);
	calls(&b);
	fk_bprintf(&b, "\t\t},\n\t},\n");
	free(desc.s);
	return b.s;
}
