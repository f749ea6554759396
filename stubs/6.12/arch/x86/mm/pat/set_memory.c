// SPDX-License-Identifier: GPL-2.0
/*
 * The walk show_fault_oops() asks for since 6.9: the pte of an address
 * and the effective NX and RW bits over its levels. The model's upper
 * levels never carry NX, and the oops report only prints what it finds,
 * so the leaf decides.
 */
#include <linux/sched.h>

pte_t *lookup_address_in_pgd_attr(pgd_t *pgd, unsigned long address,
				  unsigned int *level, bool *nx, bool *rw)
{
	pte_t *pte = lookup_address_in_pgd(pgd, address, level);

	*nx = false;
	*rw = pte && pte_write(*pte);
	return pte;
}
