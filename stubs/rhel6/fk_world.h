/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The RHEL6 profile's world: what one row sets up and every fake reads or
 * changes (task, mm, registers, exception table, kernel page tables). Not a
 * kernel header; the unit under test never sees it.
 */
#ifndef FK_WORLD_H
#define FK_WORLD_H

#include <linux/sched.h>
#include <linux/module.h>

#include "../../tests/engine/fk.h"

#define FK_NVMAS	4
#define FK_NEXTABLE	2
#define FK_NKMAPS	2

enum rhel6_mode { USER = 0, KERNEL, USER32 };

/* When SIGKILL becomes pending: before the fault, or while sleeping in
 * the first or second handle_mm_fault(). */
enum rhel6_sigkill { NO_SIGKILL = 0, SIGKILL_BEFORE, SIGKILL_IN_HMF1,
		     SIGKILL_IN_HMF2 };

/* A kernel mapping in init_mm's page tables (vmalloc and spurious faults). */
#define KM_PRESENT	0x01	/* present in the reference page table */
#define KM_SYNCED	0x02	/* current's top level already has it */
#define KM_WRITE	0x04
#define KM_EXEC		0x08
#define KM_LARGE	0x10	/* mapped by a large pmd */
#define KM_PMD_RO	0x20	/* pmd lacks the write bit the pte has */

struct rhel6_vma {
	unsigned long start, end, flags;
	const char *name;
	/*
	 * A mapping of a regular file of file_size bytes from page pgoff
	 * on: handle_mm_fault answers SIGBUS past its end. Rows leave it 0.
	 */
	int file;
	unsigned long pgoff, file_size;
};

struct rhel6_kmap {
	unsigned long start, end;
	unsigned int prot;
};

struct rhel6_in {
	enum rhel6_mode mode;
	unsigned long ec;		/* error code as the CPU pushed it */
	unsigned long address;		/* cr2 */
	unsigned long sp, ip;
	int irqs_off;			/* kernel mode: IF clear in flags */
	int atomic;			/* preempt_count != 0 */
	int no_mm;			/* kernel thread: tsk->mm == NULL */
	int contended;			/* a writer holds mmap_sem */
	int handler;			/* task has a SIGSEGV handler */
	enum rhel6_sigkill sigkill;
	unsigned long rlimit_stack;	/* 0: 8 MiB */
	struct rhel6_vma vmas[FK_NVMAS];
	struct exception_table_entry extable[FK_NEXTABLE];
	struct rhel6_kmap kmaps[FK_NKMAPS];
	unsigned char insn[16];		/* instruction bytes at ip */
};

struct rhel6_world {
	const struct rhel6_in *in;
	struct task_struct task;
	struct mm_struct mm;
	struct vm_area_struct vma[FK_NVMAS];
	struct pt_regs regs;
	struct rhel6_kmap kmaps[FK_NKMAPS];
	unsigned long ec;		/* as the CPU pushed it */
	int irqs_enabled;
	int hmf_calls;
	long perf[8];
	char dmesg[2048];
};

extern struct rhel6_world w;

struct rhel6_kmap *fk_kmap_lookup(unsigned long address);

/* Layout every row can name; ILP32 builds get the 32-bit equivalents. */
#if __SIZEOF_LONG__ == 8
#define FK_STEXT	0xffffffff81000000UL
#define FK_ETEXT	0xffffffff81600000UL
#else
#define FK_STEXT	0xc1000000UL
#define FK_ETEXT	0xc1600000UL
#endif

#endif
