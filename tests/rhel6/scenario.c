// SPDX-License-Identifier: GPL-2.0
/*
 * Scenarios on the RHEL6 profile: the shared vocabulary of
 * tests/compare/scenarios.txt mapped onto RHEL6's row inputs. Keys for
 * what 2.6.32-431 never looks at are read and dropped, with the reason;
 * answers it cannot give make the scenario not applicable.
 */
#include <stdio.h>
#include <string.h>

#include "rows.h"

#define NSC	64
#define N(a)	((int)(sizeof(a) / sizeof((a)[0])))
/* 6.1's stack_guard_gap away, and more: the same place on both kernels */
#define NEAR_START	(STACK_START - 256 * PAGE_SIZE - 0x10000)

static const struct fk_flag ec_names[] = {
	{ PF_PROT, "prot" }, { PF_WRITE, "write" }, { PF_USER, "user" },
	{ PF_RSVD, "rsvd" }, { PF_INSTR, "instr" }, { 0, NULL }
};

static const struct fk_flag modes[] = {
	{ USER, "user" }, { KERNEL, "kernel" }, { USER32, "user32" },
	{ 0, NULL }
};

static const struct fk_flag sigkills[] = {
	{ NO_SIGKILL, "none" }, { SIGKILL_BEFORE, "before" },
	{ SIGKILL_IN_HMF1, "hmf1" }, { SIGKILL_IN_HMF2, "hmf2" },
	{ 0, NULL }
};

static const struct fk_flag answers[] = {
	{ 0, "minor" }, { VM_FAULT_MAJOR, "major" },
	{ VM_FAULT_RETRY, "retry" }, { VM_FAULT_OOM, "oom" },
	{ VM_FAULT_SIGBUS, "sigbus" }, { VM_FAULT_HWPOISON, "hwpoison" },
	{ 0, NULL }
};

/* answers handle_mm_fault() of 2.6.32 cannot give */
static const char *const later_answers[][2] = {
	{ "sigsegv", "VM_FAULT_SIGSEGV came in 3.19" },
	{ "completed", "VM_FAULT_COMPLETED came in 5.19" },
};

static const struct fk_flag places[] = {
	{ TEXT_START, "text" }, { DATA_START, "data" },
	{ RO_START, "rodata" }, { NONE_START, "none" },
	{ WO_START, "writeonly" }, { MAP_START, "map" },
	{ STACK_START, "stack_start" }, { STACK_TOP, "stack_top" },
	{ NEAR_START, "near" }, { KADDR, "kaddr" }, { 0, "null" },
	{ 0, NULL }
};

static const struct rhel6_vma vma_table[] = {
	VMA_TEXT, VMA_DATA, VMA_RO, VMA_NONE, VMA_WO, VMA_MAP,
	{ NEAR_START, NEAR_START + PAGE_SIZE, VM_READ | VM_WRITE, "[near]" },
	VMA_STACK, VMA_HIGH,
};

static const char *const vma_keys[] = {
	"text", "data", "rodata", "none", "writeonly", "map", "near",
	"stack", "high",
};

/* address may name sp: "sp-70000" */
static int where(struct fk_scenario *sc, struct rhel6_in *in, char *err,
		 size_t len)
{
	struct fk_flag syms[N(places) + 1];
	const char *v = fk_sc_get(sc, "sp");
	unsigned long pages = 0;

	memcpy(syms, places, sizeof(places));
	in->sp = STACK_START + 0x100;
	if (v && fk_sc_value(v, places, &in->sp))
		return fk_sc_bad(err, len, "sp", v);
	syms[N(places) - 1] = (struct fk_flag){ in->sp, "sp" };
	syms[N(places)] = (struct fk_flag){ 0, NULL };
	v = fk_sc_get(sc, "address");
	if (!v || fk_sc_value(v, syms, &in->address))
		return fk_sc_bad(err, len, "address", v);
	v = fk_sc_get(sc, "ip");
	in->ip = in->mode == KERNEL ? KERNEL_IP : TEXT_START + 0x100;
	if (v && !strcmp(v, "uaccess")) {
		in->ip = UACCESS_IP;
		in->extable[0] = (struct exception_table_entry){
			UACCESS_IP, UACCESS_FIXUP };
	} else if (v && strcmp(v, "kernel") && strcmp(v, "user")) {
		return fk_sc_bad(err, len, "ip", v);
	}
	v = fk_sc_get(sc, "rlimit_stack");
	if (v && fk_sc_value(v, NULL, &pages))
		return fk_sc_bad(err, len, "rlimit_stack", v);
	in->rlimit_stack = pages * PAGE_SIZE;
	return 0;
}

static int choose(struct fk_scenario *sc, struct rhel6_in *in, char *err,
		  size_t len)
{
	const char *v = fk_sc_get(sc, "mode");
	unsigned long x = USER;

	if (v && fk_sc_value(v, modes, &x))
		return fk_sc_bad(err, len, "mode", v);
	in->mode = (enum rhel6_mode)x;
	v = fk_sc_get(sc, "ec");
	if (!v || fk_sc_flags(v, ec_names, &in->ec))
		return fk_sc_bad(err, len, "ec", v);
	v = fk_sc_get(sc, "sigkill");
	x = NO_SIGKILL;
	if (v && fk_sc_value(v, sigkills, &x))
		return fk_sc_bad(err, len, "sigkill", v);
	in->sigkill = (enum rhel6_sigkill)x;
	return 0;
}

static int answers_of(const char *v, struct fk_row *row, char *err,
		      size_t len)
{
	int i;

	for (i = 0; i < N(later_answers); i++)
		if (strstr(v, later_answers[i][0])) {
			snprintf(err, len, "%s", later_answers[i][1]);
			return 1;
		}
	if (fk_sc_script(v, "handle_mm_fault", answers, &row->script[0]))
		return fk_sc_bad(err, len, "hmf", v);
	return 0;
}

int rhel6_from_scenario(struct fk_scenario *sc, struct fk_row *row,
			char *err, size_t len)
{
	static const char *const bools[] = { "contended", "atomic", "no_mm",
					     "irqs_off", "handler" };
	static struct rhel6_in ins[NSC];
	static int nin;
	struct rhel6_in *in = &ins[nin];
	int *const fields[] = { &in->contended, &in->atomic, &in->no_mm,
				&in->irqs_off, &in->handler };
	int idx[FK_NVMAS], i, n = 0;
	const char *v;

	if (nin == NSC)
		return fk_sc_bad(err, len, "scenario", "too many");
	nin++;
	row->in = in;
	if (choose(sc, in, err, len) || where(sc, in, err, len) ||
	    fk_sc_bools(sc, bools, fields, N(bools), err, len))
		return -1;
	/* 2.6.32 has no SMAP (3.7), and its fault path never looks at a
	 * signal that is not fatal: both keys are read and dropped */
	fk_sc_get(sc, "ac");
	fk_sc_get(sc, "sigpending");
	v = fk_sc_get(sc, "vmas");
	if (v && (n = fk_sc_list(v, vma_keys, N(vma_keys), idx, FK_NVMAS)) < 0)
		return fk_sc_bad(err, len, "vmas", v);
	for (i = 0; i < n; i++)
		in->vmas[i] = vma_table[idx[i]];
	v = fk_sc_get(sc, "hmf");
	return v ? answers_of(v, row, err, len) : 0;
}
