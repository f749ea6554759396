/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/reboot.h>, as RHEL 6.9's fault.c reads it: its page-table
 * dumps stay away from pgtable_lock on the CPU that runs a crash kexec.
 * No row faults during a crash kexec, so none is in progress.
 */
#ifndef _SHIM_ASM_REBOOT_H
#define _SHIM_ASM_REBOOT_H

#define in_crash_kexec		0
#define crashing_cpu		(-1)
#define safe_smp_processor_id()	0

#endif
