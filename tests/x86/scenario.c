// SPDX-License-Identifier: GPL-2.0
/*
 * Scenarios on any x86 profile: the keys of tests/compare/scenarios.txt
 * turned into a fault's inputs. Every key names something of the CPU or
 * of any Linux, so it is read here once; a kernel that never looks at an
 * input (RHEL6 and EFLAGS.AC, say) simply does not read it; an answer
 * of handle_mm_fault() the kernel's mm has no value for makes the
 * scenario not applicable there. The profile reads the keys only its
 * kernel has.
 */
#include <stdio.h>
#include <string.h>

#include "fk_rows.h"

#define N(a)	((int)(sizeof(a) / sizeof((a)[0])))

static const struct fk_flag ec_names[] = {
	{ FK_PF_PROT, "prot" }, { FK_PF_WRITE, "write" },
	{ FK_PF_USER, "user" }, { FK_PF_RSVD, "rsvd" },
	{ FK_PF_INSTR, "instr" }, { FK_PF_PK, "pk" },
	{ FK_PF_SHSTK, "shstk" }, { FK_PF_SGX, "sgx" }, { 0, NULL }
};

static const struct fk_flag modes[] = {
	{ USER, "user" }, { KERNEL, "kernel" }, { USER32, "user32" },
	{ V8086, "v8086" }, { 0, NULL }
};

static const struct fk_flag sigkills[] = {
	{ NO_SIGKILL, "none" }, { SIGKILL_BEFORE, "before" },
	{ SIGKILL_IN_HMF1, "hmf1" }, { SIGKILL_IN_HMF2, "hmf2" },
	{ 0, NULL }
};

static const struct fk_flag unlockeds[] = {
	{ UNLOCKED_NOTHING, "nothing" }, { UNLOCKED_UNMAPPED, "unmapped" },
	{ UNLOCKED_MPROTECT_NONE, "mprotect_none" }, { 0, NULL }
};

static const struct fk_flag places[] = {
	{ TEXT_START, "text" }, { DATA_START, "data" },
	{ RO_START, "rodata" }, { NONE_START, "none" },
	{ WO_START, "writeonly" }, { MAP_START, "map" },
	{ STACK_START, "stack_start" }, { STACK_TOP, "stack_top" },
	{ NEAR_START, "near" }, { KADDR, "kaddr" }, { 0, "null" },
	{ 0, NULL }
};

/* What handle_mm_fault() answers, in the kernel's own values ... */
static const struct fk_flag answers[] = {
	{ 0, "minor" }, { VM_FAULT_MAJOR, "major" },
	{ VM_FAULT_RETRY, "retry" }, { VM_FAULT_OOM, "oom" },
	/* a page read in while the lock was dropped: both at once */
	{ VM_FAULT_MAJOR | VM_FAULT_RETRY, "major_retry" },
	{ VM_FAULT_SIGBUS, "sigbus" }, { VM_FAULT_HWPOISON, "hwpoison" },
#ifdef FK_HAS_VM_FAULT_SIGSEGV
	{ VM_FAULT_SIGSEGV, "sigsegv" },
#endif
#ifdef FK_HAS_VM_FAULT_COMPLETED
	{ VM_FAULT_COMPLETED, "completed" },
#endif
	{ 0, NULL }
};

/* ... and those an older kernel's mm cannot give: the scenario does not
 * apply there. */
static const char *const later_answers[][2] = {
#ifndef FK_HAS_VM_FAULT_SIGSEGV
	{ "sigsegv", "VM_FAULT_SIGSEGV came in 3.19" },
#endif
#ifndef FK_HAS_VM_FAULT_COMPLETED
	{ "completed", "VM_FAULT_COMPLETED came in 6.0" },
#endif
	{ NULL, NULL },
};

static const struct fk_vma vma_table[] = {
	VMA_TEXT, VMA_DATA, VMA_RO, VMA_NONE, VMA_WO, VMA_MAP, VMA_NEAR,
	VMA_STACK, VMA_HIGH,
};

static const char *const vma_keys[] = {
	"text", "data", "rodata", "none", "writeonly", "map", "near",
	"stack", "high",
};

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
static int sc_where(struct fk_scenario *sc, struct fk_in *in, char *err,
		    size_t len)
{
	struct fk_flag syms[N(places) + 1];
	const char *s;
	int n;

	in->sp = STACK_START + 0x100;
	if (sc_enum(sc, "sp", places, &in->sp, err, len))
		return -1;
	for (n = 0; places[n].name; n++)
		syms[n] = places[n];
	syms[n++] = (struct fk_flag){ in->sp, "sp" };
	syms[n] = (struct fk_flag){ 0, NULL };
	s = fk_sc_get(sc, "address");
	if (!s || fk_sc_value(s, syms, &in->address))
		return fk_sc_bad(err, len, "address", s);
	s = fk_sc_get(sc, "ip");
	in->ip = in->mode == KERNEL ? KERNEL_IP : USER_IP;
	if (s && !strcmp(s, "uaccess")) {
		in->ip = UACCESS_IP;
		in->extable[0] = (struct exception_table_entry){
			UACCESS_IP, UACCESS_FIXUP };
	} else if (s && strcmp(s, "kernel") && strcmp(s, "user")) {
		return fk_sc_bad(err, len, "ip", s);
	}
	return 0;
}

static int sc_vmas(struct fk_scenario *sc, struct fk_in *in, char *err,
		   size_t len)
{
	const char *s = fk_sc_get(sc, "vmas");
	int idx[FK_NVMAS], n, i;

	if (!s)
		return 0;
	n = fk_sc_list(s, vma_keys, N(vma_keys), idx, FK_NVMAS);
	if (n < 0)
		return fk_sc_bad(err, len, "vmas", s);
	for (i = 0; i < n; i++)
		in->vmas[i] = vma_table[idx[i]];
	return 0;
}

/* An answer this kernel's mm cannot give: the scenario does not apply. */
static int later_answer(struct fk_scenario *sc, char *err, size_t len)
{
	const char *const (*l)[2] = later_answers;
	const char *v = fk_sc_get(sc, "hmf");

	for (; v && l && (*l)[0]; l++)
		if (strstr(v, (*l)[0])) {
			snprintf(err, len, "%s", (*l)[1]);
			return 1;
		}
	return 0;
}

static int sc_cpu(struct fk_scenario *sc, struct fk_in *in, char *err,
		  size_t len)
{
	const char *cpu = fk_sc_get(sc, "cpu");

	if (cpu && strcmp(cpu, "amd_k8") && strcmp(cpu, "intel"))
		return fk_sc_bad(err, len, "cpu", cpu);
	in->amd_k8 = cpu && !strcmp(cpu, "amd_k8");
	return 0;
}

static int sc_numbers(struct fk_scenario *sc, struct fk_in *in,
		      struct fk_row *row, char *err, size_t len)
{
	unsigned long mode = 0, sigkill = 0, pages = 0, unlocked = 0;
	const char *s;

	if (sc_enum(sc, "mode", modes, &mode, err, len) ||
	    sc_enum(sc, "sigkill", sigkills, &sigkill, err, len) ||
	    sc_enum(sc, "unlocked", unlockeds, &unlocked, err, len) ||
	    sc_enum(sc, "rlimit_stack", NULL, &pages, err, len))
		return -1;
	in->mode = (enum fk_mode)mode;
	in->sigkill = (enum fk_sigkill)sigkill;
	in->unlocked = (enum fk_unlocked)unlocked;
	in->rlimit_stack = pages * PAGE_SIZE;
	s = fk_sc_get(sc, "ec");
	if (!s || fk_sc_flags(s, ec_names, &in->ec))
		return fk_sc_bad(err, len, "ec", s);
	s = fk_sc_get(sc, "hmf");
	if (s && fk_sc_script(s, "handle_mm_fault", answers,
			      &row->script[0]))
		return fk_sc_bad(err, len, "hmf", s);
	s = fk_sc_get(sc, "insn");
	if (s && fk_sc_bytes(s, in->insn, sizeof(in->insn)))
		return fk_sc_bad(err, len, "insn", s);
	return 0;
}

int fk_x86_from_scenario(struct fk_scenario *sc, struct fk_row *row,
			 char *err, size_t len)
{
	static const char *const bools[] = { "contended", "atomic", "no_mm",
					     "irqs_off", "handler",
					     "sigpending", "ac" };
	static struct fk_in in;
	int *const fields[] = { &in.contended, &in.atomic, &in.no_mm,
				&in.irqs_off, &in.handler, &in.sigpending,
				&in.ac };

	memset(&in, 0, sizeof(in));
	row->in = &in;
	if (later_answer(sc, err, len))
		return 1;
	if (sc_numbers(sc, &in, row, err, len) ||
	    sc_where(sc, &in, err, len) || sc_vmas(sc, &in, err, len) ||
	    sc_cpu(sc, &in, err, len) ||
	    fk_sc_bools(sc, bools, fields, N(bools), err, len))
		return -1;
	if (fk_x86_hooks.from_scenario)
		return fk_x86_hooks.from_scenario(sc, &in, row, err, len);
	return 0;
}
