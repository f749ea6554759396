// SPDX-License-Identifier: GPL-2.0
/*
 * User shadow stacks (fd5439e0c97b, v6.6): a shadow-stack access
 * (X86_PF_SHSTK: call, ret, a WRSS) is allowed only in a writable
 * shadow-stack vma (VM_SHADOW_STACK), and always reaches the mm as a
 * write, since a shadow-stack PTE cannot be read-only; an ordinary
 * write to a shadow-stack vma is an access error, an ordinary read is
 * not.
 */
#include <rows.h>

#define SHSTK_START	0x00b00000UL
#define SHSTK(flags)	.address = SHSTK_START, .vmas = { VMA_TEXT,	\
			VMA(SHSTK_START, SHSTK_START + PAGE_SIZE,	\
			    (flags) | VM_SHADOW_STACK, "[shstk]") }
#define RW		(VM_READ | VM_WRITE)
#define USHSTK		(UREAD | X86_PF_SHSTK)

/* handled under the vma lock as a write, whatever the CPU said */
#define SHSTK_WRITE_ROW(rowname, ec_)					\
	K_ROW(rowname, IN(.ec = ec_, SHSTK(RW)), HANDLED,		\
	      (C_MINOR_(C_VLOCK)), T_VLOCK("[shstk]"),			\
	      T_VHMF("[shstk]", FF_UW, "0"))

#define SHSTK_ACCERR_ROW(rowname, input, vma)				\
	K_ROW(rowname, input, SEGV_ACCERR_, (C_UACC), T_UACC(vma),	\
	      T_ACCERR(""))

static const struct fk_row rows[] = {
	SHSTK_WRITE_ROW("user_shstk_push_minor_fault", USHSTK | X86_PF_WRITE),
	/* ret reads the shadow stack: a write fault for the mm */
	SHSTK_WRITE_ROW("user_shstk_read_handled_as_write", USHSTK),
	/* present: not the read-of-a-present-page error, a COW break */
	SHSTK_WRITE_ROW("user_shstk_present_read_breaks_cow",
			USHSTK | X86_PF_PROT),
	SHSTK_ACCERR_ROW("user_shstk_access_to_ordinary_vma_accerr",
			 IN(.ec = USHSTK | X86_PF_WRITE, .address = DATA_START,
			    .vmas = { VMA_TEXT, VMA_DATA }), "[data]"),
	SHSTK_ACCERR_ROW("user_write_to_shadow_stack_vma_accerr",
			 IN(.ec = UWRITE, SHSTK(RW)), "[shstk]"),
	/* mprotect() cannot make one, but access_error() still asks */
	SHSTK_ACCERR_ROW("user_shstk_access_readonly_shadow_stack_accerr",
			 IN(.ec = USHSTK, SHSTK(VM_READ)), "[shstk]"),
	/* an ordinary read of a shadow stack is allowed */
	K_ROW("user_read_shadow_stack_vma_minor_fault",
	      IN(.ec = UREAD, SHSTK(RW)), HANDLED, (C_MINOR_(C_VLOCK)),
	      T_VLOCK("[shstk]"), T_VHMF("[shstk]", FF_U, "0")),
	{
		/* WRUSS (write_user_shstk_64(), an extable site) writes a
		 * user shadow stack from ring 0: the CPU reports U/S=1, W=1
		 * and SS=1 for a kernel-mode fault, handled under mmap_lock
		 * (a kernel fault takes no vma lock) as a write */
		.name = "kernel_wruss_shadow_stack_write_minor_fault",
		.in = IN(.mode = KERNEL,
			 .ec = X86_PF_USER | X86_PF_WRITE | X86_PF_SHSTK,
			 .ip = UACCESS_IP, .extable = EXTABLE_UACCESS,
			 SHSTK(RW)),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(T_LOCK("[shstk]"),
					  T_GOOD("[shstk]", FF_KW)),
		},
	},
};

FK_SUITE(shadow_stack);
