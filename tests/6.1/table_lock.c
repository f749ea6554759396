// SPDX-License-Identifier: GPL-2.0
/*
 * lock_mm_and_find_vma() (6.1.37+): mmap_lock taken carefully (a kernel
 * fault sleeps for it only at an extable site), a killable wait, and a
 * stack that grows under the write lock, with the guard gap, RLIMIT_STACK,
 * mmap_min_addr, and the mm changing while the lock was dropped. There is
 * no cushion below sp any more: 70,000 bytes below sp grows the stack.
 */
#include <rows.h>

#define UP_WRITE							\
	"  mmap_read_unlock(mm)",					\
	"  mmap_write_lock_killable(mm) = 0"

/* the upgrade and a lookup that finds the stack still above addr */
#define T_UPGRADE(vma)							\
	"  find_vma(mm, addr) = " vma,					\
	UP_WRITE,							\
	"  find_vma(mm, addr) = " vma

#define T_GROWN(pages)							\
	"lock_mm_and_find_vma(mm, addr, regs) = [stack]",		\
	T_UPGRADE("[stack]"),						\
	"  expand_stack_locked([stack], addr) = 0 {grew by " pages " pages}", \
	"  mmap_write_downgrade(mm)"

#define T_NOT_GROWN(err)						\
	"lock_mm_and_find_vma(mm, addr, regs) = NULL",			\
	T_UPGRADE("[stack]"),						\
	"  expand_stack_locked([stack], addr) = " err,			\
	"  mmap_write_unlock(mm)"

#define C_GROWN	C_MINOR, [LOCK_WRITE] = 1
#define C_NOT_GROWN	C_BAD, [LOCK_WRITE] = 1
/* ... for a user fault, which no vma held the address of */
#define C_UGROWN	C_GROWN, C_UFALLBACK
#define C_UNOT_GROWN	C_NOT_GROWN, C_UFALLBACK

/*
 * 6.12: a user fault in a vma whose own lock is free never asks for
 * mmap_lock (0bff0aaea03e, v6.4): contention on it changes nothing.
 */
#define ON_VMA_MINOR_DATA						\
	FK_ON({ "6.12", { .outcome = HANDLED,				\
		.counters = { C_MINOR_(C_VLOCK) },			\
		.calls = FK_CALLS(T_VLOCK("[data]"),			\
				  T_VHMF("[data]", FF_U, "0")) } })

#define STACK_ROW(rowname, addr, pages, ...)				\
	{								\
		.name = rowname,					\
		.in = IN(.ec = UWRITE, .address = addr, .sp = SP_LOW,	\
			 __VA_ARGS__),					\
		.expect = {						\
			.outcome = HANDLED,				\
			.counters = { C_UGROWN },			\
			.calls = FK_CALLS(T_GROWN(pages),		\
					  T_GOOD("[stack]", FF_UW)),	\
		},							\
	}

#define NO_STACK_ROW(rowname, addr, err, ...)				\
	{								\
		.name = rowname,					\
		.in = IN(.ec = UWRITE, .address = addr, .sp = SP_LOW,	\
			 __VA_ARGS__),					\
		.expect = {						\
			.outcome = SEGV_MAPERR_,			\
			.counters = { C_UNOT_GROWN },			\
			.calls = FK_CALLS(T_NOT_GROWN(err),		\
					  T_MAPERR("WRITE|USER")),	\
		},							\
	}

static const struct fk_row rows[] = {
	{
		.name = "user_contended_lock_sleeps_then_minor_fault",
		.in = IN(.ec = UREAD, .address = DATA_START, .contended = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR, [LOCK_WAITED] = 1 },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = [data]",
				"  mmap_read_trylock(mm) = 0",
				"  mmap_read_lock_killable(mm) = 0 {slept until the writer released it}",
				"  find_vma(mm, addr) = [data]",
				T_GOOD("[data]", FF_U)),
		},
		.on = ON_VMA_MINOR_DATA,
	},
	{
		.name = "kernel_contended_lock_extable_site_sleeps",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = UACCESS_IP, .ac = 1, .contended = 1,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_MINOR, [LOCK_WAITED] = 1 },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = [data]",
				"  mmap_read_trylock(mm) = 0",
				"  search_exception_tables(ip) = extable[0]",
				"  mmap_read_lock_killable(mm) = 0 {slept until the writer released it}",
				"  find_vma(mm, addr) = [data]",
				T_GOOD("[data]", FF_K)),
		},
	},
	{
		/* a kernel bug faulting under mmap_lock must not deadlock */
		.name = "kernel_contended_lock_no_extable_gives_up_oops",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = KERNEL_IP, .ac = 1, .contended = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = OOPS,
			.counters = { [PERF_FAULTS] = 1 },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = NULL",
				"  mmap_read_trylock(mm) = 0",
				"  search_exception_tables(ip) = NULL",
				T_NOFIX("0"), T_OOPS("0", "0")),
		},
	},
	{
		/* a die notifier stops that oops: the fault ends there,
		 * without the lock it gave up */
		.name =
		"kernel_contended_lock_no_extable_die_notifier_stop_returns",
		.in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
			 .ip = KERNEL_IP, .ac = 1, .contended = 1,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.script = { FK_SCRIPT(__die, 1) },
		.expect = {
			.outcome = OOPS_RETURNED,
			.counters = { [PERF_FAULTS] = 1 },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = NULL",
				"  mmap_read_trylock(mm) = 0",
				"  search_exception_tables(ip) = NULL",
				T_NOFIX("0"), T_KFENCE("0")
				"__die(\"Oops\", regs, 0) = 1",
				"oops_end(0, regs, 0)"),
		},
	},
	{
		/* the killable wait gives up; the dying task gets SIGSEGV */
		.name = "user_contended_lock_fatal_signal_sigsegv",
		.in = IN(.ec = UREAD, .address = DATA_START, .contended = 1,
			 .sigkill = SIGKILL_BEFORE,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { [PERF_FAULTS] = 1 },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = NULL",
				"  mmap_read_trylock(mm) = 0",
				"  mmap_read_lock_killable(mm) = -EINTR {fatal signal pending: gave up waiting}",
				T_MAPERR("USER")),
		},
		.on = ON_VMA_MINOR_DATA,
	},
	K61_STACK_ROWS(STACK_ROW, NO_STACK_ROW)
	{
		/* growth needs the lock for write: a kernel fault must be
		 * at an extable site to sleep for it */
		.name = "kernel_stack_growth_no_extable_gives_up_oops",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE,
			 .address = STACK_START - 8, .ip = KERNEL_IP, .ac = 1,
			 .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = OOPS,
			.counters = { C_BAD },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = NULL",
				"  find_vma(mm, addr) = [stack]",
				"  mmap_read_unlock(mm)",
				"  search_exception_tables(ip) = NULL",
				T_NOFIX("WRITE"), T_OOPS("WRITE", "1")),
		},
	},
	{
		.name = "kernel_stack_growth_at_extable_site_grows",
		.in = IN(.mode = KERNEL, .ec = X86_PF_WRITE,
			 .address = STACK_START - 8, .ip = UACCESS_IP, .ac = 1,
			 .extable = EXTABLE_UACCESS,
			 .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_GROWN },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = [stack]",
				"  find_vma(mm, addr) = [stack]",
				"  mmap_read_unlock(mm)",
				"  search_exception_tables(ip) = extable[0]",
				"  mmap_write_lock_killable(mm) = 0",
				"  find_vma(mm, addr) = [stack]",
				"  expand_stack_locked([stack], addr) = 0 {grew by 1 pages}",
				"  mmap_write_downgrade(mm)",
				T_GOOD("[stack]", FF_KW)),
		},
	},
	{
		.name = "user_hole_below_plain_mapping_sigsegv",
		.in = IN(.ec = UWRITE, .address = STACK_START - 8,
			 .vmas = { VMA_TEXT, VMA_HIGH }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UNOVMA },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = NULL",
				"  find_vma(mm, addr) = [high]",
				"  mmap_read_unlock(mm)",
				T_MAPERR("WRITE|USER")),
		},
	},
	{
		.name = "user_above_last_vma_sigsegv",
		.in = IN(.ec = UREAD, .address = MAP_START,
			 .vmas = { VMA_TEXT, VMA_DATA }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UNOVMA },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = NULL",
				"  find_vma(mm, addr) = NULL",
				"  mmap_read_unlock(mm)",
				T_MAPERR("USER")),
		},
	},
	{
		/* the stack was unmapped while the lock was dropped */
		.name = "user_stack_unmapped_during_upgrade_sigsegv",
		.in = IN(.ec = UWRITE, .address = STACK_START - 8,
			 .race = RACE_UNMAPPED,
			 .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UNOT_GROWN },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = NULL",
				"  find_vma(mm, addr) = [stack]",
				UP_WRITE,
				"  find_vma(mm, addr) = NULL",
				"  mmap_write_unlock(mm)",
				T_MAPERR("WRITE|USER")),
		},
	},
	{
		/* another thread grew it past addr meanwhile: no growth */
		.name = "user_stack_grown_by_other_thread_during_upgrade",
		.in = IN(.ec = UWRITE, .address = STACK_START - 8,
			 .race = RACE_GREW, .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_UGROWN },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = [stack]",
				T_UPGRADE("[stack]"),
				"  mmap_write_downgrade(mm)",
				T_GOOD("[stack]", FF_UW)),
		},
	},
	{
		.name = "user_stack_made_not_growable_during_upgrade_sigsegv",
		.in = IN(.ec = UWRITE, .address = STACK_START - 8,
			 .race = RACE_NOT_GROWABLE,
			 .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UNOT_GROWN },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = NULL",
				T_UPGRADE("[stack]"),
				"  mmap_write_unlock(mm)",
				T_MAPERR("WRITE|USER")),
		},
	},
	{
		.name = "user_stack_upgrade_waits_for_writer",
		.in = IN(.ec = UWRITE, .address = STACK_START - 8,
			 .race = RACE_WRITER, .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = HANDLED,
			.counters = { C_UGROWN, [LOCK_WAITED] = 1 },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = [stack]",
				"  find_vma(mm, addr) = [stack]",
				"  mmap_read_unlock(mm)",
				"  mmap_write_lock_killable(mm) = 0 {slept until the writer released it}",
				"  find_vma(mm, addr) = [stack]",
				"  expand_stack_locked([stack], addr) = 0 {grew by 1 pages}",
				"  mmap_write_downgrade(mm)",
				T_GOOD("[stack]", FF_UW)),
		},
	},
	{
		.name = "user_stack_upgrade_fatal_signal_sigsegv",
		.in = IN(.ec = UWRITE, .address = STACK_START - 8,
			 .race = RACE_WRITER, .sigkill = SIGKILL_BEFORE,
			 .vmas = { VMA_TEXT, VMA_STACK }),
		.expect = {
			.outcome = SEGV_MAPERR_,
			.counters = { C_UNOVMA },
			.calls = FK_CALLS(
				"lock_mm_and_find_vma(mm, addr, regs) = NULL",
				"  find_vma(mm, addr) = [stack]",
				"  mmap_read_unlock(mm)",
				"  mmap_write_lock_killable(mm) = -EINTR {fatal signal pending: gave up waiting}",
				T_MAPERR("WRITE|USER")),
		},
	},
};

FK_SUITE(lock);
