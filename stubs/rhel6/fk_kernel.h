/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What RHEL6 adds to the x86 layer's world (tests/x86/fk_x86.h): the
 * shim headers its types come from, its lock's name, its layout. Not a
 * kernel header; the unit under test never sees it.
 */
#ifndef FK_KERNEL_H
#define FK_KERNEL_H

#include <linux/sched.h>
#include <linux/module.h>
#include <linux/perf_event.h>

/* 2.6.32 reads no input beyond the x86 layer's. */
#define FK_KERNEL_IN
#define FK_KERNEL_WORLD

#define FK_MM_LOCK(mm)		(&(mm)->mmap_sem)
#define FK_MM_LOCK_NAME		"mmap_sem"

/* Layout every row can name; ILP32 builds get the 32-bit equivalents. */
#if __SIZEOF_LONG__ == 8
#define FK_STEXT	0xffffffff81000000UL
#define FK_ETEXT	0xffffffff81600000UL
#define FK_KADDR	0xffff880000100000UL	/* direct map */
#else
#define FK_STEXT	0xc1000000UL
#define FK_ETEXT	0xc1600000UL
#define FK_KADDR	0xc0100000UL
#endif

#endif
