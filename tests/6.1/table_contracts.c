// SPDX-License-Identifier: GPL-2.0
/*
 * Rows that break a rule on purpose and must be caught: an answer the mm
 * never gives, scripts that name no fake or go unused, a broken layout,
 * a collaborator's answer the kernel cannot give.
 * (Rules the unit itself could break are shown by mutation testing.)
 */
#include <rows.h>

#define T_MINOR_DATA(ff)						\
	T_ULOCK("[data]"), T_UGOOD("[data]", ff)

/* a RETRY with an error bit, then a minor fault: counted @ctr */
#define E_ERROR_BITS(ctr)						\
	{ .outcome = HANDLED, .counters = { ctr },			\
	  .violation = "RETRY/COMPLETED with error bits",		\
	  .calls = FK_CALLS(T_LOCK("[data]"),				\
			    T_HMF("[data]", FF_U, "SIGBUS|RETRY"),	\
			    T_RELEASED, T_LOCK("[data]"),		\
			    T_HMF("[data]", FF_UT, "0")) }

static const struct fk_row rows[] = {
	{
		/*
		 * arch/x86/kernel/kprobes/core.c: kprobe_fault_handler()
		 * returns 0, so kprobe_page_fault() never claims a fault (a
		 * running kprobe in a non-preemptible kernel context, here a
		 * uaccess under pagefault_disable(), is the only one it is
		 * asked for): a row that says it does describes no x86
		 * kernel since v5.14 (5.10's, FK_ON below).
		 */
		.name = "contract_kprobe_claims_page_fault_caught",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = UACCESS_IP, .ac = 1, .atomic = 1,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(kprobe_page_fault, 1) },
		.expect = {
			.outcome = FIXUP,
			.violation = "kprobe_fault_handler() returns 0 on x86",
			.calls = FK_CALLS("kprobe_page_fault(regs, 14) = 0",
					  T_FIXUP("0")),
		},
		/* before ec6aba3d2be1 ("kprobes: Remove
		 * kprobe::fault_handler", v5.14) a kprobe's fault_handler
		 * could say it did, in a non-preemptible kernel fault */
		.on = FK_ON({ "5.10", { .outcome = EARLY,
			.calls = FK_CALLS(T_KPROBE_CLAIMS) } }),
	},
	{
		/*
		 * arch/x86/kernel/kvm.c: __kvm_handle_async_pf() claims a
		 * user-mode fault only; the host injects no async #PF into
		 * the kernel (the guest leaves KVM_ASYNC_PF_SEND_ALWAYS
		 * unset), and one that came would panic
		 */
		.name = "contract_kvm_async_pf_in_kernel_mode_caught",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = UACCESS_IP, .ac = 1, .atomic = 1, .kvm_apf = 1,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(__kvm_handle_async_pf, 1) },
		.expect = {
			.outcome = FIXUP,
			.violation = "claims only a user-mode fault",
			.calls = FK_CALLS(
				"__kvm_handle_async_pf(regs, addr) = 0",
				T_FIXUP("0")),
		},
		.on = FK_ON({ "5.4", { .na = NA_KVM_APF_OUTSIDE } },
			    FK_AS_EXPECTED("rhel8.10")),
	},
	{
		/*
		 * mm/kfence/core.c: KFENCE claims a fault only in its pool
		 * (is_kfence_address()), which lies in the direct map; and a
		 * kernel built without CONFIG_KFENCE (Debian's 6.1) has no
		 * call to script at all.
		 */
		.name = "contract_kfence_claims_outside_its_pool_caught",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE, .address = VADDR,
			 .ip = KERNEL_IP, .kfence = KFENCE_ON),
		.script = { FK_SCRIPT(kfence_handle_page_fault, 1) },
		.expect = {
			.outcome = OOPS,
#ifdef CONFIG_KFENCE
			.violation = "KFENCE claims exactly the faults in its pool",
#else
			.violation = "script names 'kfence_handle_page_fault'",
#endif
			.calls = FK_CALLS(T_NOFIX("WRITE"), T_OOPS("WRITE", "1")),
		},
	},
	{
		/*
		 * arch/x86/mm/kmmio.c: kmmio_handler() looks the address up
		 * in init_mm, which maps no user page, and claims only the
		 * ioremap() pages a probe armed
		 */
		.name = "contract_kmmio_claims_user_address_caught",
		.in = IN(.ec = UREAD, .address = DATA_START, .kmmio = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(kmmio_handler, 1) },
		.expect = {
#ifdef CONFIG_MMIOTRACE
			.outcome = HANDLED,
			.counters = { C_UMINOR },
			.violation = "init_mm maps no user address",
			.calls = FK_CALLS("kmmio_handler(regs, addr) = -22",
				T_ULOCK("[data]"), T_UGOOD("[data]", FF_U)),
#else
			.na = NA_NO_MMIOTRACE,
#endif
		},
	},
	{
		/* protection keys apply to user pages only (SDM 4.6.2):
		 * do_kern_addr_fault() warns about what cannot happen */
		.name = "contract_pk_fault_at_kernel_address_caught",
		.in = IN(.mode = KERNEL, .ec = X86_PF_PK | X86_PF_PROT,
			 .address = KADDR, .ip = UACCESS_IP, .ospke = 1,
			 .pkru = PKEY5_AD, .extable = EXTABLE_UACCESS),
		.expect = {
			.outcome = FIXUP,
			.violation = "the CPU reports PK only with OSPKE on",
			.calls = FK_CALLS("__warn(\"hw_error_code & X86_PF_PK\")",
					  T_FIXUP("PROT|PK")),
		},
		/* RHEL 8.10's do_kern_addr_fault() has no such warning */
		.on = FK_ON({ "rhel8.10", { .outcome = FIXUP,
			.violation = "the CPU reports PK only with OSPKE on",
			.calls = FK_CALLS(T_FIXUP("PROT|PK")) } }),
	},
	{
		/* SGX faults are an enclave's, on its user pages, or the
		 * kernel's ENCLS on the EPC, mapped in kernel data: never a
		 * kernel access to a user page */
		.name = "contract_kernel_sgx_fault_at_user_page_caught",
		.in = IN(.mode = KERNEL, .ec = X86_PF_PROT | X86_PF_SGX,
			 .address = DATA_START, .ip = UACCESS_IP, .ac = 1,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = FIXUP,
			.counters = { C_BAD },
			.violation = "row: an SGX fault is an enclave's",
			.calls = FK_CALLS(T_LOCK("[data]"), T_FIXUP("PROT|SGX")),
		},
	},
	{
		.name = "contract_hmf_retry_with_error_bits_caught",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault,
				      VM_FAULT_RETRY | VM_FAULT_SIGBUS) },
		.expect = E_ERROR_BITS(C_MAJOR_N(2)),
		/* 6.12: the retry under the vma lock is not MAJOR: minor */
		.on = FK_ON({ "6.12", { .outcome = HANDLED,
			.counters = { C_MINOR, C_VRETRY },
			.violation = "RETRY/COMPLETED with error bits",
			.calls = FK_CALLS(T_VLOCK("[data]"),
				T_VHMF("[data]", FF_U, "SIGBUS|RETRY"),
				T_VRELEASED("[data]"), T_LOCK("[data]"),
				T_GOOD("[data]", FF_U)) } },
			/* 5.4: fault.c counts MAJOR answers only; RHEL 8.10
			 * has the newer mm's count */
			{ "5.4", E_ERROR_BITS(C_MINOR_N(2)) },
			{ "rhel8.10", E_ERROR_BITS(C_MAJOR_N(2)) },
			{ "rhel8.6", E_ERROR_BITS(C_MINOR_N(2)) }),
	},
	{
		.name = "contract_script_names_no_fake_caught",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fualt, VM_FAULT_MAJOR) },
		.expect = {
			.outcome = HANDLED,
			.counters = { C_UMINOR },
			.violation = "script names 'handle_mm_fualt'",
			.calls = FK_CALLS(T_MINOR_DATA(FF_U)),
		},
	},
	{
		.name = "contract_script_values_unused_caught",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, 0, VM_FAULT_MAJOR) },
		.expect = {
			.outcome = HANDLED,
			.counters = { C_UMINOR },
			.violation = "script for handle_mm_fault has 2 values, 1 used",
			.calls = FK_CALLS(T_MINOR_DATA(FF_U)),
		},
	},
	{
		.name = "contract_vmas_out_of_order_caught",
		.in = IN(.ec = UREAD, .address = DATA_START,
			 .vmas = { VMA_DATA, VMA_TEXT }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_UMINOR },
			.violation = "row: vma 1 overlaps or is out of order",
			.calls = FK_CALLS(T_MINOR_DATA(FF_U)),
		},
	},
};

FK_SUITE(contracts);
