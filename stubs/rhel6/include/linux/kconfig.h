/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The configuration RHEL6's x86_64 kernel is built with, as far as the
 * fault path tests it. The kernel force-includes its autoconf.h; the
 * shim's compiler.h, which every shim header reaches, includes this.
 */
#ifndef _SHIM_LINUX_KCONFIG_H
#define _SHIM_LINUX_KCONFIG_H

#if __SIZEOF_LONG__ == 8
#define CONFIG_X86_64		1
#else
#define CONFIG_X86_32		1
#endif
#define CONFIG_MEMORY_FAILURE	1
#define CONFIG_KPROBES		1
#define CONFIG_MMIOTRACE	1

#endif
