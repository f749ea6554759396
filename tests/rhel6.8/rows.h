/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The rhel6 vocabulary, where RHEL 6.6's z-stream (2.6.32-504.16.2) and
 * later say it otherwise: a user-mode fault reaches handle_mm_fault()
 * with FAULT_FLAG_USER too, on both passes (759496ba6407 "arch: mm:
 * pass userspace fault flag to generic fault handler", v3.12; RHEL's
 * "[mm] pass userspace fault flag to generic fault handler").
 */
#ifndef RHEL68_ROWS_H
#define RHEL68_ROWS_H

#include_next <rows.h>

#undef FF_U
#undef FF_UW
#undef FF_U2
#undef FF_UW2
#define FF_U	"ALLOW_RETRY|KILLABLE|USER"
#define FF_UW	"WRITE|ALLOW_RETRY|KILLABLE|USER"
#define FF_U2	"KILLABLE|USER"
#define FF_UW2	"WRITE|KILLABLE|USER"

#endif
