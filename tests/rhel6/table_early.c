// SPDX-License-Identifier: GPL-2.0
/*
 * Before the vma is looked at: mmiotrace and kmemcheck hooks, kprobes,
 * atomic context, kernel threads without an mm, and corrupted page tables.
 */
#include <rows.h>

#define KERNEL_UACCESS(...) IN(.mode = KERNEL, .ec = 0,			\
			       .address = DATA_START,			\
			       .vmas = { VMA_DATA }, __VA_ARGS__)

#define T_PGTABLE_BAD(ec, die)						\
	"pgtable_bad(regs, " ec ", addr)" die,				\
	"  __die(\"Bad pagetable\", regs, " ec ")"

static const struct fk_row rows[] = {
	{
		/* mmiotrace's armed ioremap() page (a kernel built with
		 * CONFIG_MMIOTRACE: not RHEL 6.5) */
		.name = "kmmio_claims_fault_returns_first",
		.in = IN(.mode = KERNEL, .ec = 0, .address = VADDR,
			 .ip = KERNEL_IP),
		.script = { FK_SCRIPT(is_kmmio_active, 1),
			    FK_SCRIPT(kmmio_handler, 1) },
		.expect = {
#ifdef CONFIG_MMIOTRACE
			.outcome = EARLY,
			.calls = FK_CALLS(
				"kmmio_fault(regs, addr) = -1",
				"  kmmio_handler(regs, addr) = 1"),
#else
			.na = "a kernel built without CONFIG_MMIOTRACE (RHEL 6.5)",
#endif
		},
	},
	{
		/* kmemcheck showed a tracked page for a kernel access and a
		 * fault comes before the single step hides it again (a
		 * kernel built with CONFIG_KMEMCHECK: not RHEL 6.5) */
		.name = "kmemcheck_active_hides_then_fault_handled",
		.in = KERNEL_UACCESS(.ip = UACCESS_IP,
				     .extable = EXTABLE_UACCESS),
		.script = { FK_SCRIPT(kmemcheck_active, 1) },
		.expect = {
#ifdef CONFIG_KMEMCHECK
			.outcome = HANDLED,
			.counters = { C_MINOR },
			.calls = FK_CALLS(
				"kmemcheck_hide(regs)",
				T_GOOD("[data]", "0", "0", "ALLOW_RETRY|KILLABLE", "0")),
#else
			.na = "a kernel built without CONFIG_KMEMCHECK (RHEL 6.5)",
#endif
		},
	},
	{
		.name = "kernel_kprobe_claims_user_address_fault",
		.in = KERNEL_UACCESS(.ip = KERNEL_IP),
		.script = { FK_SCRIPT(kprobe_running, 1),
			    FK_SCRIPT(kprobe_fault_handler, 1) },
		.expect = {
			.outcome = EARLY,
			.calls = FK_CALLS(
				"notify_page_fault(regs) = 1",
				"  kprobe_fault_handler(regs, 14) = 1"),
		},
	},
	{
		/* __copy_from_user_inatomic: no lock, straight to the fixup */
		.name = "kernel_atomic_copy_from_user_fixup",
		.in = KERNEL_UACCESS(.atomic = 1, .ip = UACCESS_IP,
				     .extable = EXTABLE_UACCESS),
		.expect = {
			.outcome = FIXUP,
			.counters = { C_REFUSED },
			.calls = FK_CALLS(
				"in_atomic() = 1",
				"__bad_area_nosemaphore(regs, 0, addr, SEGV_MAPERR)",
				T_FIXUP("  ", "0")),
		},
	},
	{
		.name = "kernel_atomic_no_extable_oops",
		.in = KERNEL_UACCESS(.atomic = 1, .ip = KERNEL_IP),
		.expect = {
			.outcome = OOPS,
			.counters = { C_REFUSED },
			.calls = FK_CALLS(
				"in_atomic() = 1",
				"__bad_area_nosemaphore(regs, 0, addr, SEGV_MAPERR)" NORET,
				T_OOPS("  ", "0")),
		},
	},
	{
		/* a kernel thread has no mm: prefetchw gets &NULL->mmap_sem */
		.name = "kernel_thread_without_mm_oops",
		.in = KERNEL_UACCESS(.no_mm = 1, .ip = KERNEL_IP),
		.expect = {
			.outcome = OOPS,
			.counters = { C_REFUSED },
			.calls = FK_CALLS(
				"__bad_area_nosemaphore(regs, 0, addr, SEGV_MAPERR)" NORET,
				T_OOPS("  ", "0")),
		},
	},
	{
		.name = "user_reserved_bit_pgtable_bad_oops",
		.in = IN(.ec = PF_USER | PF_RSVD | PF_PROT,
			 .address = DATA_START,
			 .vmas = { VMA_DATA }),
		.expect = {
			.outcome = OOPS,
			.calls = FK_CALLS(
				T_PGTABLE_BAD("PF_PROT|PF_USER|PF_RSVD", NORET) " = 0",
				"  oops_end(0, regs, SIGKILL) does not return"),
		},
	},
	{
		/* a die notifier stops the oops, and no crash kernel is
		 * loaded: on it goes, PF_RSVD set */
		.name = "user_pgtable_bad_notifier_stops_then_sigsegv_accerr",
		.in = IN(.ec = PF_USER | PF_RSVD | PF_PROT,
			 .address = DATA_START, .crash_kernel = CRASH_NONE,
			 .vmas = { VMA_DATA }),
		.script = { FK_SCRIPT(__die, 1) },
		.expect = {
			.outcome = SEGV_ACCERR_,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				T_PGTABLE_BAD("PF_PROT|PF_USER|PF_RSVD", "") " = 1",
				"  oops_end(0, regs, 0)",
				"find_vma(mm, addr) = [data]",
				"access_error(PF_PROT|PF_USER|PF_RSVD, 0, [data]) = 1",
				T_SEGV("PF_PROT|PF_USER|PF_RSVD", "SEGV_ACCERR")),
		},
	},
	{
		/* no crash kernel loaded (kdump off): the oops returns */
		.name = "kernel_oops_die_notifier_stops_returns",
		.in = IN(.mode = KERNEL, .ec = 0, .address = 0,
			 .ip = KERNEL_IP, .crash_kernel = CRASH_NONE,
			 .vmas = { VMA_TEXT }),
		.script = { FK_SCRIPT(__die, 1) },
		.expect = {
			.outcome = OOPS_RETURNED,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"find_vma(mm, addr) = [text]",
				T_KBAD("0", "SEGV_MAPERR", ""),
				"    no_context(regs, 0, addr)",
				"      fixup_exception(regs) = 0",
				"        search_exception_tables(ip) = NULL",
				"      __die(\"Oops\", regs, 0) = 1",
				"      oops_end(0, regs, 0)"),
		},
	},	{
		/*
		 * RHEL's defaults: kdump loaded a crash kernel, and
		 * panic_on_oops is 1, so kexec_should_crash() holds and
		 * oops_end() calls crash_kexec() (kernel/kexec.c), which
		 * boots it, even though a die notifier stopped the oops
		 */
		.name = "kernel_oops_die_notifier_stops_crash_kernel_takes_over",
		.in = IN(.mode = KERNEL, .ec = 0, .address = 0,
			 .ip = KERNEL_IP, .vmas = { VMA_TEXT }),
		.script = { FK_SCRIPT(__die, 1) },
		.expect = {
			.outcome = OOPS,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"      __die(\"Oops\", regs, 0) = 1",
				"      oops_end(0, regs, 0) does not return"),
		},
	},
	{
		/* ... and so does init's oops, whatever panic_on_oops */
		.name = "kernel_oops_of_init_crash_kernel_takes_over",
		.in = IN(.mode = KERNEL, .ec = 0, .address = 0,
			 .ip = KERNEL_IP, .global_init = 1,
			 .panic_on_oops = PANIC_OFF, .vmas = { VMA_TEXT }),
		.script = { FK_SCRIPT(__die, 1) },
		.expect = {
			.outcome = OOPS,
			.counters = { [PERF_FAULTS] = 1, [LOCK_TAKEN] = 1 },
			.calls = FK_CALLS(
				"      __die(\"Oops\", regs, 0) = 1",
				"      oops_end(0, regs, 0) does not return"),
		},
	},

};

FK_SUITE(early);
