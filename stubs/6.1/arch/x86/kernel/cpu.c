// SPDX-License-Identifier: GPL-2.0
/*
 * The CPU of a row: features behind static keys (SMAP, OSPKE), the vendor
 * (AMD K8 errata), PKRU, control registers. Not calls: the kernel reads
 * them inline.
 */
#include <linux/sched.h>
#include <asm/cpufeature.h>
#include <asm/mmu_context.h>
#include <asm/desc.h>
#include <asm/traps.h>

#include <fk_x86.h>

struct user_namespace init_user_ns;

/* The vendor and family: an AMD K8 before NPT, or an Intel. */
struct cpuinfo_x86 *fk61_boot_cpu(void)
{
	static struct cpuinfo_x86 cpu;

	if (fk_x86_amd_k8())
		cpu = (struct cpuinfo_x86){ 0xf, X86_VENDOR_AMD, 0x20 };
	else
		cpu = (struct cpuinfo_x86){ 6, 0, 0 };
	return &cpu;
}

/* (the name in parentheses: a later series may make it a macro) */
bool (cpu_feature_enabled)(int feature)
{
	switch (feature) {
	case X86_FEATURE_SMAP:
		return fk_x86_smap();
	case X86_FEATURE_OSPKE:
		return fk_x86_ospke();
#ifdef X86_FEATURE_FRED
	case X86_FEATURE_FRED:		/* a later series' input (v6.9) */
		return w.in->fred;
#endif
	default:
		return false;
	}
}

/* arch/x86/include/asm/pkru.h: 0 when the OS has not enabled pkeys. */
u32 read_pkru(void)
{
	return cpu_feature_enabled(X86_FEATURE_OSPKE) ? fk_x86_pkru() : 0;
}

unsigned long __read_cr4(void)
{
	return X86_CR4_SMEP;
}

int topology_core_id(int cpu)
{
	return cpu;
}

int topology_physical_package_id(int cpu)
{
	return cpu;
}

int raw_smp_processor_id(void)
{
	return 0;
}

kuid_t current_uid(void)
{
	return (kuid_t){ 1000 };
}

unsigned int from_kuid(struct user_namespace *ns, kuid_t uid)
{
	return uid.val;
}

void store_idt(struct desc_ptr *dtr)
{
	dtr->size = 0xfff;
	dtr->address = 0xfffffe0000000000UL;
}

void native_store_gdt(struct desc_ptr *dtr)
{
	dtr->size = 0x7f;
	dtr->address = 0xfffffe0000001000UL;
}

void handle_invalid_op(struct pt_regs *regs)
{
}

bool idt_is_f00f_address(unsigned long address)
{
	return false;
}
