/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/page.h>, <asm/processor.h> and <asm/pgtable_64_types.h>:
 * the address-space layout the branches depend on. An ILP32 build
 * (M32=1) models an i386 kernel with the 3G/1G split.
 */
#ifndef _SHIM_ASM_PAGE_H
#define _SHIM_ASM_PAGE_H

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))

#if __SIZEOF_LONG__ == 8
#define TASK_SIZE_MAX	((1UL << 47) - PAGE_SIZE)
#define VMALLOC_START	0xffffc90000000000UL
#define VMALLOC_END	0xffffe8ffffffffffUL
#define MODULES_VADDR	0xffffffffa0000000UL
#define MODULES_END	0xffffffffff000000UL
#else
#define TASK_SIZE_MAX	0xc0000000UL
#define VMALLOC_START	0xf8000000UL
#define VMALLOC_END	0xff7fe000UL
#define MODULES_VADDR	VMALLOC_START
#define MODULES_END	VMALLOC_END
#endif
/*
 * The unit compares against TASK_SIZE_MAX; the rest of fault.c (the
 * prefetch check, the saved error code) against TASK_SIZE, which for a
 * compat (TIF_IA32) task on x86_64 is IA32_PAGE_OFFSET, 0xffffe000. The
 * fault's mode says which task it is: USER32 runs a compat task.
 */
#if __SIZEOF_LONG__ == 8
#define IA32_PAGE_OFFSET	0xffffe000UL
unsigned long fk_task_size(void);
#define TASK_SIZE	fk_task_size()
#else
#define TASK_SIZE	TASK_SIZE_MAX
#endif

#endif
