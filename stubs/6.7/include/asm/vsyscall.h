/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 6.7's fault.c defines is_vsyscall_vaddr() itself, as 6.1.37's does
 * (ee0e39a63b78 moved it to asm/vsyscall.h in v6.8): the unit gets
 * 6.1.37's header, not 6.1's; the model's own files keep the 6.1 shim's,
 * which has both.
 */
#ifdef FK_FAULT_C
#include "../../../6.1.37/include/asm/vsyscall.h"
#else
#include "../../../6.1/include/asm/vsyscall.h"
#endif
