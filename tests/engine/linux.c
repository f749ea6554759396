// SPDX-License-Identifier: GPL-2.0
/*
 * What every Linux profile renders alike, whatever the kernel version:
 * signals and their codes, the perf software page-fault events, errno
 * values, strings and pointers to a caller's locals (all user ABI), and
 * the outcome line. A profile's own kinds come first and may override.
 */
#include <signal.h>
#include <stdio.h>

#include "fk.h"

static const struct fk_flag sig_names[] = {
	{ 0, "0" }, { SIGKILL, "SIGKILL" }, { SIGBUS, "SIGBUS" },
	{ SIGSEGV, "SIGSEGV" }, { 0, NULL }
};

static const struct fk_flag segv_names[] = {
	{ SEGV_MAPERR, "SEGV_MAPERR" }, { SEGV_ACCERR, "SEGV_ACCERR" },
	{ SEGV_PKUERR, "SEGV_PKUERR" }, { 0, NULL }
};

static const struct fk_flag bus_names[] = {
	{ BUS_ADRERR, "BUS_ADRERR" }, { BUS_MCEERR_AR, "BUS_MCEERR_AR" },
	{ 0, NULL }
};

/* enum perf_sw_ids, include/uapi/linux/perf_event.h */
static const struct fk_flag perf_names[] = {
	{ 2, "PAGE_FAULTS" }, { 5, "PAGE_FAULTS_MIN" },
	{ 6, "PAGE_FAULTS_MAJ" }, { 0, NULL }
};

static const struct fk_flag errno_names[] = {
	{ 0, "0" }, { (unsigned long)-1L, "-EPERM" },
	{ (unsigned long)-4L, "-EINTR" }, { (unsigned long)-12L, "-ENOMEM" },
	{ (unsigned long)-13L, "-EACCES" }, { (unsigned long)-14L, "-EFAULT" },
	{ 0, NULL }
};

static void render_str(char *buf, size_t len, unsigned long v)
{
	snprintf(buf, len, "\"%s\"", v ? (const char *)v : "");
}

/* A pointer to the caller's local variable: its address means nothing. */
static void render_local(char *buf, size_t len, unsigned long v)
{
	snprintf(buf, len, "%s", v ? "&local" : "NULL");
}

const struct fk_kind fk_linux_kinds[] = {
	{ "sig", sig_names, 1, NULL },
	{ "segv", segv_names, 1, NULL },
	{ "bus", bus_names, 1, NULL },
	{ "perf", perf_names, 1, NULL },
	{ "errno", errno_names, 1, NULL },
	{ "s", NULL, 0, render_str },
	{ "local", NULL, 0, render_local },
	{ NULL, NULL, 0, NULL }
};

const char *fk_kind_name(int kind)
{
	static const char *const name[FK_NKINDS] = {
		"(none)", "HANDLED", "SIGNAL", "OOM", "FIXUP", "OOPS",
		"OOPS_RETURNED", "KILLED", "RETURNED_EARLY", "RUNAWAY",
	};

	return kind >= 0 && kind < FK_NKINDS ? name[kind] : "?";
}

void fk_render_outcome(char *buf, size_t len, const struct fk_outcome *o)
{
	char sig[16], code[32];

	if (o->kind != FK_SIGNAL) {
		snprintf(buf, len, "%s", fk_kind_name(o->kind));
		return;
	}
	fk_render_value(sig, sizeof(sig), "sig", (unsigned long)o->signo);
	fk_render_value(code, sizeof(code), o->signo == SIGBUS ? "bus" : "segv",
			(unsigned long)o->code);
	snprintf(buf, len, "%s/%s", sig, code);
}
