/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/kernel.h>, <linux/printk.h> and <asm/bug.h>. */
#ifndef _SHIM_LINUX_KERNEL_H
#define _SHIM_LINUX_KERNEL_H

#include <linux/compiler.h>
#include <asm/sections.h>

#define KERN_EMERG	"<0>"
#define KERN_ALERT	"<1>"
#define KERN_CRIT	"<2>"
#define KERN_ERR	"<3>"
#define KERN_WARNING	"<4>"
#define KERN_NOTICE	"<5>"
#define KERN_INFO	"<6>"
#define KERN_DEBUG	"<7>"
#define KERN_DEFAULT	"<d>"
#define KERN_CONT	"<c>"

int printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int printk_ratelimit(void);
void printk_address(unsigned long address, int reliable);
void print_vma_addr(char *prefix, unsigned long rip);

/* A BUG() in the model is the kernel dying: the row ends there. */
void fk_kernel_bug(const char *file, int line);
#define BUG()		fk_kernel_bug(__FILE__, __LINE__)
#define BUG_ON(c)	do { if (c) BUG(); } while (0)

/* Messages go to the row's dmesg, once per process as in the kernel. */
#define printk_once(fmt...) ({				\
	static int __done;				\
	if (!__done) {					\
		__done = 1;				\
		printk(fmt);				\
	}						\
})
#define WARN_ONCE(cond, fmt...) ({			\
	int __ret = !!(cond);				\
	if (__ret)					\
		printk_once(fmt);			\
	__ret;						\
})

#endif
