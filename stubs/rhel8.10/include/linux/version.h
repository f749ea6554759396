/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The series whose fault path RHEL 8.10's mm follows as fault.c shows it
 * (VM_FAULT_COMPLETED, v6.0); its entry and vmalloc fault are 4.18's,
 * which the 5.4 shim says (FK_IDTENTRY, FK_VMALLOC_FAULT).
 */
#ifndef FKR8_VERSION_H
#define FKR8_VERSION_H

#ifndef LINUX_VERSION_CODE	/* a profile built on it: its own */
#define LINUX_VERSION_CODE	KERNEL_VERSION(6, 0, 0)
#endif
#include_next <linux/version.h>

#endif
