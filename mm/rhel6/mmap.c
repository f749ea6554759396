// SPDX-License-Identifier: GPL-2.0
/*
 * Model of mm/mmap.c: the vma list, find_vma() and expand_stack(), with
 * the rules of 2.6.32 (no stack guard gap yet).
 */
#include <stdio.h>

#include <linux/sched.h>

#include <fk_x86.h>

#define EPERM	1
#define ENOMEM	12
#define EACCES	13
#define MMAP_MIN_ADDR	FK_MMAP_MIN_ADDR

static void need_mmap_sem(struct mm_struct *mm, const char *who)
{
	if (!mm->mmap_sem.readers)
		fk_violation("%s called without mmap_sem held", who);
}

/* The first vma that ends above @addr, which need not contain it. */
FK_FAKE2(struct vm_area_struct *, find_vma, "p a => p",
	 struct mm_struct *, mm, unsigned long, addr)
{
	struct vm_area_struct *vma;

	need_mmap_sem(mm, "find_vma");
	fk_x86_layout();
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (vma->vm_end > addr)
			break;
	return (struct vm_area_struct *)fk_scripted_or((long)vma);
}

/*
 * RHEL6's exec-shield lets a stack grow EXEC_STACK_BIAS beyond
 * RLIMIT_STACK (over_stack_limit() in its mm/mmap.c): upstream 2.6.32
 * compares the size with the limit itself.
 */
#define EXEC_STACK_BIAS	FK_STACK_BIAS

/* The model says why, in the call's detail: faultkit explain prints it. */
static int over_stack_limit(unsigned long size)
{
	unsigned long limit = fk_x86_rlimit(size);

	if (size >= EXEC_STACK_BIAS && size - EXEC_STACK_BIAS > limit) {
		fk_detail("%lu bytes: past RLIMIT_STACK %lu and its 2 MiB bias",
			  size, limit);
		return 1;
	}
	if (size > limit)
		fk_detail("to %lu bytes: past RLIMIT_STACK %lu, within its 2 MiB bias",
			  size, limit);
	else
		fk_detail("to %lu bytes: within RLIMIT_STACK %lu", size, limit);
	return 0;
}

FK_DIM(d_selinux, "selinux", "enforcing", "off");
FK_DIM(d_rawio, "cap_sys_rawio", "0", "1");

/* SELinux enforcing (RHEL's default), or off: disabled, permissive, or a
 * domain its policy lets mmap_zero */
static int selinux_denies(void)
{
	struct fk_in *in = (struct fk_in *)w.in;

	if (fk_exploring && !in->selinux_off)
		in->selinux_off = fk_choose(&d_selinux, 3);
	return !in->selinux_off;
}

static int cap_sys_rawio(void)
{
	struct fk_in *in = (struct fk_in *)w.in;

	if (fk_exploring && !in->cap_sys_rawio)
		in->cap_sys_rawio = fk_choose(&d_rawio, 3);
	return in->cap_sys_rawio;
}

/*
 * security_file_mmap(NULL, 0, 0, 0, address, 1), which expand_downwards()
 * asks for the page the stack grows to: SELinux's selinux_file_mmap()
 * first (security/selinux/hooks.c): below CONFIG_LSM_MMAP_MIN_ADDR the
 * domain needs memprotect:mmap_zero, which RHEL's targeted policy does
 * not grant (-EACCES); then commoncap's cap_file_mmap(): below
 * dac_mmap_min_addr (vm.mmap_min_addr) CAP_SYS_RAWIO (-EPERM).
 */
static int security_file_mmap_addr(unsigned long address)
{
	if (address < FK_LSM_MMAP_MIN_ADDR && selinux_denies()) {
		fk_detail("below SELinux's floor %lu: mmap_zero denied",
			  FK_LSM_MMAP_MIN_ADDR);
		return -EACCES;
	}
	if (address < MMAP_MIN_ADDR && !cap_sys_rawio()) {
		fk_detail("below mmap_min_addr %lu without CAP_SYS_RAWIO",
			  MMAP_MIN_ADDR);
		return -EPERM;
	}
	return 0;
}

/*
 * expand_downwards(): page-align, ask the security hooks, refuse to
 * grow past the stack limit, else really lower vm_start.
 */
static int expand_rule(struct vm_area_struct *vma, unsigned long address)
{
	int err;

	address &= PAGE_MASK;
	err = security_file_mmap_addr(address);
	if (err)
		return err;
	if (address >= vma->vm_start)
		return 0;
	if (over_stack_limit(vma->vm_end - address))
		return -ENOMEM;
	return 0;
}

FK_FAKE2(int, expand_stack, "p a => errno", struct vm_area_struct *, vma,
	 unsigned long, address)
{
	struct vm_area_struct *prev;
	unsigned long grow;
	char why[96];
	int err;

	need_mmap_sem(vma->vm_mm, "expand_stack");
	if (!(vma->vm_flags & VM_GROWSDOWN))
		fk_violation("expand_stack on a vma without VM_GROWSDOWN");
	err = (int)fk_scripted_or(expand_rule(vma, address));
	if (err || (address & PAGE_MASK) >= vma->vm_start)
		return err;
	prev = fk_x86_prev(vma, address);
	if (prev && prev->vm_end > (address & PAGE_MASK))
		fk_violation("expand_stack would overlap the previous vma");
	grow = (vma->vm_start - (address & PAGE_MASK)) >> PAGE_SHIFT;
	vma->vm_pgoff -= grow;
	vma->vm_start = address & PAGE_MASK;
	snprintf(why, sizeof(why), "%s", fk_call_detail());
	fk_detail("grew by %lu pages %s", grow, why);
	return 0;
}
