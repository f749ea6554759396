// SPDX-License-Identifier: GPL-2.0
/*
 * What changed on the way in: a kernel fault with IF clear is refused
 * (8f588afe6256, v6.9), a FRED CPU delivers the address in the event
 * frame (9f6870bafc18, v6.9; a row for a kernel built with
 * CONFIG_X86_FRED, n/a with Debian's configuration), and an RMP
 * violation (SEV-SNP host) is reported in the oops with its RMP entry
 * (e8bbd303d7de, v6.9) but otherwise handled as any protection fault.
 * 6.6 has none of these: its rows say so (FK_ON "6.6"). RHEL 9, built
 * on 6.6, has the RMP entry (FK_ON "rhel9").
 */
#include <rows.h>

#define KERNEL_IRQS_OFF							\
	.mode = KERNEL, .ec = 0, .ac = 1, .irqs_off = 1,		\
	.address = DATA_START, .vmas = { VMA_TEXT, VMA_DATA }
#define URMP		(UWRITE | X86_PF_PROT | X86_PF_RMP)
#define KRMP		(X86_PF_WRITE | X86_PF_PROT | X86_PF_RMP)
/* an RMP violation's oops, with its entry: 6.12's and RHEL 9's */
#define RMP_OOPS {							\
		.outcome = OOPS,					\
		.calls = FK_CALLS(T_NOFIX("PROT|WRITE|RMP"),		\
				  "snp_dump_hva_rmpentry(addr)",	\
				  T_OOPS_TAIL("PROT|WRITE|RMP")),	\
	}

static const struct fk_row rows[] = {
	{
		/* refused without an extable entry: an oops */
		.name = "kernel_irqs_off_no_extable_refused_oops",
		.in = IN(KERNEL_IRQS_OFF, .ip = KERNEL_IP),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(
				"__warn(\"!(regs->flags & X86_EFLAGS_IF)\")",
				T_NOFIX("0"), T_OOPS("0", "0")),
		},
		.on = FK_ON({ "6.6", { .na = "6.6 refuses no fault for IF "
			"clear (8f588afe6256, v6.9): "
			"kernel_copy_from_user_irqs_off_minor_fault shows "
			"what it does" } }),
	},
	/* under pagefault_disable() it stops before the IF check: the
	 * extable, no warning */
	K_ROW("kernel_irqs_off_pagefault_disabled_fixup",
	      IN(KERNEL_IRQS_OFF, .atomic = 1, .ip = UACCESS_IP,
		 .extable = EXTABLE_UACCESS), FIXUP, (), T_FIXUP("0")),
	/* a kernel built with CONFIG_X86_FRED (not Debian's) */
	{ .name = "fred_user_read_address_from_event_frame",
	  .in = IN(.ec = UREAD, .address = DATA_START, .fred = 1,
		   .vmas = { VMA_TEXT, VMA_DATA }),
#ifdef CONFIG_X86_FRED
	  .expect = { .outcome = HANDLED, .counters = { C_MINOR_(C_VLOCK) },
		      .calls = FK_CALLS(T_VLOCK("[data]"),
					T_VHMF("[data]", FF_U, "0")) },
#else
	  .expect = { .na = "a kernel built without CONFIG_X86_FRED (Debian's 6.12)" },
#endif
	},
	{
		.name = "kernel_rmp_violation_oops_dumps_rmp_entry",
		.in = IN(.mode = KERNEL, .ec = KRMP, .address = KADDR,
			 .ip = KERNEL_IP,
			 .kmaps = { { KADDR, KADDR + PAGE_SIZE,
				      KM_PRESENT | KM_WRITE } }),
		.expect = RMP_OOPS,
		.on = FK_ON({ "6.6", { .na = "6.6's oops dumps no RMP entry "
			"(e8bbd303d7de, v6.9)" } },
			    /* built on 6.6, but Red Hat took it */
			    { "rhel9", RMP_OOPS }),
	},
	/* user memory never sees one (guest_memfd is not mapped), but
	 * the path would be any protection fault's */
	K_ROW("user_rmp_violation_write_minor_fault",
	      IN(.ec = URMP, .address = DATA_START,
		 .vmas = { VMA_TEXT, VMA_DATA }), HANDLED,
	      (C_MINOR_(C_VLOCK)), T_VLOCK("[data]"),
	      T_VHMF("[data]", FF_UW, "0")),
};

FK_SUITE(entry_changes);
