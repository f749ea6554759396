/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the capture library, the launcher, the probes and the replay agree
 * on: environment variables, file names, the capture format's version
 * (capture-format.md) and the entry points a probe may call.
 */
#ifndef FK_CAPTURE_H
#define FK_CAPTURE_H

#define FK_CAPTURE_VERSION	1
#define FK_CAPTURE_MAGIC	"faultkit-capture"

/* Where the preloaded library writes; unset: it stays out of the way. */
#define FK_ENV_CAPTURE		"FAULTKIT_CAPTURE"
/* Touched by every process the library loads into: proof it was loaded. */
#define FK_ARMED_SUFFIX		".armed"

/*
 * A probe announces an access before it makes it, for accesses the host
 * may resolve without a signal (stack growth): the capture then records
 * the access as the kernel would have seen it, and faultkit_survived()
 * commits it once the access completed. A fault in between wins.
 * Probes look these up with dlsym(), so they run without the library.
 */
typedef void (*fk_announce_fn)(unsigned long addr, unsigned long err,
			       unsigned long sp, unsigned long ip);
typedef void (*fk_survived_fn)(void);
#define FK_ANNOUNCE_SYM		"faultkit_announce"
#define FK_SURVIVED_SYM		"faultkit_survived"

/* x86 page-fault error code bits, as the CPU pushes them */
#define FK_PF_PROT	0x01
#define FK_PF_WRITE	0x02
#define FK_PF_USER	0x04
#define FK_PF_RSVD	0x08
#define FK_PF_INSTR	0x10

#endif
