/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <asm/traps.h>: nothing the modelled x86_64 fault path needs. */
#ifndef _SHIM_ASM_TRAPS_H
#define _SHIM_ASM_TRAPS_H
#endif
