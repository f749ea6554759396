/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/bootmem.h>: nothing the modelled x86_64 fault path needs. */
#ifndef _SHIM_LINUX_BOOTMEM_H
#define _SHIM_LINUX_BOOTMEM_H
#endif
