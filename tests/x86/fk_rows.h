/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The vocabulary every x86 profile's table shares: an address space that
 * holds on LP64 and ILP32, the usual vmas, the kernel's text and an
 * exception-table site, the outcomes.
 */
#ifndef FK_X86_FK_ROWS_H
#define FK_X86_FK_ROWS_H

#include "fk_x86.h"

#define IN(...)		(&(const struct fk_in){ __VA_ARGS__ })

/* ---- user address space ---------------------------------------------- */
#define TEXT_START	0x00400000UL
#define DATA_START	0x00600000UL
#define RO_START	0x00700000UL
#define NONE_START	0x00800000UL
#define WO_START	0x00900000UL
#define PKEY_START	0x00a00000UL
#define MAP_START	0x10000000UL	/* a mapping far below the stack */
#if __SIZEOF_LONG__ == 8
#define STACK_TOP	0x7ffffffff000UL
#else
#define STACK_TOP	0xbffff000UL
#endif
#define STACK_START	(STACK_TOP - 32 * PAGE_SIZE)
#define USER_IP		(TEXT_START + 0x100)
/* 256 pages: the stack guard gap of v4.12 and later */
#define GAP		(256 * PAGE_SIZE)
/* a mapping below the stack, a little more than the guard gap away */
#define NEAR_START	(STACK_START - GAP - 0x10000)

/* A vma of a row: [start, end), VM_* flags, the name traces use. */
#define VMA(s, e, f, n)	{ .start = (s), .end = (e), .flags = (f), .name = (n) }

#define VMA_TEXT  VMA(TEXT_START, TEXT_START + PAGE_SIZE, VM_READ | VM_EXEC, "[text]")
#define VMA_DATA  VMA(DATA_START, DATA_START + 2 * PAGE_SIZE, VM_READ | VM_WRITE, "[data]")
#define VMA_RO    VMA(RO_START, RO_START + PAGE_SIZE, VM_READ, "[rodata]")
#define VMA_NONE  VMA(NONE_START, NONE_START + PAGE_SIZE, 0, "[prot_none]")
#define VMA_WO    VMA(WO_START, WO_START + PAGE_SIZE, VM_WRITE, "[writeonly]")
#define VMA_MAP   VMA(MAP_START, MAP_START + PAGE_SIZE, VM_READ | VM_WRITE, "[mmap]")
#define VMA_NEAR  VMA(NEAR_START, NEAR_START + PAGE_SIZE, VM_READ | VM_WRITE, "[near]")
#define VMA_NEAR_NONE VMA(NEAR_START, NEAR_START + PAGE_SIZE, 0, "[near]")
#define VMA_STACK VMA(STACK_START, STACK_TOP, \
		      VM_READ | VM_WRITE | VM_GROWSDOWN, "[stack]")
/* the same range, not growable: a plain mapping above a hole */
#define VMA_HIGH  VMA(STACK_START, STACK_TOP, VM_READ | VM_WRITE, "[high]")

/* ---- kernel address space -------------------------------------------- */
#define KADDR		FK_KADDR	/* the direct map */
#define VADDR		(VMALLOC_START + 0x10000)
#define UACCESS_IP	(FK_STEXT + 0x1234)	/* a copy_from_user insn */
#define UACCESS_FIXUP	(FK_STEXT + 0x9000)
#define KERNEL_IP	(FK_STEXT + 0x4321)	/* no extable entry */
#define EXTABLE_UACCESS	{ { UACCESS_IP, UACCESS_FIXUP } }

/* ---- outcomes ---------------------------------------------------------- */
#define HANDLED		{ FK_HANDLED, 0, 0 }
#define SEGV_MAPERR_	{ FK_SIGNAL, SIGSEGV, SEGV_MAPERR }
#define SEGV_ACCERR_	{ FK_SIGNAL, SIGSEGV, SEGV_ACCERR }
#define SIGBUS_ADRERR	{ FK_SIGNAL, SIGBUS, BUS_ADRERR }
#define SIGBUS_MCEERR	{ FK_SIGNAL, SIGBUS, BUS_MCEERR_AR }
#define OOM		{ FK_OOM, 0, 0 }
#define FIXUP		{ FK_FIXUP, 0, 0 }
#define OOPS		{ FK_OOPS, 0, 0 }
#define OOPS_RETURNED	{ FK_OOPS_RETURNED, 0, 0 }
#define KILLED		{ FK_KILLED, 0, 0 }
#define EARLY		{ FK_EARLY, 0, 0 }

/* Ends a table file: its rows become the suite named @name. */
#define FK_SUITE(name)							\
	const struct fk_suite fk_suite_##name = {			\
		#name, rows, sizeof(rows) / sizeof(rows[0]) }

/* A profile's suites.c lists its suites in the order they run. */
#define FK_SUITE_DECL(name)	extern const struct fk_suite fk_suite_##name;
#define FK_SUITE_REF(name)	&fk_suite_##name,

#endif /* FK_X86_FK_ROWS_H */
