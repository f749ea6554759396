/* SPDX-License-Identifier: GPL-2.0 */
/*
 * WARN_ON_ONCE() and friends: a warning is a recorded call to __warn()
 * with the condition's text, so a row sees it; "once" is per row, and
 * every row starts afresh. BUG() never returns.
 */
#ifndef FK61_BUG_H
#define FK61_BUG_H

#include <linux/types.h>

void __warn(const char *cond);
void BUG(void);		/* the fake leaves through fk_noreturn() */

#define WARN_ON_ONCE(cond) ({						\
	int __fk_c = !!(cond);						\
	if (unlikely(__fk_c))						\
		__warn(#cond);						\
	__fk_c; })

#define WARN_ONCE(cond, fmt...) ({					\
	int __fk_c = !!(cond);						\
	if (unlikely(__fk_c))						\
		__warn(#cond);						\
	__fk_c; })

#define BUG_ON(cond) do { if (unlikely(cond)) BUG(); } while (0)

#endif
