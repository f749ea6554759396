// SPDX-License-Identifier: GPL-2.0
/*
 * Faults a healthy program takes: minor, major, instruction fetches,
 * copy-on-write, compat tasks, copy_from_user from the kernel inside
 * stac/clac (EFLAGS.AC), and a fault the mm completes itself.
 */
#include <rows.h>

/* 5.15's mm never completes a fault itself */
#define NA_COMPLETED	"no VM_FAULT_COMPLETED before d92725256b4f (\"mm: " \
	"avoid unnecessary page fault retires on shared memory types\", v6.0)"

/* a user-mode fault handled as a minor fault in @vma */
#define USER_MINOR_ROW(rowname, ec_, addr, vma, ff, ...)		\
	{								\
		.name = rowname,					\
		.in = IN(.ec = ec_, .address = addr, __VA_ARGS__),	\
		.expect = {						\
			.outcome = HANDLED,				\
			.counters = { C_UMINOR },			\
			.calls = FK_CALLS(T_ULOCK(vma),			\
					  T_UGOOD(vma, ff)),		\
		},							\
	}

static const struct fk_row rows[] = {
	USER_MINOR_ROW("user_read_minor_fault", UREAD, DATA_START + 8,
		       "[data]", FF_U, .vmas = { VMA_TEXT, VMA_DATA }),
	USER_MINOR_ROW("user_write_minor_fault", UWRITE, DATA_START + 8,
		       "[data]", FF_UW, .vmas = { VMA_TEXT, VMA_DATA }),
	/* a write to a present read-only pte in a writable vma: COW */
	USER_MINOR_ROW("user_write_present_cow_minor_fault",
		       UWRITE | X86_PF_PROT, DATA_START + 8, "[data]", FF_UW,
		       .vmas = { VMA_TEXT, VMA_DATA }),
	USER_MINOR_ROW("user_exec_text_minor_fault", UEXEC, TEXT_START + 0x10,
		       "[text]", FF_UX, .vmas = { VMA_TEXT, VMA_DATA }),
	USER_MINOR_ROW("user_write_writeonly_vma_minor_fault", UWRITE,
		       WO_START, "[writeonly]", FF_UW,
		       .vmas = { VMA_TEXT, VMA_WO }),
	/* x86 cannot map write-only: a read of a VM_WRITE vma is fine */
	USER_MINOR_ROW("user_read_writeonly_vma_minor_fault", UREAD,
		       WO_START, "[writeonly]", FF_U,
		       .vmas = { VMA_TEXT, VMA_WO }),
	USER_MINOR_ROW("compat_task_read_minor_fault", UREAD, DATA_START + 8,
		       "[data]", FF_U, .mode = USER32,
		       .vmas = { VMA_TEXT, VMA_DATA }),
	/* PKRU write-disables key 5; a read is still allowed */
	USER_MINOR_ROW("user_read_pkey_write_disabled_minor_fault", UREAD,
		       PKEY_START, "[pkey5]", FF_U, .ospke = 1,
		       .pkru = 2U << 10, .vmas = { VMA_TEXT, VMA_PKEY }),
	{
		.name = "user_read_major_fault",
		.in = IN(.ec = UREAD, .address = DATA_START + 8,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_MAJOR) },
		.expect = {
			.outcome = HANDLED,
			.counters = { C_UMAJOR },
			.calls = FK_CALLS(T_ULOCK("[data]"),
				T_UHMF("[data]", FF_U, "MAJOR")),
		},
	},
	{
		/* a write to a shared file mapping: the mm dropped mmap_lock
		 * to balance dirty pages and finished, nothing to unlock */
		.name = "user_write_completed_by_mm",
		.in = IN(.ec = UWRITE, .address = DATA_START + 8,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_COMPLETED) },
		.expect = {
			.outcome = HANDLED,
			.counters = { C_UMINOR },
			.calls = FK_CALLS(T_ULOCK("[data]"),
				T_UHMF("[data]", FF_UW, "COMPLETED"),
				T_URELEASED("[data]")),
		},
		.on = FK_ON({ "5.15", { .na = NA_COMPLETED } },
			    FK_AS_EXPECTED("rhel8.10"),
			    { "rhel8.8", { .na = NA_COMPLETED } }),
	},
	/* a kernel fault takes mmap_lock on every series: the mm that
	 * finished it released that */
	{
		.name = "kernel_copy_to_user_completed_by_mm",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE,
			 .address = DATA_START + 8, .ip = UACCESS_IP, .ac = 1,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(handle_mm_fault, VM_FAULT_COMPLETED) },
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(T_LOCK("[data]"),
				T_HMF("[data]", FF_KW, "COMPLETED"),
				T_RELEASED),
		},
		.on = FK_ON({ "5.15", { .na = NA_COMPLETED } },
			    FK_AS_EXPECTED("rhel8.10"),
			    { "rhel8.8", { .na = NA_COMPLETED } }),
	},
	{
		.name = "kernel_copy_from_user_minor_fault",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START + 8,
			 .ip = UACCESS_IP, .ac = 1, .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(T_LOCK("[data]"),
					  T_GOOD("[data]", FF_K)),
		},
	},
	{
		.name = "kernel_copy_to_user_minor_fault",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE,
			 .address = DATA_START + 8, .ip = UACCESS_IP, .ac = 1,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(T_LOCK("[data]"),
					  T_GOOD("[data]", FF_KW)),
		},
	},
	{
		/* IF clear in the interrupted context: irqs stay off. 6.12
		 * refuses the fault (8f588afe6256, v6.9): a warning, then
		 * what a bad address gets, the extable */
		.name = "kernel_copy_from_user_irqs_off_minor_fault",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START + 8,
			 .ip = UACCESS_IP, .ac = 1, .irqs_off = 1,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(T_LOCK("[data]"),
					  T_GOOD("[data]", FF_K)),
		},
		.on = FK_ON({ "6.12", {
			.outcome = FIXUP,
			.calls = FK_CALLS(
				"__warn(\"!(regs->flags & X86_EFLAGS_IF)\")",
				T_FIXUP("0")),
		} }, { "6.6", {
			/* before 8f588afe6256: handled, as on 6.1 */
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(T_LOCK("[data]"),
					  T_GOOD("[data]", FF_K)),
		} }),
	},
};

FK_SUITE(good_area);
