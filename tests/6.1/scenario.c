// SPDX-License-Identifier: GPL-2.0
/*
 * Scenarios on the 6.1 profile: the shared vocabulary of
 * tests/compare/scenarios.txt mapped onto 6.1's row inputs. Every key
 * means something here; none is ignored.
 */
#include <stdio.h>
#include <string.h>

#include "rows.h"

#define NSC	64
#define N(a)	((int)(sizeof(a) / sizeof((a)[0])))

static const struct fk_flag ec_names[] = {
	{ X86_PF_PROT, "prot" }, { X86_PF_WRITE, "write" },
	{ X86_PF_USER, "user" }, { X86_PF_RSVD, "rsvd" },
	{ X86_PF_INSTR, "instr" }, { 0, NULL }
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
	{ VM_FAULT_SIGSEGV, "sigsegv" },
	{ VM_FAULT_COMPLETED, "completed" }, { 0, NULL }
};

static const struct fk_flag places[] = {
	{ TEXT_START, "text" }, { DATA_START, "data" },
	{ RO_START, "rodata" }, { NONE_START, "none" },
	{ WO_START, "writeonly" }, { MAP_START, "map" },
	{ STACK_START, "stack_start" }, { STACK_TOP, "stack_top" },
	{ NEAR_START, "near" }, { KADDR, "kaddr" }, { 0, "null" },
	{ 0, NULL }
};

static const struct k61_vma vma_table[] = {
	VMA_TEXT, VMA_DATA, VMA_RO, VMA_NONE, VMA_WO, VMA_MAP, VMA_NEAR,
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
	.default_sp = STACK_START + 0x100, .user_ip = USER_IP,
	.kernel_ip = KERNEL_IP, .uaccess_ip = UACCESS_IP,
};

int k61_from_scenario(struct fk_scenario *sc, struct fk_row *row,
		      char *err, size_t len)
{
	static const char *const bools[] = { "contended", "atomic", "no_mm",
					     "irqs_off", "handler",
					     "sigpending", "ac" };
	static struct k61_in ins[NSC];
	static int nin;
	struct k61_in *in = &ins[nin];
	int *const fields[] = { &in->contended, &in->atomic, &in->no_mm,
				&in->irqs_off, &in->handler,
				&in->sigpending, &in->ac };
	struct fk_sc_common c;
	const char *cpu;
	int i;

	if (nin == NSC)
		return fk_sc_bad(err, len, "scenario", "too many");
	nin++;
	row->in = in;
	if (fk_sc_common(sc, &vocab, &c, row, err, len) ||
	    fk_sc_bools(sc, bools, fields, N(bools), err, len))
		return -1;
	if (c.nvmas > FK_NVMAS)
		return fk_sc_bad(err, len, "vmas", "too many");
	in->mode = (enum k61_mode)c.mode;
	in->ec = c.ec;
	in->address = c.address;
	in->sp = c.sp;
	in->ip = c.ip;
	if (c.uaccess)
		in->extable[0] = (struct exception_table_entry){
			UACCESS_IP, UACCESS_FIXUP };
	in->sigkill = (enum k61_sigkill)c.sigkill;
	memcpy(in->insn, c.insn, sizeof(c.insn));
	cpu = fk_sc_get(sc, "cpu");
	if (cpu && strcmp(cpu, "amd_k8") && strcmp(cpu, "intel"))
		return fk_sc_bad(err, len, "cpu", cpu);
	in->amd_k8 = cpu && !strcmp(cpu, "amd_k8");
	in->rlimit_stack = c.rlimit_pages * PAGE_SIZE;
	for (i = 0; i < c.nvmas; i++)
		in->vmas[i] = vma_table[c.vmas[i]];
	return 0;
}
