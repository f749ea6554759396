/* SPDX-License-Identifier: GPL-2.0 */
/* BUILD_BUG_ON(), which 5.4's vmalloc_fault() uses. */
#ifndef FK54_BUG_H
#define FK54_BUG_H

#include_next <linux/bug.h>

#define BUILD_BUG_ON(cond)	((void)sizeof(char[1 - 2 * !!(cond)]))

#endif
