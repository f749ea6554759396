/* SPDX-License-Identifier: GPL-2.0 */
/* irqs on and off are recorded: the rules about them are checked. */
#ifndef FK61_LINUX_IRQFLAGS_H
#define FK61_LINUX_IRQFLAGS_H

void local_irq_enable(void);
void local_irq_disable(void);

#endif
