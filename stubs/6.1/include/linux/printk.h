/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The console: printk() and friends append to the row's dmesg and are not
 * part of the call trace (an oops prints dozens of lines).
 */
#ifndef FK61_PRINTK_H
#define FK61_PRINTK_H

#include <linux/types.h>

#define KERN_EMERG	"<0>"
#define KERN_ALERT	"<1>"
#define KERN_CRIT	"<2>"
#define KERN_ERR	"<3>"
#define KERN_WARNING	"<4>"
#define KERN_NOTICE	"<5>"
#define KERN_INFO	"<6>"
#define KERN_DEBUG	"<7>"
#define KERN_DEFAULT	""
#define KERN_CONT	"<c>"

int printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int printk_ratelimit(void);

#define printk_once(fmt, ...)	printk(fmt, ##__VA_ARGS__)
#define pr_emerg(fmt, ...)	printk(KERN_EMERG fmt, ##__VA_ARGS__)
#define pr_alert(fmt, ...)	printk(KERN_ALERT fmt, ##__VA_ARGS__)
#define pr_crit(fmt, ...)	printk(KERN_CRIT fmt, ##__VA_ARGS__)
#define pr_err(fmt, ...)	printk(KERN_ERR fmt, ##__VA_ARGS__)
#define pr_info(fmt, ...)	printk(KERN_INFO fmt, ##__VA_ARGS__)
#define pr_warn_once(fmt, ...)	printk(KERN_WARNING fmt, ##__VA_ARGS__)
#define pr_cont(fmt, ...)	printk(KERN_CONT fmt, ##__VA_ARGS__)

#endif
