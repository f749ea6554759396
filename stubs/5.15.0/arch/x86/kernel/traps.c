// SPDX-License-Identifier: GPL-2.0
/* 5.15.0 to 5.15.2's handle_stack_overflow() is 5.10's (before
 * 44b979fa302c, which 5.15.3 took): that fake, not a copy. */
#include "../../../../5.10/arch/x86/kernel/traps.c"
