/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The 6.1 profile's world: what one row sets up and every fake or shim
 * inline reads or changes (task, mm, registers, CPU features, exception
 * table, kernel page tables). Not a kernel header; the unit never sees it.
 */
#ifndef FK61_WORLD_H
#define FK61_WORLD_H

#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/extable.h>

#include "../../tests/engine/fk.h"

#define FK_NVMAS	5
#define FK_NEXTABLE	2
#define FK_NKMAPS	2

enum k61_mode { USER = 0, KERNEL, USER32 };

/* When SIGKILL becomes pending: before the fault, or while sleeping in
 * the first or second handle_mm_fault(). */
enum k61_sigkill { NO_SIGKILL = 0, SIGKILL_BEFORE, SIGKILL_IN_HMF1,
		   SIGKILL_IN_HMF2 };

/*
 * What another thread did to the mm while lock_mm_and_find_vma() had
 * dropped mmap_lock to take it for writing.
 */
enum k61_race { NO_RACE = 0, RACE_UNMAPPED, RACE_GREW, RACE_NOT_GROWABLE,
		RACE_WRITER /* another writer got the lock first */ };

/* A kernel mapping in init_mm's page tables (spurious faults, oops). */
#define KM_PRESENT	0x01
#define KM_WRITE	0x02
#define KM_EXEC		0x04
#define KM_LARGE	0x08	/* mapped by a 2M pmd */
#define KM_HUGE		0x10	/* mapped by a 1G pud */
#define KM_PMD_RO	0x20	/* pmd lacks the write bit the pte has */
#define KM_NO_PUD	0x40	/* only the pgd entry is there */
#define KM_NO_PMD	0x80	/* ... and the pud */
#define KM_NO_PTE	0x100	/* ... and the pmd */

struct k61_vma {
	unsigned long start, end, flags;
	const char *name;
	int pkey;
};

struct k61_kmap {
	unsigned long start, end;
	unsigned int prot;
};

struct k61_in {
	enum k61_mode mode;
	unsigned long ec;		/* error code as the CPU pushed it */
	unsigned long address;		/* cr2 */
	unsigned long sp, ip;
	int irqs_off;			/* kernel mode: IF clear in flags */
	int ac;				/* EFLAGS.AC set (stac/clac) */
	int atomic;			/* pagefaults off, or in_atomic() */
	int no_mm;			/* kernel thread: tsk->mm == NULL */
	int contended;			/* a writer holds mmap_lock */
	int handler;			/* task has a SIGSEGV handler */
	int quiet;			/* show_unhandled_signals = 0 */
	enum k61_sigkill sigkill;
	int sigpending;			/* a non-fatal signal pending */
	enum k61_race race;
	unsigned long rlimit_stack;	/* 0: 8 MiB */
	struct k61_vma vmas[FK_NVMAS];
	struct exception_table_entry extable[FK_NEXTABLE];
	struct k61_kmap kmaps[FK_NKMAPS];
	/* instruction bytes at ip, and 2 past an x86 instruction's 15 */
	unsigned char insn[18];
	int insn_unmapped;		/* ... which cannot be read */
	/* the CPU and static keys */
	int no_smap;			/* X86_FEATURE_SMAP off */
	int ospke;			/* X86_FEATURE_OSPKE on */
	unsigned int pkru;
	int amd_k8;			/* AMD family 0xf, pre-NPT */
	int tracing;			/* page-fault trace points on */
	int kvm_apf;			/* KVM async #PF enabled */
	int kmmio;			/* mmiotrace active */
};

struct k61_world {
	const struct k61_in *in;
	struct task_struct task;
	struct mm_struct mm;
	struct vm_area_struct vma[FK_NVMAS + 1];
	struct pt_regs regs;
	unsigned long ec;
	int irqs_enabled;
	int hmf_calls;
	long perf[8];
	char dmesg[4096];
	/* kernel page tables, one walk at a time */
	pgd_t pgd[PTRS_PER_PGD];
	pud_t pud;
	pmd_t pmd;
	pte_t pte;
};

extern struct k61_world w;

const struct k61_kmap *fk61_kmap_lookup(unsigned long address);
void fk61_dmesg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Layout every row can name. */
#define FK_STEXT	((unsigned long)_stext)
#define FK_ETEXT	((unsigned long)_etext)

#endif
