/* SPDX-License-Identifier: GPL-2.0 */
/*
 * SEV-SNP host (CONFIG_KVM_AMD_SEV, on in Debian's 6.12): the oops report
 * of an RMP violation dumps the RMP entry of the address. Console only.
 */
#ifndef FK612_ASM_SEV_H
#define FK612_ASM_SEV_H

void snp_dump_hva_rmpentry(unsigned long address);

#endif
