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
	VMA(NEAR_START, NEAR_START + PAGE_SIZE, VM_READ | VM_WRITE, "[near]"),
	VMA_STACK, VMA_HIGH,
};

static const char *const vma_keys[] = {
	"text", "data", "rodata", "none", "writeonly", "map", "near",
	"stack", "high",
};

static const struct fk_sc_vocab vocab = {
	.ec = ec_names, .modes = modes, .sigkills = sigkills,
	.places = places, .answers = answers,
	.vma_keys = vma_keys, .nvma_keys = N(vma_keys),
	.answer_fn = "handle_mm_fault", .kernel_mode = KERNEL,
	.default_sp = STACK_START + 0x100, .user_ip = TEXT_START + 0x100,
	.kernel_ip = KERNEL_IP, .uaccess_ip = UACCESS_IP,
};

/* An answer 2.6.32's mm cannot give: the scenario does not apply. */
static int later_answer(struct fk_scenario *sc, char *err, size_t len)
{
	const char *v = fk_sc_get(sc, "hmf");
	int i;

	for (i = 0; v && i < N(later_answers); i++)
		if (strstr(v, later_answers[i][0])) {
			snprintf(err, len, "%s", later_answers[i][1]);
			return 1;
		}
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
	struct fk_sc_common c;
	int i;

	if (nin == NSC)
		return fk_sc_bad(err, len, "scenario", "too many");
	nin++;
	row->in = in;
	if (later_answer(sc, err, len))
		return 1;
	if (fk_sc_common(sc, &vocab, &c, row, err, len) ||
	    fk_sc_bools(sc, bools, fields, N(bools), err, len))
		return -1;
	/* 2.6.32 has no SMAP (3.7), and its fault path never looks at a
	 * signal that is not fatal: both keys are read and dropped */
	fk_sc_get(sc, "ac");
	fk_sc_get(sc, "sigpending");
	if (c.nvmas > FK_NVMAS)
		return fk_sc_bad(err, len, "vmas", "too many");
	in->mode = (enum rhel6_mode)c.mode;
	in->ec = c.ec;
	in->address = c.address;
	in->sp = c.sp;
	in->ip = c.ip;
	if (c.uaccess)
		in->extable[0] = (struct exception_table_entry){
			UACCESS_IP, UACCESS_FIXUP };
	in->sigkill = (enum rhel6_sigkill)c.sigkill;
	memcpy(in->insn, c.insn, sizeof(c.insn));
	/* 2.6.32 checks for a faulting prefetch on every CPU */
	fk_sc_get(sc, "cpu");
	in->rlimit_stack = c.rlimit_pages * PAGE_SIZE;
	for (i = 0; i < c.nvmas; i++)
		in->vmas[i] = vma_table[c.vmas[i]];
	return 0;
}
