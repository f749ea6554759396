// SPDX-License-Identifier: GPL-2.0
/*
 * 6.1 before 6.1.37: do_user_addr_fault() takes mmap_lock itself. A
 * trylock; when it fails, a kernel fault away from an extable site gives
 * up (bad_area_nosemaphore()), any other waits in mmap_read_lock(),
 * which no signal ends; then find_vma(), and a stack grown by
 * expand_stack() under that read lock. The 6.1 suite of the same name
 * says what lock_mm_and_find_vma() (c2508ec5a58d, eda0047296a1,
 * 8d7071af8907: v6.5, 6.1.37) changed: a killable wait, a stack grown
 * under the write lock (a kernel fault sleeps for the upgrade only at
 * an extable site), the mm looked at again after the upgrade.
 */
#include <rows.h>

/* the stack found, then grown under the read lock */
#define T_GROWN(pages)							\
	T_LOCK("[stack]"),						\
	"expand_stack([stack], addr) = 0 {grew by " pages " pages}"

#define GROW_ROW(rowname, mode_, ec_, ff, addr, pages, ...)		\
	K_ROW(rowname, IN(.mode = mode_, .ec = ec_, .address = addr,	\
			  .sp = SP_LOW, __VA_ARGS__),			\
	      HANDLED, (C_MINOR), T_GROWN(pages), T_GOOD("[stack]", ff))
#define STACK_ROW(rowname, addr, pages, ...)				\
	GROW_ROW(rowname, USER, UWRITE, FF_UW, addr, pages, __VA_ARGS__)

/* expand_stack() refuses: bad_area() drops the lock */
#define NO_STACK_ROW(rowname, addr, err, ...)				\
	K_ROW(rowname, IN(.ec = UWRITE, .address = addr, .sp = SP_LOW,	\
			  __VA_ARGS__),					\
	      SEGV_MAPERR_, (C_BAD), T_LOCK("[stack]"),		\
	      "expand_stack([stack], addr) = " err,			\
	      T_UNLOCK, T_MAPERR("WRITE|USER"))

#define DATA_VMAS	.vmas = { VMA_TEXT, VMA_DATA }

static const struct fk_row rows[] = {
	K_ROW("user_contended_lock_sleeps_then_minor_fault",
	      IN(.ec = UREAD, .address = DATA_START, .contended = 1,
		 DATA_VMAS), HANDLED, (C_MINOR, [LOCK_WAITED] = 1),
	      T_TRYLOCK_FAILS, T_WAITED, T_LOCK("[data]"),
	      T_GOOD("[data]", FF_U)),
	/* the wait is not killable: a dying task still takes the lock */
	K_ROW("user_contended_lock_fatal_signal_still_sleeps",
	      IN(.ec = UREAD, .address = DATA_START, .contended = 1,
		 .sigkill = SIGKILL_BEFORE, DATA_VMAS),
	      HANDLED, (C_MINOR, [LOCK_WAITED] = 1),
	      T_TRYLOCK_FAILS, T_WAITED, T_LOCK("[data]"),
	      T_GOOD("[data]", FF_U)),
	K_ROW("kernel_contended_lock_extable_site_sleeps",
	      IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
		 .ip = UACCESS_IP, .ac = 1, .contended = 1,
		 .extable = EXTABLE_UACCESS, DATA_VMAS),
	      HANDLED, (C_MINOR, [LOCK_WAITED] = 1),
	      T_TRYLOCK_FAILS,
	      "search_exception_tables(ip) = extable[0]", T_WAITED,
	      T_LOCK("[data]"), T_GOOD("[data]", FF_K)),
	/* a kernel bug faulting under mmap_lock must not deadlock */
	K_ROW("kernel_contended_lock_no_extable_gives_up_oops",
	      IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
		 .ip = KERNEL_IP, .ac = 1, .contended = 1, DATA_VMAS),
	      OOPS, ([PERF_FAULTS] = 1),
	      T_TRYLOCK_FAILS, "search_exception_tables(ip) = NULL",
	      T_NOFIX("0"), T_OOPS("0", "0")),
	/* a die notifier stops that oops: the fault ends there, without
	 * the lock it gave up */
	{ .name = "kernel_contended_lock_no_extable_die_notifier_stop_returns",
	  .in = IN(.mode = KERNEL, .ec = 0, .address = DATA_START,
		   .ip = KERNEL_IP, .ac = 1, .contended = 1, DATA_VMAS),
	  .script = { FK_SCRIPT(__die, 1) },
	  .expect = { .outcome = OOPS_RETURNED,
		      .counters = { [PERF_FAULTS] = 1 },
		      .calls = FK_CALLS(T_TRYLOCK_FAILS,
				"search_exception_tables(ip) = NULL",
				T_NOFIX("0"), T_KFENCE("0")
				"__die(\"Oops\", regs, 0) = 1",
				"oops_end(0, regs, 0)") } },
	K61_STACK_ROWS(STACK_ROW, NO_STACK_ROW)
	/*
	 * Under the read lock it already has, a kernel fault grows the
	 * stack at any ip: the extable matters only to wait for the lock
	 * (6.1.37 on, the upgrade to the write lock is such a wait).
	 */
	GROW_ROW("kernel_stack_growth_no_extable_grows", KERNEL,
		 X86_PF_WRITE, FF_KW, STACK_START - 8, "1", .ip = KERNEL_IP,
		 .ac = 1, .vmas = { VMA_TEXT, VMA_STACK }),
	GROW_ROW("kernel_stack_growth_at_extable_site_grows", KERNEL,
		 X86_PF_WRITE, FF_KW, STACK_START - 8, "1", .ip = UACCESS_IP,
		 .ac = 1, .extable = EXTABLE_UACCESS,
		 .vmas = { VMA_TEXT, VMA_STACK }),
	K_ROW("user_hole_below_plain_mapping_sigsegv",
	      IN(.ec = UWRITE, .address = STACK_START - 8,
		 .vmas = { VMA_TEXT, VMA_HIGH }),
	      SEGV_MAPERR_, (C_BAD), T_NO_VMA("[high]"),
	      T_MAPERR("WRITE|USER")),
	K_ROW("user_above_last_vma_sigsegv",
	      IN(.ec = UREAD, .address = MAP_START, DATA_VMAS),
	      SEGV_MAPERR_, (C_BAD), T_NO_VMA("NULL"), T_MAPERR("USER")),
};

FK_SUITE(lock);
