/* SPDX-License-Identifier: GPL-2.0 */
#ifndef FK61_TRAP_PF_H
#define FK61_TRAP_PF_H

/* The #PF error code bits, as the CPU pushes them (SDM vol. 3, 4.7). */
enum x86_pf_error_code {
	X86_PF_PROT	=		1 << 0,
	X86_PF_WRITE	=		1 << 1,
	X86_PF_USER	=		1 << 2,
	X86_PF_RSVD	=		1 << 3,
	X86_PF_INSTR	=		1 << 4,
	X86_PF_PK	=		1 << 5,
	X86_PF_SGX	=		1 << 15,
};

#endif
