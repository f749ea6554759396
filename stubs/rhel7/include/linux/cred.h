/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/cred.h> with RHEL 7's user namespaces: the NX warning
 * of an oops prints from_kuid(&init_user_ns, current_uid()), which in
 * the initial namespace is the uid itself.
 */
#ifndef _SHIM_RHEL7_LINUX_CRED_H
#define _SHIM_RHEL7_LINUX_CRED_H

#include_next <linux/cred.h>

struct user_namespace;
#define init_user_ns		(*(struct user_namespace *)0)
#define from_kuid(ns, uid)	((void)(ns), (uid))

#endif
