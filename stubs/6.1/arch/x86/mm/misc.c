// SPDX-License-Identifier: GPL-2.0
/*
 * The subsystems fault.c asks before or instead of handling a fault:
 * kprobes, EFI, vsyscall emulation, perf (mmiotrace: kmmio.c; KFENCE:
 * mm/kfence/core.c); and the accessors is_prefetch() reads instruction
 * bytes with.
 */
#include <string.h>

#include <linux/sched.h>
#include <linux/uaccess.h>
#include <linux/kprobes.h>
#include <linux/efi.h>
#include <linux/hugetlb.h>
#include <linux/perf_event.h>
#include <linux/version.h>
#include <linux/prefetch.h>
#include <asm/traps.h>
#include <asm/vsyscall.h>

#include <fk_x86.h>

/*
 * include/linux/kprobes.h and arch/x86/kernel/kprobes/core.c: false for a
 * user-mode fault, a preemptible context or no running kprobe, and else
 * what kprobe_fault_handler() says, which on x86 is always 0 (6.1.192 and
 * 6.12.118 alike, since "kprobes: Remove kprobe::fault_handler", v5.14):
 * a kprobe never claims a page fault. (While it single-steps the copy of
 * a probed instruction it moves regs->ip back to the probe; the space
 * never faults in such a copy.)
 */
#if FK_KPROBE_FAULT_HANDLER
/*
 * Before that commit (ec6aba3d2be1), a kprobe's own fault_handler could
 * claim a fault its pre or post handler took: in kernel mode, not
 * preemptible, with a kprobe running (5.10). The row says, or the
 * explorer chooses, whether one did.
 */
FK_DIM(d_kprobe, "kprobe_fault_handler", "0", "1");

static bool kprobe_may_claim(struct pt_regs *regs)
{
	return !user_mode(regs) && fk_x86_atomic();
}
#endif

FK_FAKE2(bool, kprobe_page_fault, "p d => d", struct pt_regs *, regs,
	 unsigned int, trap)
{
	if (fk61_real.kprobe_page_fault)
		fk61_real.kprobe_page_fault(regs, trap, false);
#if FK_KPROBE_FAULT_HANDLER
	if (kprobe_may_claim(regs))
		return fk_x86_either(&d_kprobe, 0);
#endif
	return fk_x86_no("kprobe_fault_handler() returns 0 on x86 (arch/x86/kernel/kprobes/core.c): a kprobe never claims a page fault");
}

FK_VOID1(efi_crash_gracefully_on_page_fault, "a", unsigned long, phys_addr)
{
}

/*
 * arch/x86/entry/vsyscall/vsyscall_64.c: a write or a kernel-mode fault
 * is never fixed up; a fault anywhere but at regs->ip is a read, never
 * emulated (it says so unless vsyscall=emulate); one at ip is a call,
 * refused with vsyscall=none, else emulated (true), which includes the
 * calls it ends with SIGSEGV itself (not modelled apart). The decision
 * is address == regs->ip, not X86_PF_INSTR, which a CPU without NX never
 * reports (6.1.192 and 6.12.118 alike; X86_PF_INSTR only feeds a WARN).
 */
#ifdef CONFIG_X86_VSYSCALL_EMULATION
static const char *vsyscall_why(unsigned long ec, struct pt_regs *regs,
				unsigned long address)
{
	if ((ec & (X86_PF_WRITE | X86_PF_USER)) != X86_PF_USER)
		return "a write or a kernel-mode fault: never fixed up";
	if (address != regs->ip)
		return "a read, not a call (address != ip)";
	if (fk_x86_vsyscall() == VSYSCALL_NONE)
		return "a call, refused: vsyscall=none";
	return NULL;
}

static bool emulate(unsigned long error_code, struct pt_regs *regs,
		    unsigned long address)
{
	const char *no = vsyscall_why(error_code, regs, address);

	if (fk61_real.emulate_vsyscall)
		fk61_real.emulate_vsyscall(error_code, regs, address, !no);
	if (fk_scripted_or(!no) != !no)
		fk_violation("emulate_vsyscall: vsyscall_64.c decides: %s",
			     no ? no : "a call, emulated");
	fk_detail("%s", no ? no : "a call, emulated");
	return !no;
}

#ifdef FK_EMULATE_VSYSCALL_2ARG
/* 4.18's: its caller asks for a user-mode instruction fetch alone */
FK_FAKE2(bool, emulate_vsyscall, "p a => d", struct pt_regs *, regs,
	 unsigned long, address)
{
	return emulate(FK_PF_USER | FK_PF_INSTR, regs, address);
}
#else
FK_FAKE3(bool, emulate_vsyscall, "pf p a => d", unsigned long, error_code,
	 struct pt_regs *, regs, unsigned long, address)
{
	return emulate(error_code, regs, address);
}
#endif
#endif

/* mm/hugetlb.c's hstates, in the order the boot registered them */
FK_FAKE1(unsigned int, hstate_index_to_shift, "d => d", unsigned int, index)
{
	return fk_x86_hstate_shift(index);
}

FK_VOID4(perf_sw_event, "perf d p a", unsigned int, event_id, u64, nr,
	 struct pt_regs *, regs, u64, addr)
{
	if (event_id < 8)
		w.perf[event_id] += (long)nr;
}

FK_VOID1(prefetchw, "p", const void *, x)
{
}

/* mm/vmalloc.c: is the address in the vmalloc area (a vmap stack)? */
FK_FAKE1(bool, is_vmalloc_addr, "a => d", const void *, x)
{
	unsigned long a = (unsigned long)x;

	if (a < VMALLOC_START || a >= VMALLOC_END)
		return false;
	fk61_task_stack_choose();
	return true;
}

static int pagefault_disabled_depth;

void pagefault_disable(void)
{
	pagefault_disabled_depth++;
}

void pagefault_enable(void)
{
	pagefault_disabled_depth--;
}

/* pagefault_disabled() || in_atomic(), as the row's context says. */
bool faulthandler_disabled(void)
{
	return fk_x86_atomic() || pagefault_disabled_depth > 0;
}

void fk61_uaccess_reset(void)
{
	pagefault_disabled_depth = 0;
}

int fk61_pagefault_depth(void)
{
	return pagefault_disabled_depth;
}

unsigned long convert_ip_to_linear(struct task_struct *child,
				   struct pt_regs *regs)
{
	return regs->ip;
}

/* The row's instruction bytes lie at ip; nothing else can be read. */
static int insn_byte(const void *p, unsigned char *val)
{
	return fk_x86_insn_byte((unsigned long)p, val) ? -14 : 0;
}

/*
 * get_user(): access_ok() refuses a kernel address. A user byte that is
 * not there faults: fine under pagefault_disable() (-EFAULT), else a
 * nested page fault from inside the fault handler.
 */
int __get_user_1(unsigned char *val, const void __user *ptr)
{
	int err;

	if ((unsigned long)ptr >= TASK_SIZE_MAX)
		return -14;
	err = insn_byte(ptr, val);
	if (err && !pagefault_disabled_depth)
		fk_violation("get_user() faulted with page faults enabled: a nested page fault");
	return err;
}

/* The world's page tables stand for kernel memory: they read fine. */
static bool world_tables(const void *src, size_t size)
{
	const char *s = src;

	return s >= (const char *)&w.pgd[0] &&
	       s + size <= (const char *)(&w.pte + 1);
}

/*
 * A read that may fault (mm/maccess.c): the world's page tables and the
 * row's instruction bytes read fine; anything else faults (-EFAULT).
 */
long fk61_read_nofault(void *dst, const void *src, size_t size)
{
	if (world_tables(src, size)) {
		memcpy(dst, src, size);
		return 0;
	}
	if (size == 1)
		return insn_byte(src, dst);
	return -14;
}

/*
 * ... with arch/x86/mm/maccess.c's copy_from_kernel_nofault_allowed():
 * user addresses (and the vsyscall page) are refused with -ERANGE,
 * whoever asks.
 */
long copy_from_kernel_nofault(void *dst, const void *src, size_t size)
{
	unsigned long a = (unsigned long)src;

	if (!world_tables(src, size) &&
	    (a < TASK_SIZE_MAX + PAGE_SIZE || is_vsyscall_vaddr(a)))
		return -34;
	return fk61_read_nofault(dst, src, size);
}

unsigned long max_low_pfn;
