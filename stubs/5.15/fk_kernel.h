/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What 5.15's mm lacks of the 6.1 profile's answers (stubs/6.1/
 * fk_kernel.h, included first): VM_FAULT_COMPLETED came with
 * d92725256b4f ("mm: avoid unnecessary page fault retires on shared
 * memory types", v6.0), so a scenario whose mm completes the fault does
 * not apply here. Not a kernel header.
 */
#ifndef FK515_KERNEL_H
#define FK515_KERNEL_H

#include_next <fk_kernel.h>

#undef FK_HAS_VM_FAULT_COMPLETED

#endif
