// SPDX-License-Identifier: GPL-2.0
/*
 * access_error(): a vma covers the address but forbids the access. Write
 * to a read-only vma, read of PROT_NONE, a read or fetch of a present
 * page, SGX, protection keys (the PK bit, or PKRU denying the vma's key),
 * and kernel-mode access errors (fixup or oops).
 */
#include <rows.h>


/* __bad_area with SEGV_PKUERR and the vma's key */
#define T_PKUERR(ec, pkey)	T_VDSO_NOFIX(ec) T_PKU_SIGNAL(pkey)

#define ACCERR_ROW(rowname, ec_, addr, vma, ecs, ...)			\
	{								\
		.name = rowname,					\
		.in = IN(.ec = ec_, .address = addr, __VA_ARGS__),	\
		.expect = {						\
			.outcome = SEGV_ACCERR_,			\
			.counters = { C_UACC },				\
			.calls = FK_CALLS(T_UACC(vma),			\
					  T_ACCERR(ecs)),		\
		},							\
	}

static const struct fk_row rows[] = {
	ACCERR_ROW("user_write_readonly_vma_accerr", UWRITE, RO_START,
		   "[rodata]", "WRITE|USER", .vmas = { VMA_TEXT, VMA_RO }),
	/* with pkeys on, the key allows it: a plain access error */
	ACCERR_ROW("user_write_readonly_vma_ospke_accerr", UWRITE, RO_START,
		   "[rodata]", "WRITE|USER", .ospke = 1,
		   .vmas = { VMA_TEXT, VMA_RO }),
	ACCERR_ROW("user_read_prot_none_vma_accerr", UREAD, NONE_START,
		   "[prot_none]", "USER", .vmas = { VMA_TEXT, VMA_NONE }),
	ACCERR_ROW("user_read_present_page_accerr", UREAD | X86_PF_PROT,
		   DATA_START, "[data]", "PROT|USER",
		   .vmas = { VMA_TEXT, VMA_DATA }),
	ACCERR_ROW("user_exec_nx_page_accerr", UEXEC | X86_PF_PROT,
		   DATA_START, "[data]", "PROT|USER|INSTR",
		   .vmas = { VMA_TEXT, VMA_DATA }),
	/* a write the vma allows: SGX alone makes it an error */
	{
		.name = "user_sgx_fault_accerr",
		.in = IN(.ec = UWRITE | X86_PF_PROT | X86_PF_SGX,
			 .address = DATA_START, .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { C_UACC },
			.calls = FK_CALLS(T_UACC("[data]"),
					  T_ACCERR("PROT|WRITE|USER|SGX")),
		},
		.on = FK_ON({ "5.10", { .na = NA_NO_SGX } },
			    FK_AS_EXPECTED("rhel8.10")),
	},
	/* PKRU denies the key, but never a fetch: the NX page is what
	 * makes it an error, an access error */
	ACCERR_ROW("user_exec_nx_page_pkru_denied_key_accerr",
		   UEXEC | X86_PF_PROT, PKEY_START, "[pkey5]",
		   "PROT|USER|INSTR", .ospke = 1, .pkru = PKEY5_AD,
		   .vmas = { VMA_TEXT, VMA_PKEY }),
	{
		.name = "user_pk_bit_pkuerr_with_vma_key",
		.in = IN(.ec = UREAD | X86_PF_PROT | X86_PF_PK,
			 .address = PKEY_START, .ospke = 1, .pkru = PKEY5_AD,
			 .vmas = { VMA_TEXT, VMA_PKEY }),
		.expect = {
			.outcome = SEGV_PKUERR_,
			.counters = { C_UACC },
			.calls = FK_CALLS(T_UACC("[pkey5]"),
					  T_PKUERR("PROT|USER|PK", "5")),
		},
	},
	{
		/* not present yet, but PKRU denies the vma's key: no point
		 * faulting the page in just to hit PK */
		.name = "user_read_pkru_denies_vma_key_pkuerr",
		.in = IN(.ec = UREAD, .address = PKEY_START, .ospke = 1,
			 .pkru = PKEY5_AD, .vmas = { VMA_TEXT, VMA_PKEY }),
		.expect = {
			.outcome = SEGV_PKUERR_,
			.counters = { C_UACC },
			.calls = FK_CALLS(T_UACC("[pkey5]"),
					  T_PKUERR("USER", "5")),
		},
	},
	{
		/* PKRU write-disables key 5: a write is a pkey error */
		.name = "user_write_pkru_write_disabled_key_pkuerr",
		.in = IN(.ec = UWRITE, .address = PKEY_START, .ospke = 1,
			 .pkru = PKEY5_AD << 1, .vmas = { VMA_TEXT, VMA_PKEY }),
		.expect = {
			.outcome = SEGV_PKUERR_,
			.counters = { C_UACC },
			.calls = FK_CALLS(T_UACC("[pkey5]"),
					  T_PKUERR("WRITE|USER", "5")),
		},
	},
	{
		/*
		 * the CPU said PK for the page's key (5), which PKRU denies;
		 * the vma's key has changed since (pkey_mprotect() by another
		 * thread) and PKRU allows it: still an error, never resolved
		 * by faulting the page in, reported with the vma's key
		 */
		.name = "user_write_pk_bit_vma_key_since_changed_pkuerr",
		.in = IN(.ec = UWRITE | X86_PF_PROT | X86_PF_PK,
			 .address = DATA_START, .ospke = 1,
			 .pkru = PKEY5_AD << 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_PKUERR_,
			.counters = { C_UACC },
			.calls = FK_CALLS(T_UACC("[data]"),
					  T_PKUERR("PROT|WRITE|USER|PK", "0")),
		},
	},
	{
		/* PKRU applies to data accesses only, never to fetches */
		.name = "user_exec_pkru_denied_key_minor_fault",
		.in = IN(.ec = UEXEC, .address = PKEY_START, .ospke = 1,
			 .pkru = PKEY5_AD, .vmas = { VMA_TEXT, VMA_PKEY }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_UMINOR },
			.calls = FK_CALLS(T_ULOCK("[pkey5]"),
				T_UGOOD("[pkey5]", FF_UX)),
		},
	},
	{
		.name = "kernel_write_readonly_vma_extable_fixup",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE,
			 .address = RO_START, .ip = UACCESS_IP, .ac = 1, .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_RO }),
		.expect = {
			.outcome = FIXUP,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_LOCK("[rodata]"), T_FIXUP("WRITE")),
		},
	},
	{
		.name = "kernel_write_readonly_vma_no_extable_oops",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE,
			 .address = RO_START, .ip = KERNEL_IP, .ac = 1,
			 .vmas = { VMA_TEXT, VMA_RO }),
		.expect = {
			.outcome = OOPS,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_LOCK("[rodata]"), T_NOFIX("WRITE"),
				T_OOPS("WRITE", "1")),
		},
	},
	{
		/* a protection fault never goes to KFENCE */
		.name = "kernel_write_present_readonly_vma_oops",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE | X86_PF_PROT,
			 .address = RO_START, .ip = KERNEL_IP, .ac = 1,
			 .vmas = { VMA_TEXT, VMA_RO }),
		.expect = {
			.outcome = OOPS,
			.counters = { C_BAD },
			.calls = FK_CALLS(T_LOCK("[rodata]"), T_NOFIX("PROT|WRITE"),
				T_OOPS_PROT("PROT|WRITE")),
		},
	},
};

FK_SUITE(access_error);
