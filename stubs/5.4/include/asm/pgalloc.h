/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <asm/pgalloc.h>: 5.4's fault.c includes it; the page-table
 * helpers its vmalloc_fault() uses are in <asm/pgtable.h>. */
#ifndef FK54_ASM_PGALLOC_H
#define FK54_ASM_PGALLOC_H

#include <asm/pgtable.h>

#endif
