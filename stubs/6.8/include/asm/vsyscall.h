/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 6.8's fault.c takes is_vsyscall_vaddr() from asm/vsyscall.h
 * (ee0e39a63b78, v6.8) and still reads sig_on_uaccess_err: the unit
 * needs the 6.1 shim's header, not the one 6.7 (this profile's base)
 * gives the unit of a file defining it.
 */
#include "../../../6.1/include/asm/vsyscall.h"
