// SPDX-License-Identifier: GPL-2.0
/*
 * The x86 input space (make explore): every input of struct fk_in as a
 * dimension, with values at, just below and just above each boundary a
 * kernel or its model compares against. The inputs the unit reads
 * straight from its arguments and registers (mode, error code, address,
 * sp, IF, the mm) are chosen when the world is built; every other one
 * is chosen where the world is first asked for it (the vmas when
 * find_vma() looks, the lock when it is tried, the exception table when
 * it is searched, RLIMIT_STACK when the stack grows, a collaborator's
 * answer when it is called), so a fault that never asks never branches.
 *
 * The vmas are numbers, not named layouts: the one find_vma() finds is
 * placed around the address (it holds the address in its first or last
 * page, starts the page above it or far above), with every combination
 * of read, write, exec and grows-down (and shadow stack, where the
 * kernel has them); the one below it is placed when a
 * rule looks at it (abutting, a page away, at and inside the guard gap,
 * far), accessible, not, or itself a stack.
 */
#include <stdio.h>
#include <string.h>

#include "fk_rows.h"

/* The scenario being explored: filled as the run reads it. */
static struct fk_in xin;

/* What the collaborators answered, as the scripts of a row. */
struct fk_script fk_x86_xscript[FK_MAX_SCRIPTS];
#define xscript fk_x86_xscript

/* The stack cushion x86 fault.c kept below sp until v5.0 (1d8ca3be86eb). */
#define FK_CUSHION	(65536 + 32 * sizeof(unsigned long))

/* ---- chosen with the world: what the CPU pushed -------------------------- */

FK_CORE_DIM(d_mode, "mode", "user", "kernel", "user32", "v8086");
/*
 * Derived from the mode and the address, one value each: names the rules
 * of tests/x86/impossible.txt can use for a class of them (the privilege
 * level; where the address lies: user space, the kernel's data, which
 * holds the descriptor tables and the EPC mappings, the rest of the
 * kernel's half, the vsyscall page).
 */
FK_CORE_DIM(d_cpl, "cpl", "3", "0");
FK_CORE_DIM(d_region, "address.region", "user", "kernel_data",
	    "kernel_other", "vsyscall");
FK_CORE_DIM(d_prot, "ec.prot", "0", "1");
FK_CORE_DIM(d_write, "ec.write", "0", "1");
FK_CORE_DIM(d_user, "ec.user", "0", "1");
FK_CORE_DIM(d_rsvd, "ec.rsvd", "0", "1");
FK_CORE_DIM(d_instr, "ec.instr", "0", "1");
FK_CORE_DIM(d_pk, "ec.pk", "0", "1");
FK_CORE_DIM(d_shstk, "ec.shstk", "0", "1");
FK_CORE_DIM(d_sgx, "ec.sgx", "0", "1");
/* vsyscall=: the configuration's default first (FK_VSYSCALL_LABELS) */
FK_DIM(d_vsyscall, "vsyscall", FK_VSYSCALL_LABELS);
FK_DIM(d_irqs, "irqs", "on", "off");
FK_DIM(d_ac, "eflags.ac", "0", "1");
FK_DIM(d_nomm, "no_mm", "0", "1");
FK_DIM(d_sp, "sp", "near", "cushion", "beyond_cushion");

enum addr_class {
	A_NULL, A_PAGE0_END, A_BELOW_MIN, A_MIN, A_USER, A_USER_PAGE,
	A_TOP_USER, A_TASK_SIZE_MAX, A_BEFORE_VMALLOC, A_VMALLOC,
	A_DIRECT_MAP, A_KERNEL_TEXT, A_MODULES, A_VSYSCALL, A_TOP,
	A_IP_LOW32, A_BELOW_LSM, A_LSM, A_N
};

FK_CORE_DIM(d_addr, "address", "null", "page0_end", "below_mmap_min",
       "mmap_min", "user", "user_page", "top_user", "task_size_max",
       "before_vmalloc", "vmalloc", "direct_map", "kernel_text", "modules",
       "vsyscall", "top", "ip_low32", "below_lsm_min", "lsm_min");

#if __SIZEOF_LONG__ == 8
#define VSYSCALL	0xffffffffff600000UL
#define LP64_ONLY	((1ULL << A_VSYSCALL) | (1ULL << A_IP_LOW32))
#else
#define VSYSCALL	0UL
#define LP64_ONLY	0ULL
#endif

/* a second floor (an LSM's) only where it differs from mmap_min_addr */
#define LSM_FLOOR	((1ULL << A_BELOW_LSM) | (1ULL << A_LSM))

/* The kernel text the kernel-mode faults run at, and its low half. */
#define KIP		(FK_STEXT + 0x4321)

static unsigned long addr_value(int c)
{
	switch (c) {
	case A_NULL:		return 0;
	case A_PAGE0_END:	return PAGE_SIZE - 1;
	case A_BELOW_MIN:	return FK_MMAP_MIN_ADDR - 1;
	case A_MIN:		return FK_MMAP_MIN_ADDR;
	case A_USER:		return DATA_START + 0x123;
	case A_USER_PAGE:	return DATA_START;
	case A_TOP_USER:	return TASK_SIZE_MAX - 1;
	case A_TASK_SIZE_MAX:	return TASK_SIZE_MAX;
	case A_BEFORE_VMALLOC:	return VMALLOC_START - 1;
	case A_VMALLOC:		return VMALLOC_START + 0x10000;
	case A_DIRECT_MAP:	return FK_KADDR;
	case A_KERNEL_TEXT:	return FK_STEXT + 0x1000;
	case A_MODULES:		return MODULES_VADDR + 0x1000;
	case A_VSYSCALL:	return VSYSCALL;
	case A_TOP:		return ~0UL & PAGE_MASK;
	case A_BELOW_LSM:	return FK_LSM_MMAP_MIN_ADDR - 1;
	case A_LSM:		return (FK_LSM_MMAP_MIN_ADDR + PAGE_SIZE - 1) & PAGE_MASK;
	default:		return KIP & 0xffffffffUL;
	}
}

static int pick(const struct fk_dim *d, unsigned long long legal)
{
	return fk_choose(d, legal);
}

static int bit(const struct fk_dim *d, unsigned long mask)
{
	return pick(d, (FK_CPU_PF_BITS & mask) ? 3 : 1) ? (int)mask : 0;
}

enum { R_USER, R_KDATA, R_KOTHER, R_VSYSCALL };

/* d_vsyscall's values, in its order */
static const enum fk_vsyscall vsyscall_modes[] = { FK_VSYSCALL_ORDER };

enum fk_vsyscall fk_x86_vsyscall(void)
{
	return w.in->vsyscall ? w.in->vsyscall : vsyscall_modes[0];
}

/* The region of each address class (d_region). */
static int region_of(int c)
{
	switch (c) {
	case A_TASK_SIZE_MAX: case A_BEFORE_VMALLOC: case A_MODULES: case A_TOP:
		return R_KOTHER;
	case A_VMALLOC: case A_DIRECT_MAP: case A_KERNEL_TEXT:
		return R_KDATA;
	case A_VSYSCALL:
		return R_VSYSCALL;
	default:
		return R_USER;
	}
}

/*
 * What the CPU pushed: the mode (and its privilege level), the address
 * (and its region), then the error code bit by bit (the list of what
 * cannot happen sees each bit as it is chosen, after what it depends
 * on), and what the mode brings: sp for a user fault, IF and the mm for
 * a kernel one. An instruction fetch faults at its own ip.
 */
static void choose_fault(struct fk_in *in)
{
	int c;

	in->mode = (enum fk_mode)pick(&d_mode, sizeof(long) == 4 ? 15 : 7);
	pick(&d_cpl, in->mode == KERNEL ? 2 : 1);
	c = pick(&d_addr, FK_ALL(A_N) & ~(sizeof(long) == 4 ? LP64_ONLY : 0) &
		 ~(FK_LSM_MMAP_MIN_ADDR == FK_MMAP_MIN_ADDR ? LSM_FLOOR : 0));
	in->address = addr_value(c);
	pick(&d_region, 1ULL << region_of(c));
	if (c == A_VSYSCALL)
		in->vsyscall = vsyscall_modes[pick(&d_vsyscall,
						   FK_VSYSCALL_LEGAL)];
	/*
	 * one at a time, in this order: what the access was (write, fetch,
	 * shadow stack) before U/S, which a kernel-mode fault sets only for
	 * a shadow-stack write and an implicit one never for a fetch
	 */
	in->ec = bit(&d_prot, FK_PF_PROT);
	in->ec |= bit(&d_write, FK_PF_WRITE);
	in->ec |= bit(&d_instr, FK_PF_INSTR);
	in->ec |= bit(&d_shstk, FK_PF_SHSTK);
	in->ec |= bit(&d_user, FK_PF_USER);
	in->ec |= bit(&d_rsvd, FK_PF_RSVD);
	in->ec |= bit(&d_pk, FK_PF_PK);
	in->ec |= bit(&d_sgx, FK_PF_SGX);
	/* a PK fault had CR4.PKE on and PKRU denying a key, read or not
	 * (fk_x86_ospke() and fk_x86_pkru() choose again if asked) */
	if (in->ec & FK_PF_PK) {
		in->ospke = 1;
		in->pkru = 1u << 10;
	}
	in->ip = in->mode == KERNEL ? KIP : USER_IP;
	if (in->ec & FK_PF_INSTR)
		in->ip = in->address;
	in->no_mm = pick(&d_nomm, 3);
	if (in->mode == KERNEL) {
		in->sp = FK_KADDR + 0x8000;
		in->irqs_off = pick(&d_irqs, 3);
		in->ac = pick(&d_ac, FK_CPU_SMAP ? 3 : 1);
		return;
	}
	/* sp decides only where a kernel still checks the cushion */
	switch (pick(&d_sp, FK_STACK_CUSHION ? 7 : 1)) {
	case 0:
		in->sp = in->address + 8;
		break;
	case 1:
		in->sp = in->address + FK_CUSHION;
		break;
	default:
		in->sp = in->address + FK_CUSHION + 1;
	}
}

/* ---- chosen where the world is asked ------------------------------------ */

FK_DIM(d_vma, "vma", "first_page", "none", "last_page", "page_above",
       "far_above");
FK_DIM(d_flags, "vma.prot", "rw", "r", "none", "w", "x", "rx", "wx", "rwx");
FK_DIM(d_grows, "vma.growsdown", "0", "1");
FK_DIM(d_pkey, "vma.pkey", "0", "5");
#if defined(VM_SHADOW_STACK) && VM_SHADOW_STACK
/* a shadow stack (map_shadow_stack(), or the kernel's for a thread) */
FK_DIM(d_shstk_vma, "vma.shstk", "0", "1");
#endif
FK_DIM(d_prev, "prev", "none", "abutting", "page_away", "in_guard_gap",
       "at_guard_gap", "far");
FK_DIM(d_prevprot, "prev.prot", "rw", "none", "growsdown");
FK_DIM(d_rlimit, "rlimit_stack", "default", "stack", "stack-page", "bias",
       "bias-page");
FK_DIM(d_contended, "contended", "0", "1");
FK_DIM(d_extable, "extable", "none", "fixup", "relative");
FK_DIM(d_kmap, "kmap", "absent", "rw", "ro", "nx", "rw_unsynced",
       "large_rw", "large_ro", "pmd_ro", "huge_rw", "no_pud", "no_pmd",
       "no_pte");
FK_DIM(d_atomic, "atomic", "0", "1");
FK_DIM(d_sigkill, "sigkill", "none", "before", "hmf1", "hmf2");
FK_DIM(d_unlocked, "unlocked", "nothing", "unmapped", "mprotect_none",
       "unmapped_part");
FK_DIM(d_unlocked_writer, "unlocked.writer", "gone", "holds");
FK_DIM(d_sigpending, "sigpending", "0", "1");
/* kdump's crash kernel and panic_on_oops: the profile's defaults first */
FK_DIM(d_crash, "crash_kernel", FK_CRASH_KERNEL_LABELS);
FK_DIM(d_panic, "panic_on_oops", FK_PANIC_ON_OOPS_LABELS);
/* the task: as most are, with a SIGSEGV handler, init, or ptraced */
FK_DIM(d_task, "task", "plain", "handler", "init", "ptraced");
FK_DIM(d_insn, "insn", "nop", "prefetch", "prefetchw", "0f_other",
       "seg_prefetch", "rex_prefetch", "opsize_prefetch", "lock_prefetch",
       "14_prefixes_prefetch", "15_prefixes_prefetch", "unreadable",
       "unreadable_next");
FK_DIM(d_cpu, "cpu", "intel", "amd_k8");
FK_DIM(d_smap, "cpu.smap", "on", "off");
FK_DIM(d_ospke, "cpu.ospke", "off", "on");
FK_DIM(d_pkru, "cpu.pkru", "all", "key5_no_access", "key5_no_write");

static int decided;	/* bit per lazy input below */

enum { L_VMA = 1, L_PREV = 2, L_CONTENDED = 4, L_EXTABLE = 8, L_KMAP = 16,
       L_ATOMIC = 32, L_SIGKILL = 64, L_SIGPENDING = 128, L_HANDLER = 256,
       L_INSN = 512, L_CPU = 1024, L_SMAP = 2048, L_OSPKE = 4096,
       L_PKRU = 8192, L_UNLOCKED = 16384, L_CRASH = 32768,
       L_PANIC = 65536 };

/* First time asked, while exploring: 1 (the caller chooses), else 0. */
static int first(int what)
{
	if (!fk_exploring || (decided & what))
		return 0;
	decided |= what;
	return 1;
}

static const unsigned long prot_flags[] = {
	VM_READ | VM_WRITE, VM_READ, 0, VM_WRITE, VM_EXEC, VM_READ | VM_EXEC,
	VM_WRITE | VM_EXEC, VM_READ | VM_WRITE | VM_EXEC,
};

static void link_vmas(void)
{
	struct vm_area_struct *prev = NULL;
	int i;

	w.mm.mmap = NULL;
	for (i = 0; i < FK_NVMAS; i++) {
		struct vm_area_struct *v = &w.vma[i];

		if (!xin.vmas[i].end)
			continue;
		if (prev)
			prev->vm_next = v;
		else
			w.mm.mmap = v;
		v->vm_next = NULL;
		prev = v;
	}
}

static void place(int slot, unsigned long start, unsigned long end,
		  unsigned long flags, const char *name)
{
	struct vm_area_struct *v = &w.vma[slot];

	xin.vmas[slot] = (struct fk_vma){ .start = start, .end = end,
					  .flags = flags, .name = name };
	v->vm_mm = &w.mm;
	v->vm_start = start;
	v->vm_end = end;
	v->vm_flags = flags;
	v->vm_pgoff = start >> PAGE_SHIFT;
	fk_name('p', (unsigned long)v, name);
	link_vmas();
}

/* Where the vma find_vma() finds lies, for each class: [start, end). */
static int vma_span(int c, unsigned long a, unsigned long *s,
		    unsigned long *e)
{
	unsigned long p = a & PAGE_MASK, top = TASK_SIZE_MAX;

	switch (c) {
	case 0: *s = p; *e = p + 2 * PAGE_SIZE; break;
	case 2: *s = p - PAGE_SIZE; *e = p + PAGE_SIZE; break;
	case 3: *s = p + PAGE_SIZE; *e = p + 3 * PAGE_SIZE; break;
	/* far enough that growing to the address passes a stack bias */
	default: *s = p + 17 * PAGE_SIZE;
		*e = p + 49 * PAGE_SIZE + FK_STACK_BIAS; break;
	}
	/* no vma below mmap_min_addr, none past the user space */
	return p + 49 * PAGE_SIZE + FK_STACK_BIAS > p && *e <= top &&
	       (c != 2 || p >= PAGE_SIZE) && *s >= FK_MMAP_MIN_ADDR;
}

/*
 * The vmas, when the mm is first asked: none above the address, or one
 * holding it or above it, with its protections, and whether it grows
 * down. In a row, they are the row's.
 */
void fk_x86_layout(void)
{
	unsigned long long legal = 1ULL << 1;
	unsigned long s, e, flags;
	int c, i;

	if (!first(L_VMA))
		return;
	for (i = 0; i < d_vma.n; i++)
		if (i != 1 && xin.address < TASK_SIZE_MAX &&
		    vma_span(i, xin.address, &s, &e))
			legal |= 1ULL << i;
	c = pick(&d_vma, legal);
	if (c == 1)
		return;
	vma_span(c, xin.address, &s, &e);
	flags = prot_flags[pick(&d_flags, FK_ALL(8))];
	if (pick(&d_grows, 3))
		flags |= VM_GROWSDOWN;
#if defined(VM_SHADOW_STACK) && VM_SHADOW_STACK
	/* only a shadow-stack access or a write is told apart by it (6.12's
	 * access_error()): a read or a fetch meets its protections alone */
	if (pick(&d_shstk_vma, xin.ec & (FK_PF_SHSTK | FK_PF_WRITE) ? 3 : 1))
		flags |= VM_SHADOW_STACK;
#endif
#ifdef VM_PKEY_SHIFT
	if (pick(&d_pkey, FK_CPU_PKU ? 3 : 1))
		flags |= 5UL << VM_PKEY_SHIFT;
#endif
	place(1, s, e, flags, "[vma]");
#ifdef VM_PKEY_SHIFT
	xin.vmas[1].pkey = (int)(flags >> VM_PKEY_SHIFT & 0xf);
#endif
}

/* The class of the vma below, relative to where @vma starts (or will). */
static unsigned long prev_end(int c, unsigned long start)
{
	switch (c) {
	case 1: return start;
	case 2: return start - PAGE_SIZE;
	case 3: return start - GAP + PAGE_SIZE;
	case 4: return start - GAP;
	default: return start - 2 * GAP;
	}
}

/*
 * The vma below @vma, when a rule first looks at it. Its end is placed
 * relative to @start, the lowest address the rule cares for (where the
 * stack would grow to, or the vma's own start).
 */
struct vm_area_struct *fk_x86_prev(struct vm_area_struct *vma,
				   unsigned long start)
{
	static const unsigned long pflags[] = {
		VM_READ | VM_WRITE, 0, VM_READ | VM_WRITE | VM_GROWSDOWN,
	};
	struct vm_area_struct *p;
	unsigned long long legal = 1;
	int c, i;

	if (first(L_PREV) && vma == &w.vma[1]) {
		start &= PAGE_MASK;
		for (i = 1; i < d_prev.n; i++)
			if (prev_end(i, start) <= start &&
			    prev_end(i, start) >= FK_MMAP_MIN_ADDR + PAGE_SIZE)
				legal |= 1ULL << i;
		c = pick(&d_prev, legal);
		if (c)
			place(0, prev_end(c, start) - PAGE_SIZE,
			      prev_end(c, start), pflags[pick(&d_prevprot, 7)],
			      "[prev]");
	}
	for (p = vma->vm_mm->mmap; p && p->vm_next != vma; p = p->vm_next)
		;
	return p;
}

/*
 * RLIMIT_STACK, when a stack is about to grow to @size bytes: the
 * profile's default (FK_STK_LIM), or at and a page below that size,
 * with and without the profile's stack bias (FK_STACK_BIAS: RHEL6's
 * exec-shield, 2 MiB), the latter only where a vma is far enough above
 * the address to pass it.
 */
unsigned long fk_x86_rlimit(unsigned long size)
{
	const unsigned long bias = FK_STACK_BIAS;
	unsigned long long legal = 7;

	if (fk_exploring && !xin.rlimit_stack) {
		if (bias && size >= bias + PAGE_SIZE)
			legal |= 24;
		switch (pick(&d_rlimit, legal)) {
		case 1: xin.rlimit_stack = size; break;
		case 2: xin.rlimit_stack = size - PAGE_SIZE; break;
		case 3: xin.rlimit_stack = size - bias; break;
		case 4: xin.rlimit_stack = size - bias - PAGE_SIZE; break;
		default: xin.rlimit_stack = FK_STK_LIM;
		}
	}
	return w.in->rlimit_stack ? w.in->rlimit_stack : FK_STK_LIM;
}

/*
 * Another thread holds the mm lock, when the fault first tries it (a
 * retry may find the lock held already: fk_x86_unlocked()).
 */
void fk_x86_contention(struct rw_semaphore *lock)
{
	if (first(L_CONTENDED) && (xin.contended = pick(&d_contended, 3)))
		lock->contended = 1;
}

/*
 * The exception table, when first searched: an entry for @ip or not. The
 * kernel has entries for its own text and its modules' only: an ip
 * anywhere else (user code, a kernel fetch from data) finds none.
 */
void fk_x86_extable(unsigned long ip)
{
	unsigned long key = fk_extable_key(ip);
	int c;

	if (!first(L_EXTABLE) || !fk_kernel_text(key))
		return;
	c = pick(&d_extable, FK_REL_FIXUP ? 7 : 3);
	if (c)
		xin.extable[0] = (struct exception_table_entry){
			key, c == 2 ? 4 : FK_STEXT + 0x9000 };
}

/* The kernel page tables around @address, when first walked. */
static void choose_kmap(unsigned long address)
{
	static const unsigned int prot[] = {
		0, KM_PRESENT | KM_SYNCED | KM_WRITE | KM_EXEC,
		KM_PRESENT | KM_SYNCED | KM_EXEC,
		KM_PRESENT | KM_SYNCED | KM_WRITE,
		KM_PRESENT | KM_WRITE | KM_EXEC,
		KM_PRESENT | KM_SYNCED | KM_LARGE | KM_WRITE | KM_EXEC,
		KM_PRESENT | KM_SYNCED | KM_LARGE | KM_EXEC,
		KM_PRESENT | KM_SYNCED | KM_PMD_RO | KM_WRITE | KM_EXEC,
		KM_PRESENT | KM_SYNCED | KM_HUGE | KM_WRITE | KM_EXEC,
		KM_PRESENT | KM_SYNCED | KM_NO_PUD,
		KM_PRESENT | KM_SYNCED | KM_NO_PMD,
		KM_PRESENT | KM_SYNCED | KM_NO_PTE,
	};
	int c = pick(&d_kmap, address < TASK_SIZE_MAX ? 1 : FK_KMAP_CLASSES);

	if (!c)
		return;
	xin.kmaps[0] = (struct fk_kmap){ address & PAGE_MASK,
					 (address & PAGE_MASK) + PAGE_SIZE,
					 prot[c] };
	w.kmaps[0] = xin.kmaps[0];
}

struct fk_kmap *fk_kmap_lookup(unsigned long address)
{
	int i;

	if (first(L_KMAP))
		choose_kmap(address);
	for (i = 0; i < FK_NKMAPS; i++)
		if (w.kmaps[i].end && address >= w.kmaps[i].start &&
		    address < w.kmaps[i].end)
			return &w.kmaps[i];
	return NULL;
}

/* in_atomic(), or pagefaults disabled, when first asked. */
int fk_x86_atomic(void)
{
	if (first(L_ATOMIC))
		xin.atomic = pick(&d_atomic, 3);
	if (w.in->atomic && w.in->mode != KERNEL && !w.atomic_told++)
		fk_violation("row: a user-mode fault is never in_atomic() (preempt_count is 0 on entry from user mode)");
	return w.in->atomic;
}

/*
 * When a fatal signal arrives: decided the first time anything asks (a
 * fatal_signal_pending(), a killable wait, handle_mm_fault()), so
 * "before" is seen by that first look.
 */
static void choose_sigkill(unsigned long long legal)
{
	if (!first(L_SIGKILL))
		return;
	xin.sigkill = (enum fk_sigkill)pick(&d_sigkill, legal);
	if (xin.sigkill == SIGKILL_BEFORE)
		w.task.sigkill_pending = 1;
}

void fk_x86_sigkill(void)
{
	choose_sigkill(15);
}

/* ... first asked where no handle_mm_fault() can follow: none or before */
void fk_x86_sigkill_final(void)
{
	choose_sigkill(3);
}

/*
 * handle_mm_fault() is entered: every profile's model says so first.
 * It may sleep, so a fault whose context had irqs on (user mode, or a
 * kernel context with IF set) has them on again by now: every x86 Linux
 * enables them before it takes the mm lock. SIGKILL may arrive while it
 * sleeps (the sigkill input).
 */
void fk_x86_hmf_enter(void)
{
	int call = ++w.hmf_calls;

	fk_x86_sigkill();
	if ((w.in->sigkill == SIGKILL_IN_HMF1 && call == 1) ||
	    (w.in->sigkill == SIGKILL_IN_HMF2 && call == 2))
		w.task.sigkill_pending = 1;
	if ((w.in->mode != KERNEL || !w.in->irqs_off) && !w.irqs_enabled)
		fk_violation("a fault whose context had irqs on reached handle_mm_fault with irqs off");
}

/*
 * A signal is forced on the task (every profile's force_sig fakes say
 * so): only for a fault taken in user mode, whose handler has turned
 * irqs on before it sends one (__bad_area_nosemaphore, do_sigbus).
 */
void fk_x86_signal(void)
{
	if (!w.irqs_enabled)
		fk_violation("a signal forced with irqs off");
}

/*
 * The first time handle_mm_fault() drops the mm lock to answer RETRY,
 * what another thread did meanwhile to the vma it was given: nothing,
 * unmapped it, or made it PROT_NONE. The retry's find_vma() sees it.
 */
void fk_x86_unlocked(struct vm_area_struct *vma)
{
	unsigned long above = (w.in->address & PAGE_MASK) + PAGE_SIZE;
	struct vm_area_struct **p;

	if (first(L_UNLOCKED)) {
		/* a part of the vma can stay only if it reaches past the
		 * address's page */
		xin.unlocked = (enum fk_unlocked)pick(&d_unlocked,
			above < vma->vm_end ? 15 : 7);
		xin.unlocked_writer = pick(&d_unlocked_writer, 3);
	}
	if (w.unlocked_seen++)
		return;
	if (w.in->unlocked_writer) {
		FK_MM_LOCK(vma->vm_mm)->contended = 1;
		fk_detail("the writer still holds the lock");
	}
	switch (w.in->unlocked) {
	case UNLOCKED_UNMAPPED_PART:
		if (above >= vma->vm_end) {
			fk_violation("row: no part of the vma above the address's page to leave");
			break;
		}
		vma->vm_pgoff += (above - vma->vm_start) >> PAGE_SHIFT;
		vma->vm_start = above;
		fk_detail("meanwhile another thread unmapped the vma up to the address's page");
		break;
	case UNLOCKED_UNMAPPED:
		for (p = &vma->vm_mm->mmap; *p; p = &(*p)->vm_next)
			if (*p == vma) {
				*p = vma->vm_next;
				break;
			}
		fk_detail("meanwhile another thread unmapped the vma");
		break;
	case UNLOCKED_MPROTECT_NONE:
		vma->vm_flags &= ~(VM_READ | VM_WRITE | VM_EXEC);
		fk_detail("meanwhile another thread made the vma PROT_NONE");
		break;
	default:
		break;
	}
}

int fk_x86_sigpending(void)
{
	if (first(L_SIGPENDING))
		xin.sigpending = pick(&d_sigpending, 3);
	return w.in->sigpending;
}

/*
 * The task, when first asked (unhandled_signal(), kexec_should_crash()):
 * one input with the values that tell the answers apart.
 */
static void choose_task(void)
{
	if (!first(L_HANDLER))
		return;
	switch (pick(&d_task, 15)) {
	case 1: xin.handler = 1; break;
	case 2: xin.global_init = 1; break;
	case 3: xin.ptraced = 1; break;
	default: break;
	}
}

int fk_x86_handler(void)
{
	choose_task();
	return w.in->handler;
}

int fk_x86_global_init(void)
{
	choose_task();
	return w.in->global_init;
}

int fk_x86_ptraced(void)
{
	choose_task();
	return w.in->ptraced;
}

static const enum fk_crash_kernel crash_order[] = { FK_CRASH_KERNEL_ORDER };
static const enum fk_panic_on_oops panic_order[] = { FK_PANIC_ON_OOPS_ORDER };

int fk_x86_panic_on_oops(int choose)
{
	if (choose && first(L_PANIC))
		xin.panic_on_oops = panic_order[pick(&d_panic, 3)];
	return (w.in->panic_on_oops ? w.in->panic_on_oops : panic_order[0]) ==
	       PANIC_ON_OOPS;
}

/*
 * kexec_should_crash(): in_interrupt() (not an input: a fault the space
 * makes is never taken in an interrupt handler), the idle task (never
 * faults here), init, or panic_on_oops; crash_kexec() then boots the
 * crash kernel if one is loaded, and never returns.
 */
int fk_x86_crash_kexec(int choose)
{
	int loaded;

	if (!FK_HAS_KEXEC)
		return 0;
	if (choose && first(L_CRASH))
		xin.crash_kernel = crash_order[pick(&d_crash, 3)];
	loaded = (w.in->crash_kernel ? w.in->crash_kernel : crash_order[0]) ==
		 CRASH_LOADED;
	if (!loaded)
		return 0;
	if (choose)
		choose_task();
	return w.in->global_init || fk_x86_panic_on_oops(choose);
}

int fk_x86_amd_k8(void)
{
	if (first(L_CPU))
		xin.amd_k8 = pick(&d_cpu, 3);
	return w.in->amd_k8;
}

/* The CPU's features, when the kernel first looks at them. */
int fk_x86_smap(void)
{
	if (first(L_SMAP))
		xin.no_smap = pick(&d_smap, FK_CPU_SMAP ? 3 : 2);
	return !w.in->no_smap;
}

int fk_x86_ospke(void)
{
	if (first(L_OSPKE))
		xin.ospke = pick(&d_ospke, FK_CPU_PKU ? 3 : 1);
	return w.in->ospke;
}

/* PKRU: all keys open, or key 5 (the vmas') closed to access or write */
unsigned int fk_x86_pkru(void)
{
	static const unsigned int pkru[] = { 0, 1u << 10, 2u << 10 };

	if (first(L_PKRU))
		xin.pkru = pkru[pick(&d_pkru, 7)];
	return w.in->pkru;
}

/* Instruction bytes at ip, by class, when the first byte is read. */
static void choose_insn(void)
{
	static const unsigned char tail[] = { 0x0f, 0x18, 0x08 };
	unsigned char *b = xin.insn;
	int c = pick(&d_insn, FK_ALL(12)), i;

	memset(b, 0x90, sizeof(xin.insn));
	switch (c) {
	case 1: memcpy(b, tail, 3); break;
	case 2: memcpy(b, "\x0f\x0d\x08", 3); break;
	case 3: memcpy(b, "\x0f\x05", 2); break;
	case 4: b[0] = 0x2e; memcpy(b + 1, tail, 3); break;
	case 5: b[0] = 0x48; memcpy(b + 1, tail, 3); break;
	case 6: b[0] = 0x66; memcpy(b + 1, tail, 3); break;
	case 7: b[0] = 0xf0; memcpy(b + 1, tail, 3); break;
	case 8:
	case 9:
		for (i = 0; i < c + 5; i++)
			b[i] = 0x66;
		memcpy(b + c + 5, tail, 3);
		break;
	case 10: xin.insn_unmapped = 1; break;
	case 11: b[0] = 0x0f; xin.insn_unmapped = 2; break;
	default: break;
	}
}

/* A byte of the instruction at ip; -1 where it cannot be read. */
int fk_x86_insn_byte(unsigned long addr, unsigned char *val)
{
	unsigned long off = addr - w.in->ip;

	if (first(L_INSN))
		choose_insn();
	if (addr < w.in->ip || off >= sizeof(w.in->insn))
		return -1;
	if (w.in->insn_unmapped && off >= (unsigned long)
	    (w.in->insn_unmapped - 1))
		return -1;
	*val = w.in->insn[off];
	return 0;
}

/*
 * A collaborator's answer: the row's script in a row; exploring, one of
 * @values (the legal ones, @legal; index 0 is the model's own @rule),
 * chosen at each call and written down as the row's script would be.
 */
long fk_x86_answer(const struct fk_dim *d, unsigned long long legal,
		   const long *values, long rule)
{
	const struct fk_fake *f = fk_current();
	long v;
	int i;

	if (!fk_exploring)
		return fk_scripted_or(rule);
	v = values[pick(d, legal)];
	for (i = 0; i < FK_MAX_SCRIPTS && xscript[i].fn &&
	     strcmp(xscript[i].fn, f->name); i++)
		;
	if (i < FK_MAX_SCRIPTS && xscript[i].n < FK_MAX_SEQ) {
		xscript[i].fn = f->name;
		xscript[i].v[xscript[i].n++] = v;
	}
	return v;
}

long fk_x86_either(const struct fk_dim *d, long rule)
{
	static const long values[] = { 0, 1 };

	return fk_x86_answer(d, 3, values, rule);
}

/*
 * A yes-or-no collaborator asked where the kernel's answers no: 0, never
 * offered; a row that scripts yes breaks a rule saying @why.
 */
long fk_x86_no(const char *why)
{
	if (fk_scripted_or(0))
		fk_violation("%s: %s", fk_current()->name, why);
	return 0;
}

/* ---- the explorer's row ---------------------------------------------------- */

void fk_x86_explore_row(struct fk_row *row)
{
	memset(&xin, 0, sizeof(xin));
	memset(xscript, 0, sizeof(xscript));
	memset(row, 0, sizeof(*row));
	decided = 0;
	row->name = "explore";
	row->in = &xin;
}

/* Called from the world's set-up: exploring, the fault is chosen now. */
void fk_x86_explore_fault(void)
{
	if (fk_exploring)
		choose_fault(&xin);
}
