/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <asm/pgalloc.h>: fault.c takes the pgd_*() helpers from here. */
#ifndef _SHIM_ASM_PGALLOC_H
#define _SHIM_ASM_PGALLOC_H

#include <asm/pgtable.h>

#endif
