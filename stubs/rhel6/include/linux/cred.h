/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/cred.h>: the uid an oops message prints. */
#ifndef _SHIM_LINUX_CRED_H
#define _SHIM_LINUX_CRED_H

int current_uid(void);

#endif
