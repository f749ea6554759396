/* SPDX-License-Identifier: GPL-2.0 */
/* Descriptor tables, read by the oops report only. */
#ifndef FK61_ASM_DESC_H
#define FK61_ASM_DESC_H

#include <linux/types.h>

struct desc_ptr {
	unsigned short size;
	unsigned long address;
};

struct desc_struct {
	u16 limit0, base0;
	u16 base1 : 8, type : 4, s : 1, dpl : 2, p : 1;
	u16 limit1 : 4, avl : 1, l : 1, d : 1, g : 1, base2 : 8;
};

struct ldttss_desc {
	u16 limit0, base0;
	u16 base1 : 8, type : 5, dpl : 2, p : 1;
	u16 limit1 : 4, zero0 : 3, g : 1, base2 : 8;
	u32 base3, zero1;
};

void store_idt(struct desc_ptr *dtr);
void native_store_gdt(struct desc_ptr *dtr);
#define store_ldt(ldt)	((ldt) = 0)
#define store_tr(tr)	((tr) = 0)

#endif
