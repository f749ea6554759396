/* SPDX-License-Identifier: GPL-2.0 */
/* 5.10.35 to 5.10.213's fault.c defines is_vsyscall_vaddr() itself, as
 * 5.15.3 to 5.15.152's does: their header. */
#include "../../../5.15.3/include/asm/vsyscall.h"
