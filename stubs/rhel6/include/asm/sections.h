/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/sections.h>: the kernel text, where rows put kernel ips.
 * Numbers rather than linker symbols, so that every row can name them.
 */
#ifndef _SHIM_ASM_SECTIONS_H
#define _SHIM_ASM_SECTIONS_H

#if __SIZEOF_LONG__ == 8
#define _stext	((char *)0xffffffff81000000UL)
#define _etext	((char *)0xffffffff81600000UL)
#else
#define _stext	((char *)0xc1000000UL)
#define _etext	((char *)0xc1600000UL)
#endif

#endif
