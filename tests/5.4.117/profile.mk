# SPDX-License-Identifier: GPL-2.0
# The 5.4.117 profile: 5.4.117 to 5.4.277, before 02b670c1f88e ("x86/mm:
# Remove broken vsyscall emulation code from the page fault code", v6.9)
# reached 5.4.y in 5.4.278. It is the 5.4 profile with no_context()'s
# sig_on_uaccess_err check after a fixup, which the model never reaches
# (emulate_vsyscall() is a leaf that never faults:
# tests/6.1.37/branches-vsyscall-signal.txt). 5.4.117 is the oldest
# 5.4.y read; FAULT_C= an older sublevel's file picks it by what the
# file uses.
# Its own file, without KSRC=: the 5.4 profile's with
# tests/5.4.117/before-02b670c1f88e.diff, 5.4.117 to 5.4.277's fault.c
# byte for byte.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file entered at the three-argument do_page_fault() that
# still signals for the vsyscall emulation.
# (sig_on_uaccess_err is what its kernels' files have, not what its shim
# needs: it runs the next era's file too, so make regress crosses into it.)
PICK.5.4.117.versions := 5.4.117..5.4.277
PICK.5.4.117.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code, unsigned long address\)
PICK.5.4.117.needs += \<no_context\(
PICK.5.4.117.needs += \<do_kern_addr_fault\(
PICK.5.4.117.needs += \<down_read_trylock\(&mm->mmap_sem\)
PICK.5.4.117.has += \<sig_on_uaccess_err\>

PROFILE_BASE += 5.4
MADE_SHA256 := c58debce3ad315153bd9c6b8200e2952d53ac3d3c4577e4f7111a2b6bead939d
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/5.4.117)
MADE_PATCHES := tests/5.4.117/before-02b670c1f88e.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),5.4.117 to 5.4.277's fault.c)
include tests/5.4/profile.mk
