/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 5.15.3 to 5.15.152's fault.c defines is_vsyscall_vaddr() itself, as
 * 6.1.37's does (ee0e39a63b78 moved it to asm/vsyscall.h in 5.15.153):
 * the unit gets 6.1.37's header, not 5.15's; the model's own files keep
 * the 6.1 shim's, which has both.
 */
#ifdef FK_FAULT_C
#include "../../../6.1.37/include/asm/vsyscall.h"
#else
#include "../../../6.1/include/asm/vsyscall.h"
#endif
