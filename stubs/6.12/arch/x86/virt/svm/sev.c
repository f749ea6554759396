// SPDX-License-Identifier: GPL-2.0
/*
 * arch/x86/virt/svm/sev.c: the oops report of an RMP violation prints
 * the RMP entry of the address. A recorded call, which prints nothing
 * the row reads.
 */
#include <linux/sched.h>
#include <asm/sev.h>

#include <fk_x86.h>

FK_VOID1(snp_dump_hva_rmpentry, "a", unsigned long, address)
{
}
