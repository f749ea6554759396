/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A capture file read back (format: capture-format.md). Plain C with no
 * kernel shim, so that the replay can include it next to the shim.
 */
#ifndef FK_CAPFILE_H
#define FK_CAPFILE_H

#include <stddef.h>

#define FK_CAP_NAME	256
#define FK_CAP_INSN	16

enum fk_cap_kind { FK_CAP_FAULT = 1, FK_CAP_ACCESS };

/* file size of a mapping: bytes, or one of these */
#define FK_SIZE_NONE	(-1L)	/* no regular file behind it */
#define FK_SIZE_UNKNOWN	(-2L)	/* a file of unknown size */

struct fk_cap_vma {
	unsigned long start, end, offset;
	char perms[5];
	long size;
	char name[FK_CAP_NAME];		/* "" for anonymous memory */
};

struct fk_capture {
	enum fk_cap_kind kind;
	char kernel[FK_CAP_NAME];
	long pid;
	char comm[FK_CAP_NAME];
	char exe[FK_CAP_NAME];
	int signo, si_code, trapno;
	unsigned long si_addr, err, cr2, sp, ip, cs, eflags;
	int rlimit_known, rlimit_unlimited;
	unsigned long rlimit_stack;
	char handler[16];		/* default, ignore, program */
	unsigned char insn[FK_CAP_INSN];
	int ninsn;
	int maps_truncated;
	struct fk_cap_vma *vmas;
	int nvmas;
	int has_after;
	struct fk_cap_vma after;	/* kind access: the vma holding addr */
};

/*
 * Reads @path; on failure returns -1 with one message in @err
 * ("path:line: what is wrong").
 */
int fk_cap_read(const char *path, struct fk_capture *c, char *err,
		size_t errlen);
void fk_cap_free(struct fk_capture *c);

/* "SIGSEGV/SEGV_MAPERR" for what the host delivered, "HANDLED" for an
 * announced access that completed. */
void fk_cap_host_verdict(const struct fk_capture *c, char *buf, size_t len);
/* The vma holding @addr, or NULL. */
const struct fk_cap_vma *fk_cap_vma_at(const struct fk_capture *c,
				       unsigned long addr);

#endif
