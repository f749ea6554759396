/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/irqflags.h>. */
#ifndef _SHIM_LINUX_IRQFLAGS_H
#define _SHIM_LINUX_IRQFLAGS_H

void local_irq_enable(void);

#endif
