/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 5.15.y from 5.15.153 takes is_vsyscall_vaddr() from asm/vsyscall.h
 * (ee0e39a63b78, "x86/mm: Move is_vsyscall_vaddr() into
 * asm/vsyscall.h", v6.8), and from 5.15.161 no longer reads
 * sig_on_uaccess_err: the unit needs the 6.1 shim's header, not the
 * one 6.1.37 (this profile's base) gives the unit of a file defining it.
 */
#include "../../../6.1/include/asm/vsyscall.h"
