// SPDX-License-Identifier: GPL-2.0
/*
 * The harness unit: it #includes the unit under test, as the kernel's
 * tools/testing/vma includes mm/vma.c, so that its static functions are
 * called directly. The compiler sees it through the shim headers in
 * stubs/rhel6/include, in the order the real fault.c includes them.
 */
#include <linux/magic.h>
#include <linux/sched.h>
#include <linux/kdebug.h>
#include <linux/module.h>
#include <linux/bootmem.h>
#include <linux/kprobes.h>
#include <linux/mmiotrace.h>
#include <linux/perf_event.h>
#include <linux/hugetlb.h>
#include <trace/events/kmem.h>

#include <asm/traps.h>
#include <asm/pgalloc.h>
#include <asm/kmemcheck.h>

/* A full fault.c defines the rest of the file itself. */
#ifndef FK_FULL_FAULT_C
#include "../../stubs/rhel6/arch/x86/mm/fault_rest.h"
#endif

#ifndef FK_FAULT_C
#define FK_FAULT_C "../../arch/x86/mm/fault.c"
#endif
#include FK_FAULT_C

#include <fk_x86.h>

void fk_unit_enter(const struct fk_in *in);

/*
 * A whole fault.c is entered where the kernel enters it, do_page_fault(),
 * which reads cr2 (the row's address) and fires RHEL6's tracepoint after
 * a kernel-mode fault; the excerpt has only __do_page_fault().
 */
void fk_unit_enter(const struct fk_in *in)
{
#ifdef FK_FULL_FAULT_C
	do_page_fault(&w.regs, in->ec);
#else
	__do_page_fault(&w.regs, in->address, in->ec);
#endif
}
