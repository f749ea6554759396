// SPDX-License-Identifier: GPL-2.0
/*
 * Model of the parts of RHEL6's arch/x86/mm/fault.c that the seed does not
 * quote, written from the real file's behaviour (see
 * ../shared/reference/rhel6-fault-semantics.md): who releases mmap_sem,
 * which signal with which si_code, when a kernel fault is fixed up or
 * oopses. The functions the seed calls are fakes, so they are recorded
 * and can be scripted; their private helpers are plain C.
 */
#include <stdio.h>

#include <linux/kernel.h>
#include <linux/kdebug.h>
#include <linux/kprobes.h>
#include <linux/mmiotrace.h>
#include <linux/magic.h>
#include <linux/hugetlb.h>

#include "fault_rest.h"
#include <fk_x86.h>

#define PF "pf"

int show_unhandled_signals = 1;

#ifdef CONFIG_MMIOTRACE
FK_FAKE2(int, kmmio_fault, "p a => d",
	 struct pt_regs *, regs, unsigned long, addr)
{
	if (is_kmmio_active() && kmmio_handler(regs, addr) == 1)
		return fk_scripted_or(-1);
	return fk_scripted_or(0);
}
#endif

FK_FAKE1(int, notify_page_fault, "p => d", struct pt_regs *, regs)
{
	int ret = 0;

	/* kprobes only hook kernel-mode faults */
	if (kprobes_built_in() && !user_mode_vm(regs)) {
		preempt_disable();
		if (kprobe_running() && kprobe_fault_handler(regs, 14))
			ret = 1;
		preempt_enable();
	}
	return fk_scripted_or(ret);
}

/* The instruction bytes a row gave live at regs->ip; nothing else reads. */
static int probe_byte(unsigned long addr, unsigned char *val)
{
	return fk_x86_insn_byte(addr, val) ? -14 : 0;
}

/* Is the opcode a prefix worth scanning past? Sets *prefetch at 0x0f. */
static int prefetch_opcode(struct pt_regs *regs, unsigned long next,
			   unsigned char op, int *prefetch)
{
	unsigned char hi = op & 0xf0, lo = op & 0x0f, op2;

	switch (hi) {
	case 0x20:
	case 0x30:
		return (lo & 7) == 6;
	case 0x40:
		return sizeof(long) == 8 &&
		       (!user_mode(regs) || regs->cs == __USER_CS);
	case 0x60:
		return (lo & 0xc) == 0x4;
	case 0xf0:
		return !lo || (lo >> 1) == 1;
	case 0x00:
		if (probe_byte(next, &op2))
			return 0;
		*prefetch = lo == 0xf && (op2 == 0x0d || op2 == 0x18);
		return 0;
	default:
		return 0;
	}
}

/* AMD CPUs may fault on a prefetch: such faults are ignored. */
static int is_prefetch(struct pt_regs *regs, unsigned long error_code,
		       unsigned long addr)
{
	unsigned long instr = regs->ip, end = instr + 15;
	int prefetch = 0;
	unsigned char op;

	(void)addr;
	if (error_code & PF_INSTR)
		return 0;
	if (user_mode(regs) && instr >= TASK_SIZE)
		return 0;
	while (instr < end && !probe_byte(instr, &op)) {
		instr++;
		if (!prefetch_opcode(regs, instr, op, &prefetch))
			break;
	}
	return prefetch;
}

static void force_sig_info_fault(int si_signo, int si_code,
				 unsigned long address,
				 struct task_struct *tsk, unsigned int fault)
{
	siginfo_t info = { 0 };

	info.si_signo = si_signo;
	info.si_code = si_code;
	info.si_addr = (void *)address;
	if (fault & VM_FAULT_HWPOISON_LARGE)
		info.si_addr_lsb = (short)hstate_index_to_shift(
			VM_FAULT_GET_HINDEX(fault));
	if (fault & VM_FAULT_HWPOISON)
		info.si_addr_lsb = PAGE_SHIFT;
	force_sig_info(si_signo, &info, tsk);
}

/*
 * Syncs current's top-level entry from init_mm's, then looks for the
 * pte in init_mm's lower levels, which every pgd shares: -1 when there
 * is none (or the address is not vmalloc's), 0 when the fault is over.
 */
FK_FAKE1(int, vmalloc_fault, "a => d", unsigned long, address)
{
	pgd_t *ref = pgd_offset_k(address);
	pgd_t *pgd = pgd_offset(current->active_mm, address);

	if (!(address >= VMALLOC_START && address < VMALLOC_END) ||
	    pgd_none(*ref))
		return fk_scripted_or(-1);
	if (pgd_none(*pgd)) {
		set_pgd(pgd, *ref);
		fk_detail("set_pgd from init_mm");
	}
	if (pud_none(*pud_offset(ref, address)) ||
	    pmd_none(*pmd_offset(NULL, address)) ||
	    !pte_present(*pte_offset_kernel(NULL, address)))
		return fk_scripted_or(-1);
	return fk_scripted_or(0);
}

static void check_v8086(struct pt_regs *regs, unsigned long address,
			struct task_struct *tsk)
{
	unsigned long bit;

	/* vm86 exists on 32-bit kernels only */
	if (sizeof(long) == 8 || !(regs->flags & X86_VM_MASK))
		return;
	bit = (address - 0xA0000) >> PAGE_SHIFT;
	if (bit < 32)
		tsk->thread.screen_bitmap |= 1UL << bit;
}

FK_VOID3(check_v8086_mode, "p a p", struct pt_regs *, regs,
	 unsigned long, address, struct task_struct *, tsk)
{
	check_v8086(regs, address, tsk);
}

static void dump_pagetable(unsigned long address)
{
	struct fk_kmap *k = fk_kmap_lookup(address);

	printk("PGD %x ", k ? k->prot : 0);
	printk("\n");
}

/* K8 erratum #93: the upper half of RIP lost by a buggy BIOS. */
static int is_errata93(struct pt_regs *regs, unsigned long address)
{
	unsigned long ext;

	if (sizeof(long) != 8 || address != regs->ip)
		return 0;
	if ((unsigned long long)address >> 32)
		return 0;
	ext = (unsigned long)(address | (0xffffffffULL << 32));
	if ((ext >= FK_STEXT && ext <= FK_ETEXT) ||
	    (ext >= MODULES_VADDR && ext <= MODULES_END)) {
		printk(KERN_ERR "Your BIOS seems to not contain a fix for K8 errata #93\n");
		regs->ip = ext;
		return 1;
	}
	return 0;
}

/* K8 erratum #100: compat-mode code jumping above 4G. */
static int is_errata100(struct pt_regs *regs, unsigned long address)
{
	return sizeof(long) == 8 &&
	       (regs->cs == __USER32_CS || (regs->cs & (1 << 2))) &&
	       ((unsigned long long)address >> 32);
}

static void show_fault_oops(struct pt_regs *regs, unsigned long error_code,
			    unsigned long address)
{
	struct fk_kmap *k;

	if (!oops_may_print())
		return;
	k = fk_kmap_lookup(address);
	if ((error_code & PF_INSTR) && k && (k->prot & KM_PRESENT) &&
	    !(k->prot & KM_EXEC))
		printk(KERN_CRIT "kernel tried to execute NX-protected page\n");
	printk(KERN_ALERT "BUG: unable to handle kernel %s at %p\n",
	       address < PAGE_SIZE ? "NULL pointer dereference" :
				     "paging request", (void *)address);
	printk(KERN_ALERT "IP:");
	printk_address(regs->ip, 1);
	dump_pagetable(address);
}

static void set_thread_fault(struct task_struct *tsk, unsigned long address,
			     unsigned long error_code)
{
	tsk->thread.cr2 = address;
	tsk->thread.trap_no = 14;
	tsk->thread.error_code = error_code;
}

/* Oopses; returns only when a die notifier says NOTIFY_STOP. */
FK_VOID3(pgtable_bad, "p " PF " a", struct pt_regs *, regs,
	 unsigned long, error_code, unsigned long, address)
{
	unsigned long flags = oops_begin();
	int sig = SIGKILL;

	printk(KERN_ALERT "%s: Corrupted page table at address %lx\n",
	       current->comm, address);
	dump_pagetable(address);
	set_thread_fault(current, address, error_code);
	if (__die("Bad pagetable", regs, (long)error_code))
		sig = 0;
	oops_end(flags, regs, sig);
}

/* A kernel-mode fault nobody can resolve: fixup, CPU quirk, or oops. */
FK_VOID3(no_context, "p " PF " a", struct pt_regs *, regs,
	 unsigned long, error_code, unsigned long, address)
{
	struct task_struct *tsk = current;
	unsigned long flags;
	int sig = SIGKILL;

	if (fixup_exception(regs))
		return;
	if (is_prefetch(regs, error_code, address))
		return;
	if (is_errata93(regs, address))
		return;
	flags = oops_begin();
	show_fault_oops(regs, error_code, address);
	if (tsk != &init_task && *end_of_stack(tsk) != STACK_END_MAGIC)
		printk(KERN_EMERG "Thread overran stack, or stack corrupted\n");
	set_thread_fault(tsk, address, error_code);
	if (__die("Oops", regs, (long)error_code))
		sig = 0;
	printk(KERN_DEFAULT "CR2: %016lx\n", address);
	oops_end(flags, regs, sig);
}

static void show_signal_msg(struct pt_regs *regs, unsigned long error_code,
			    unsigned long address, struct task_struct *tsk)
{
	if (!unhandled_signal(tsk, SIGSEGV) || !printk_ratelimit())
		return;
	printk("%s%s[%d]: segfault at %lx ip %p sp %p error %lx",
	       task_pid_nr(tsk) > 1 ? KERN_INFO : KERN_EMERG, tsk->comm,
	       task_pid_nr(tsk), address, (void *)regs->ip,
	       (void *)regs->sp, error_code);
	print_vma_addr(KERN_CONT " in ", regs->ip);
	printk(KERN_CONT "\n");
}

/* Caller holds no mmap_sem. User faults get SIGSEGV, kernel ones no_context. */
FK_VOID4(__bad_area_nosemaphore, "p " PF " a segv", struct pt_regs *, regs,
	 unsigned long, error_code, unsigned long, address, int, si_code)
{
	struct task_struct *tsk = current;

	if (!(error_code & PF_USER)) {
		/* is_f00f_bug() is 0 on x86_64 and on every modern CPU */
		no_context(regs, error_code, address);
		return;
	}
	local_irq_enable();
	if (is_prefetch(regs, error_code, address))
		return;
	if (is_errata100(regs, address))
		return;
	if (show_unhandled_signals)
		show_signal_msg(regs, error_code, address, tsk);
	/* kernel addresses are always protection faults */
	set_thread_fault(tsk, address, error_code | (address >= TASK_SIZE));
	force_sig_info_fault(SIGSEGV, si_code, address, tsk, 0);
}

/* Caller holds mmap_sem for read; it is dropped before anything else. */
FK_VOID4(__bad_area, "p " PF " a segv", struct pt_regs *, regs,
	 unsigned long, error_code, unsigned long, address, int, si_code)
{
	up_read(&current->mm->mmap_sem);
	__bad_area_nosemaphore(regs, error_code, address, si_code);
}

/* RHEL6's static out_of_memory(), shadowing the global one of oom.h. */
static void pf_out_of_memory(void)
{
	up_read(&current->mm->mmap_sem);
	pagefault_out_of_memory();
}

static void do_sigbus(struct pt_regs *regs, unsigned long error_code,
		      unsigned long address, unsigned int fault)
{
	struct task_struct *tsk = current;
	int code = BUS_ADRERR;

	up_read(&tsk->mm->mmap_sem);
	if (!(error_code & PF_USER)) {
		no_context(regs, error_code, address);
		return;
	}
	if (is_prefetch(regs, error_code, address))
		return;
	set_thread_fault(tsk, address, error_code);
	if (fault & (VM_FAULT_HWPOISON | VM_FAULT_HWPOISON_LARGE)) {
		printk(KERN_ERR "MCE: Killing %s:%d due to hardware memory corruption fault at %lx\n",
		       tsk->comm, tsk->pid, address);
		code = BUS_MCEERR_AR;
	}
	force_sig_info_fault(SIGBUS, code, address, tsk, fault);
}

/*
 * Returns 1 when the fault is finished (mmap_sem released), 0 when the
 * caller goes on: only for a bare VM_FAULT_RETRY without a fatal signal.
 */
FK_FAKE4(int, mm_fault_error, "p " PF " a vmf => d", struct pt_regs *, regs,
	 unsigned long, error_code, unsigned long, address,
	 unsigned int, fault)
{
	if (fatal_signal_pending(current)) {
		/* on RETRY handle_mm_fault() already dropped the lock */
		if (!(fault & VM_FAULT_RETRY))
			up_read(&current->mm->mmap_sem);
		if (!(error_code & PF_USER))
			no_context(regs, error_code, address);
		return 1;
	}
	if (!(fault & VM_FAULT_ERROR))
		return 0;
	if (fault & VM_FAULT_OOM) {
		if (!(error_code & PF_USER)) {
			up_read(&current->mm->mmap_sem);
			no_context(regs, error_code, address);
			return 1;
		}
		pf_out_of_memory();
		return 1;
	}
	if (!(fault & (VM_FAULT_SIGBUS | VM_FAULT_HWPOISON |
		       VM_FAULT_HWPOISON_LARGE)))
		BUG();
	do_sigbus(regs, error_code, address, fault);
	return 1;
}

/* 1 when the entry grants what the fault asked for. */
static int spurious_check(unsigned long error_code, pte_t e)
{
	if ((error_code & PF_WRITE) && !pte_write(e))
		return 0;
	if ((error_code & PF_INSTR) && !pte_exec(e))
		return 0;
	return 1;
}

/*
 * A stale TLB entry after a kernel page gained permissions: init_mm's
 * leaf (a pte, or a large pmd or pud) grants the access, and so does
 * the pmd above a pte, or the page tables are wrong.
 */
FK_FAKE2(int, spurious_fault, PF " a => d", unsigned long, error_code,
	 unsigned long, address)
{
	unsigned int level;
	pte_t *leaf;

	if (error_code & (PF_USER | PF_RSVD))
		return fk_scripted_or(0);
	leaf = lookup_address(address, &level);
	if (!leaf || !pte_present(*leaf) || !spurious_check(error_code, *leaf))
		return fk_scripted_or(0);
	if (level == 1 &&
	    !spurious_check(error_code, *(pte_t *)pmd_offset(NULL, address))) {
		printk("PMD has incorrect permission bits\n");
		fk_detail("WARN_ONCE: PMD has incorrect permission bits");
		return fk_scripted_or(0);
	}
	return fk_scripted_or(1);
}

/* The rule, and the model's reason for its answer (faultkit explain). */
static int access_rule(unsigned long error_code, int write,
		       struct vm_area_struct *vma)
{
	const char *what = error_code & PF_INSTR ? "an instruction fetch" :
			   "a read";

	if (write) {
		fk_detail(vma->vm_flags & VM_WRITE ? "a write to a writable vma" :
			  "a write, and the vma has no VM_WRITE");
		return !(vma->vm_flags & VM_WRITE);
	}
	if (error_code & PF_PROT) {
		fk_detail("%s of a present page: a protection fault", what);
		return 1;
	}
	if (!(vma->vm_flags & (VM_READ | VM_EXEC | VM_WRITE))) {
		fk_detail("the vma has none of VM_READ|VM_WRITE|VM_EXEC");
		return 1;
	}
	fk_detail("%s of an accessible vma", what);
	return 0;
}

FK_FAKE3(int, access_error, PF " d p => d", unsigned long, error_code,
	 int, write, struct vm_area_struct *, vma)
{
	return fk_scripted_or(access_rule(error_code, write, vma));
}

FK_FAKE1(int, fault_in_kernel_space, "a => d", unsigned long, address)
{
	return fk_scripted_or(address >= TASK_SIZE_MAX);
}

#ifdef FK_WHOLE_MODEL
/*
 * The trap's entry, which only a whole file has: cr2 is the address, and
 * RHEL6 fires its tracepoint after a kernel-mode fault that returns.
 * tests/rhel6/assemble-whole.py puts it into the whole file it builds
 * from the seed and this model.
 */
static inline void __do_page_fault(struct pt_regs *regs,
				   unsigned long address,
				   unsigned long error_code);

dotraplinkage void __kprobes
do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	unsigned long address = read_cr2();

	__do_page_fault(regs, address, error_code);
	if (!user_mode(regs))
		trace_mm_kernel_pagefault(current, address, regs);
}
#endif
