#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# make test-pick: KSRC= alone and FAULT_C= alone pick the profile, on
# small trees made here (a Makefile, a Makefile.rhelver, a fault.c
# holding what a profile needs, or what it must not hold): the profile
# each gets and what is said, every refusal with its one message (the
# make that reads it exits 2 before anything is built), KERNEL=
# overriding the choice but not what a shim needs, and RHEL's versions
# read from either file. Nothing is compiled: a few seconds.
set -eu
# its makes are a user's, not make test's sub-makes (which say nothing)
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES
o=${1:-build}
t=$o/pick-selftest
rm -rf "$t"
mkdir -p "$t"
fail=0
n=0
pick=tests/kernels/pick.sh

say() { echo "selftest-pick: $*"; }
bad() { say "FAILED: $*"; fail=1; }

# tree DIR "VERSION PATCHLEVEL SUBLEVEL [EXTRAVERSION]" LINES [RHEL in Makefile]
#	[RHEL in Makefile.rhelver]: a tree whose fault.c holds LINES
tree() {
	d=$1 lines=$3 in_mk=${4:-} in_ver=${5:-}
	mkdir -p "$d/arch/x86/mm"
	set -- $2 ""
	printf 'VERSION = %s\nPATCHLEVEL = %s\nSUBLEVEL = %s\nEXTRAVERSION = %s\n' \
		"$1" "$2" "$3" "$4" > "$d/Makefile"
	printf '%s\n' "$lines" > "$d/arch/x86/mm/fault.c"
	rhel "$d/Makefile" "$in_mk"
	[ -z "$in_ver" ] || rhel "$d/Makefile.rhelver" "$in_ver"
}

# rhel FILE "MAJOR [MINOR RELEASE]"
rhel() {
	[ -n "$2" ] || return 0
	f=$1
	set -- $2
	echo "RHEL_MAJOR = $1" >> "$f"
	[ $# -lt 2 ] || echo "RHEL_MINOR = $2" >> "$f"
	[ $# -lt 3 ] || echo "RHEL_RELEASE = $3" >> "$f"
}

# expect WHAT PROFILE|- MESSAGE KSRC FAULT_C KERNEL: pick.sh's choice
expect() {
	n=$((n + 1))
	r=$(sh $pick choose "$4" "$5" "$6")
	case $r in
	"$2"|"$2 %% "*) ;;
	*) bad "$1: expected ${2#-}${2%%[!-]*:+a refusal}, got: $r"; return ;;
	esac
	case $r in
	*"$3"*) say "$1: ${r%% *}: $(echo "${r#* %% }" | sed 's/ %% .*//')" ;;
	*) bad "$1: no '$3' in: $r" ;;
	esac
}

# a fault.c like profile $1's kernels' (what it needs and they have)
has() { sh $pick needs "$1"; sh $pick has "$1"; }
r6=$(has rhel6) r68=$(has rhel6.8) r69=$(has rhel6.9) r610=$(has rhel6.10)
r7=$(has rhel7) r79=$(has rhel7.9) r9=$(has rhel9) r810=$(has rhel8.10) r89=$(has rhel8.9) r88=$(has rhel8.8)
r86=$(has rhel8.6) r85=$(has rhel8.5)
l510=$(has 5.10) l510219=$(has 5.10.219) l510214=$(has 5.10.214)
l54=$(has 5.4) l54117=$(has 5.4.117)
l51035=$(has 5.10.35) l515=$(has 5.15) l5153=$(has 5.15.3) l5150=$(has 5.15.0) l61=$(has 6.1) l612=$(has 6.12)
l66=$(has 6.6) l669=$(has 6.6.9) l67=$(has 6.7) l68=$(has 6.8) l69=$(has 6.9)
v612=$(sh $pick list | sed -n 's/^6\.12: //p')
newest=$(sh $pick list | sed -n '$s/:.*//p')

tree "$t/linux-6.1.158" "6 1 158" "$l61"
tree "$t/linux-6.1.55" "6 1 55" "$l61
sig_on_uaccess_err"
tree "$t/linux-6.12-sig-on" "6 12 118" "$l612
sig_on_uaccess_err"
tree "$t/linux-6.1.20" "6 1 20" "exc_page_fault
mmap_read_trylock
sig_on_uaccess_err"
tree "$t/linux-5.15.100" "5 15 100" "exc_page_fault
mmap_read_trylock
sig_on_uaccess_err"
tree "$t/linux-5.15.215" "5 15 215" "$l515"
tree "$t/linux-5.15.170-sig-on" "5 15 170" "$l515
sig_on_uaccess_err"
tree "$t/linux-5.15.180-completed" "5 15 180" "$l515
VM_FAULT_COMPLETED"
printf '%s\n' "$l515" > "$t/fault-5.15.c"
tree "$t/linux-5.15.152" "5 15 152" "$l5153"
tree "$t/linux-5.15.1" "5 15 1" "$l5150"
tree "$t/linux-5.15.1-5153-file" "5 15 1" "$l5153"
printf '%s\n' "$l5150" > "$t/fault-5.15.0.c"
tree "$t/linux-5.15.160" "5 15 160" "exc_page_fault
mmap_read_trylock
sig_on_uaccess_err"
tree "$t/linux-5.4.200" "5 4 200" "$l54117"
tree "$t/linux-5.4.100" "5 4 100" "$l54117"
tree "$t/linux-5.4.290" "5 4 290" "$l54"
tree "$t/linux-5.4.290-old-file" "5 4 290" "$l54117"
printf '%s\n' "$l54" > "$t/fault-5.4.c"
printf '%s\n' "$l54117" > "$t/fault-5.4.117.c"
tree "$t/linux-5.4.250-new-file" "5 4 250" "$l54"
tree "$t/linux-5.4.250-510-file" "5 4 250" "$l51035"
tree "$t/linux-5.10.265" "5 10 265" "$l510"
tree "$t/linux-5.10.230" "5 10 230" "$l510219"
tree "$t/linux-5.10.260-old-file" "5 10 260" "$l510219"
printf '%s\n' "$l510219" > "$t/fault-5.10.219.c"
tree "$t/linux-5.10.216" "5 10 216" "$l510214"
tree "$t/linux-5.10.100" "5 10 100" "$l51035"
tree "$t/linux-5.10.20" "5 10 20" "$l51035"
printf '%s\n' "$l51035" > "$t/fault-5.10.35.c"
tree "$t/linux-5.15.200-510-file" "5 15 200" "$l510"
printf '%s\n' "$l510" > "$t/fault-5.10.c"
tree "$t/linux-6.12.118" "6 12 118" "$l612"
tree "$t/linux-6.10.4" "6 10 4" "$l612"
tree "$t/linux-6.9.4" "6 9 4" "$l612"
tree "$t/linux-6.9.0" "6 9 0" "$l69"
printf '%s\n' "$l69" > "$t/fault-6.9.c"
tree "$t/linux-6.12-reverted" "6 12 118" "exc_page_fault
fred_event_data"
printf 'exc_page_fault\nfred_event_data\n' > "$t/fault-6.12-reverted.c"
tree "$t/linux-99.3" "99 3 0" "$(has "$newest")
$(sh $pick refuses "$newest" | head -1)"
tree "$t/linux-6.8.2" "6 8 2" "$l612"
tree "$t/linux-6.7.3" "6 7 3" "$l67"
tree "$t/linux-6.8.0" "6 8 0" "$l68"
tree "$t/linux-6.8-67-file" "6 8 0" "$l67"
printf '%s\n' "$l67" > "$t/fault-6.7.c"
printf '%s\n' "$l68" > "$t/fault-6.8.c"
tree "$t/linux-6.6.87" "6 6 87" "$l66"
tree "$t/linux-6.6.9" "6 6 9" "$l669"
tree "$t/linux-6.6.87-669-file" "6 6 87" "$l669"
printf '%s\n' "$l669" > "$t/fault-6.6.9.c"
tree "$t/linux-6.6-612-file" "6 6 87" "$l612"
printf '%s\n' "$l66" > "$t/fault-6.6.c"
tree "$t/linux-99.1" "99 1 0 -rc2" "$(has "$newest")"
tree "$t/linux-99.2" "99 2 0" "exc_page_fault"
tree "$t/rhel-6.5" "2 6 32" "$r6" "6 5 431"
tree "$t/rhel-6.8" "2 6 32" "$r68" "6 8 642"
tree "$t/rhel-6.8-old-file" "2 6 32" "$r6" "6 8 642"
tree "$t/rhel-6.6" "2 6 32" "$r6" "6 6 503"
tree "$t/rhel-6.6-z" "2 6 32" "$r68" "6 6 503"
tree "$t/rhel-6.9" "2 6 32" "$r69" "6 9 696"
tree "$t/rhel-6.10" "2 6 32" "$r69" "6 10 754"
tree "$t/rhel-6.10-z" "2 6 32" "$r610" "6 10 754"
tree "$t/rhel-6.11" "2 6 32" "$r610" "6 11 800"
printf '%s\n' "$r68" > "$t/fault-rhel6.8.c"
tree "$t/rhel-6.1" "2 6 32" "$r6" "6 1 131"
tree "$t/rhel-6" "2 6 32" "$r6" "6"
tree "$t/rhel-7.3" "3 10 0" "$r7" "7 3 514"
tree "$t/rhel-7.9" "3 10 0" "$r79" "7 9 1160"
tree "$t/rhel-7.9-old-file" "3 10 0" "$r7" "7 9 1160"
tree "$t/rhel-7.6-new-file" "3 10 0" "$r79" "7 6 957"
tree "$t/rhel-7.9-rhel6-file" "3 10 0" "$r68" "7 9 1160"
tree "$t/rhel-8.3" "4 18 0" "$l61" "" "8 3 240"
tree "$t/rhel-8.10" "4 18 0" "$r810" "" "8 10 553"
tree "$t/rhel-8.10-ga-file" "4 18 0" "$r89" "" "8 10 553"
tree "$t/rhel-8.9" "4 18 0" "$r89" "" "8 9 513"
tree "$t/rhel-8.8" "4 18 0" "$r88" "" "8 8 477"
tree "$t/rhel-8.7" "4 18 0" "$r86" "" "8 7 425"
tree "$t/rhel-8.5" "4 18 0" "$r85" "" "8 5 348"
tree "$t/rhel-8.7-88-file" "4 18 0" "$r88" "" "8 7 425"
printf '%s\n' "$r88" > "$t/fault-rhel8.8.c"
tree "$t/rhel-8.9-z-file" "4 18 0" "$r810" "" "8 9 513"
printf '%s\n' "$r89" > "$t/fault-rhel8.9.c"
tree "$t/rhel-8.10-54-file" "4 18 0" "$l54" "" "8 10 553"
printf '%s\n' "$r810" > "$t/fault-rhel8.10.c"
tree "$t/rhel-9.6" "5 14 0" "$r9" "" "9 6 570"
tree "$t/rhel-9.2-old-file" "5 14 0" "exc_page_fault
sig_on_uaccess_err
lock_mm_and_find_vma" "" "9 2 284"
tree "$t/rhel-9.7" "5 14 0" "$r9" "" "9 7 611"
tree "$t/rhel-9.6-in-makefile" "5 14 0" "$r9" "9 6 570"
printf '%s\n' "$r9" > "$t/fault-rhel9.c"
tree "$t/linux-2.6.32" "2 6 32" "$r6"
tree "$t/linux-6.1.90-rhel6-file" "6 1 90" "$r6
exc_page_fault"
mkdir -p "$t/no-makefile/arch/x86/mm" "$t/no-fault-c" "$t/no-version/arch/x86/mm"
touch "$t/no-makefile/arch/x86/mm/fault.c" "$t/no-version/arch/x86/mm/fault.c"
echo 'NAME = x' > "$t/no-fault-c/Makefile"
echo 'NAME = x' > "$t/no-version/Makefile"
printf '%s\n' "$l612" > "$t/fault-6.12.c"
printf 'int x;\n' > "$t/fault-none.c"

# The tree's version picks the profile, its file confirms it.
expect "6.1.158" 6.1 "is Linux 6.1.158: the 6.1 profile" "$t/linux-6.1.158" "" ""
expect "6.12.118" 6.12 "is Linux 6.12.118: the 6.12 profile" "$t/linux-6.12.118" "" ""
expect "RHEL 6.5" rhel6 "is Linux 2.6.32-431, RHEL 6.5: the rhel6 profile" "$t/rhel-6.5" "" ""
expect "RHEL 6, no minor" rhel6 "RHEL 6: the rhel6 profile" "$t/rhel-6" "" ""
expect "RHEL 6.8" rhel6.8 "is Linux 2.6.32-642, RHEL 6.8: the rhel6.8 profile (RHEL 6.6 to 6.8)" "$t/rhel-6.8" "" ""
expect "RHEL 6.9" rhel6.9 "is Linux 2.6.32-696, RHEL 6.9: the rhel6.9 profile (RHEL 6.9 to 6.10)" "$t/rhel-6.9" "" ""
expect "RHEL 6.10" rhel6.9 "is Linux 2.6.32-754, RHEL 6.10: the rhel6.9 profile" "$t/rhel-6.10" "" ""
# 754.11.1 dropped the stack cushion: its trees go by their file.
expect "RHEL 6.10 without the cushion" rhel6.10 "is Linux 2.6.32-754, RHEL 6.10: the rhel6.10 profile (RHEL 6.10)" "$t/rhel-6.10-z" "" ""
# RHEL 6.6's z-stream took FAULT_FLAG_USER: its trees go by their file.
expect "RHEL 6.6" rhel6 "is Linux 2.6.32-503, RHEL 6.6: the rhel6 profile (RHEL 6.5 to 6.6)" "$t/rhel-6.6" "" ""
expect "RHEL 6.6 z-stream" rhel6.8 "is Linux 2.6.32-503, RHEL 6.6: the rhel6.8 profile" "$t/rhel-6.6-z" "" ""
expect "RHEL 6.8, 6.5's file" - "which the rhel6.8 profile is for (RHEL 6.6 to 6.8), but its fault.c lacks do_page_fault(struct pt_regs *regs, unsigned long error_code), unlike what that profile's shim runs %% (it fits the rhel6 profile: KERNEL=rhel6" "$t/rhel-6.8-old-file" "" ""
expect "FAULT_C=RHEL 6.8's" rhel6.8 "FAULT_C=$t/fault-rhel6.8.c: the rhel6.8 profile, by what the file uses" "" "$t/fault-rhel6.8.c" ""
# Newer than every profile of its family: the newest, with a warning.
expect "RHEL 6.11" rhel6.10 "warning: KSRC=$t/rhel-6.11 is Linux 2.6.32-800, RHEL 6.11, newer than every profile: the newest, rhel6.10" "$t/rhel-6.11" "" ""
expect "99.1.0-rc2" "$newest" "warning: KSRC=$t/linux-99.1 is Linux 99.1.0-rc2, newer than every profile: the newest, $newest" "$t/linux-99.1" "" ""
# Every refusal says what is missing and what to do.
expect "99.2.0" - "newer than every profile, and its fault.c is unlike the newest's ($newest" "$t/linux-99.2" "" ""
expect "99.3.0" - "newer than every profile, and the newest, $newest" "$t/linux-99.3" "" ""
# Eras of one series share versions, told apart by what the file uses.
expect "6.1.55" 6.1.37 "is Linux 6.1.55: the 6.1.37 profile" "$t/linux-6.1.55" "" ""
# 6.10.y and 6.11.y: 6.12.0's file, with unreachable() for BUG()
expect "6.10.4" 6.12 "is Linux 6.10.4: the 6.12 profile (6.10 to 6.14)" "$t/linux-6.10.4" "" ""
expect "6.12 using sig_on_uaccess_err" - "which the 6.12 profile is for ($v612), but its fault.c uses sig_on_uaccess_err, unlike what that profile's shim runs %% (no profile runs this file: a new profile" "$t/linux-6.12-sig-on" "" ""
expect "6.1.20" 6.1.0 "is Linux 6.1.20: the 6.1.0 profile" "$t/linux-6.1.20" "" ""
# 5.15.y never got lock_mm_and_find_vma(): its file is 6.1.0's without
# sig_on_uaccess_err (5.15.161) and VM_FAULT_COMPLETED (6.0).
expect "5.15.215" 5.15 "is Linux 5.15.215: the 5.15 profile (5.15.161 to 5.15.y)" "$t/linux-5.15.215" "" ""
expect "5.15.170 using sig_on_uaccess_err" - "which the 5.15 profile is for (5.15.161 to 5.15.y), but its fault.c uses sig_on_uaccess_err" "$t/linux-5.15.170-sig-on" "" ""
expect "5.15.180 using VM_FAULT_COMPLETED" - "but its fault.c uses VM_FAULT_COMPLETED" "$t/linux-5.15.180-completed" "" ""
# Before 5.15.161 (02b670c1f88e) fault.c signals for the vsyscall
# emulation (5.15.153); before 5.15.153 (ee0e39a63b78) it defines
# is_vsyscall_vaddr() too (5.15.3); before 5.15.3 (44b979fa302c) it
# switches to the #DF stack itself (5.15.0).
expect "5.15.1" 5.15.0 "is Linux 5.15.1: the 5.15.0 profile (5.15.0 to 5.15.2)" "$t/linux-5.15.1" "" ""
expect "5.15.1 with 5.15.3's file" - "is Linux 5.15.1, which the 5.15.0 profile is for (5.15.0 to 5.15.2), but its fault.c lacks current->stack" "$t/linux-5.15.1-5153-file" "" ""
expect "FAULT_C=5.15.0's" 5.15.0 "FAULT_C=$t/fault-5.15.0.c: the 5.15.0 profile, by what the file uses" "" "$t/fault-5.15.0.c" ""
expect "5.15.152" 5.15.3 "is Linux 5.15.152: the 5.15.3 profile (5.15.3 to 5.15.152)" "$t/linux-5.15.152" "" ""
expect "5.15.160" 5.15.153 "is Linux 5.15.160: the 5.15.153 profile (5.15.153 to 5.15.160)" "$t/linux-5.15.160" "" ""
expect "FAULT_C=5.15's" 5.15 "FAULT_C=$t/fault-5.15.c: the 5.15 profile, by what the file uses" "" "$t/fault-5.15.c" ""
expect "5.15.100 without is_vsyscall_vaddr()" - "is Linux 5.15.100, which the 5.15.3 profile is for (5.15.3 to 5.15.152), but its fault.c lacks static bool is_vsyscall_vaddr" "$t/linux-5.15.100" "" ""
# 5.4.y: the old entry (do_page_fault(), mmap_sem); 02b670c1f88e
# reached it in 5.4.278.
expect "5.4.290" 5.4 "is Linux 5.4.290: the 5.4 profile (5.4.278 to 5.4.y)" "$t/linux-5.4.290" "" ""
expect "5.4.200" 5.4.117 "is Linux 5.4.200: the 5.4.117 profile (5.4.117 to 5.4.277)" "$t/linux-5.4.200" "" ""
expect "5.4.290 using sig_on_uaccess_err" - "is Linux 5.4.290, which the 5.4 profile is for (5.4.278 to 5.4.y), but its fault.c uses sig_on_uaccess_err" "$t/linux-5.4.290-old-file" "" ""
expect "5.4.250 with 5.4.278's file" - "which the 5.4.117 profile is for (5.4.117 to 5.4.277), but its fault.c lacks sig_on_uaccess_err, unlike those %% (it fits the 5.4 profile: KERNEL=5.4" "$t/linux-5.4.250-new-file" "" ""
expect "5.4.250 with 5.10's file" - "which the 5.4.117 profile is for (5.4.117 to 5.4.277), but its fault.c lacks do_page_fault" "$t/linux-5.4.250-510-file" "" ""
expect "5.4.100, older than every 5.4 profile" - "is Linux 5.4.100: no profile is for it" "$t/linux-5.4.100" "" ""
expect "FAULT_C=5.4's" 5.4 "FAULT_C=$t/fault-5.4.c: the 5.4 profile, by what the file uses" "" "$t/fault-5.4.c" ""
expect "FAULT_C=5.4.117's" 5.4.117 "FAULT_C=$t/fault-5.4.117.c: the 5.4.117 profile, by what the file uses" "" "$t/fault-5.4.117.c" ""
# 5.10.y from 5.10.253: no_context(), mm_fault_error() folded (v5.12's
# ec352711ceba there); 5.10.219 to 5.10.252 still call mm_fault_error().
expect "5.10.265" 5.10 "is Linux 5.10.265: the 5.10 profile (5.10.253 to 5.10.y)" "$t/linux-5.10.265" "" ""
expect "5.10.230 calling mm_fault_error()" 5.10.219 "is Linux 5.10.230: the 5.10.219 profile (5.10.219 to 5.10.252)" "$t/linux-5.10.230" "" ""
expect "5.10.260 calling mm_fault_error()" - "is Linux 5.10.260, which the 5.10 profile is for (5.10.253 to 5.10.y), but its fault.c uses mm_fault_error(" "$t/linux-5.10.260-old-file" "" ""
expect "5.10.216" 5.10.214 "is Linux 5.10.216: the 5.10.214 profile (5.10.214 to 5.10.218)" "$t/linux-5.10.216" "" ""
expect "5.10.100" 5.10.35 "is Linux 5.10.100: the 5.10.35 profile (5.10.35 to 5.10.213)" "$t/linux-5.10.100" "" ""
expect "5.10.20, older than every 5.10 profile" - "is Linux 5.10.20: no profile is for it" "$t/linux-5.10.20" "" ""
expect "FAULT_C=5.10.35's" 5.10.35 "FAULT_C=$t/fault-5.10.35.c: the 5.10.35 profile, by what the file uses" "" "$t/fault-5.10.35.c" ""
expect "FAULT_C=5.10.219's" 5.10.219 "FAULT_C=$t/fault-5.10.219.c: the 5.10.219 profile, by what the file uses" "" "$t/fault-5.10.219.c" ""
expect "FAULT_C=5.10's" 5.10 "FAULT_C=$t/fault-5.10.c: the 5.10 profile, by what the file uses" "" "$t/fault-5.10.c" ""
expect "5.15 with 5.10's file" - "which the 5.15 profile is for (5.15.161 to 5.15.y), but its fault.c uses no_context(, unlike what that profile's shim runs %% (it fits the 5.10 profile: KERNEL=5.10" "$t/linux-5.15.200-510-file" "" ""
# 6.7.y and 6.8.y: 6.6.9's file with 46e714c729c8, then without its
# own is_vsyscall_vaddr() (ee0e39a63b78, v6.8)
expect "6.7.3" 6.7 "is Linux 6.7.3: the 6.7 profile (6.7.y)" "$t/linux-6.7.3" "" ""
expect "6.8.0" 6.8 "is Linux 6.8.0: the 6.8 profile (6.8.y)" "$t/linux-6.8.0" "" ""
expect "6.8 with 6.7's file" - "which the 6.8 profile is for (6.8.y), but its fault.c uses static bool is_vsyscall_vaddr(, unlike what that profile's shim runs %% (it fits the 6.7 profile: KERNEL=6.7" "$t/linux-6.8-67-file" "" ""
expect "6.8 with 6.12's file" - "which the 6.8 profile is for (6.8.y), but its fault.c lacks sig_on_uaccess_err" "$t/linux-6.8.2" "" ""
expect "FAULT_C=6.7's" 6.7 "FAULT_C=$t/fault-6.7.c: the 6.7 profile, by what the file uses" "" "$t/fault-6.7.c" ""
expect "FAULT_C=6.8's" 6.8 "FAULT_C=$t/fault-6.8.c: the 6.8 profile, by what the file uses" "" "$t/fault-6.8.c" ""
# 6.6.y: 6.12's file before v6.7 to v6.10, once 02b670c1f88e reached it
expect "6.6.87" 6.6 "is Linux 6.6.87: the 6.6 profile (6.6.y)" "$t/linux-6.6.87" "" ""
# 6.6.y before 02b670c1f88e and ee0e39a63b78 reached it: 6.6.9's file
expect "6.6.9" 6.6.9 "is Linux 6.6.9: the 6.6.9 profile (6.6.y)" "$t/linux-6.6.9" "" ""
expect "6.6.87 with 6.6.9's file" 6.6.9 "is Linux 6.6.87: the 6.6.9 profile (6.6.y)" "$t/linux-6.6.87-669-file" "" ""
expect "FAULT_C=6.6.9's" 6.6.9 "FAULT_C=$t/fault-6.6.9.c: the 6.6.9 profile, by what the file uses" "" "$t/fault-6.6.9.c" ""
expect "6.6 with 6.12's file" - "which the 6.6 profile is for (6.6.y), but its fault.c uses fred_event_data, unlike what that profile's shim runs %% (it fits the 6.12 profile: KERNEL=6.12" "$t/linux-6.6-612-file" "" ""
# 6.9.y: FRED, the IF-clear refusal, before bc7996c864bf (v6.10)
expect "6.9.0" 6.9 "is Linux 6.9.0: the 6.9 profile (6.9.y)" "$t/linux-6.9.0" "" ""
expect "6.9 with 6.12's file" - "which the 6.9 profile is for (6.9.y), but its fault.c uses bad_area_access_error(regs, error_code, address, NULL, vma), unlike what that profile's shim runs %% (it fits the 6.12 profile: KERNEL=6.12" "$t/linux-6.9.4" "" ""
expect "FAULT_C=6.9's" 6.9 "FAULT_C=$t/fault-6.9.c: the 6.9 profile, by what the file uses" "" "$t/fault-6.9.c" ""
expect "FAULT_C=6.6's" 6.6 "FAULT_C=$t/fault-6.6.c: the 6.6 profile, by what the file uses" "" "$t/fault-6.6.c" ""
expect "RHEL 6.1" - "is Linux 2.6.32-131, RHEL 6.1: no profile is for it (rhel6: RHEL 6.5 to 6.6; rhel6.8: RHEL 6.6 to 6.8; rhel6.9: RHEL 6.9 to 6.10; rhel6.10: RHEL 6.10; rhel7: RHEL 7.0 to 7.9; rhel7.9: RHEL 7.9; rhel8.5: RHEL 8.5; rhel8.6: RHEL 8.6 to 8.7; rhel8.8: RHEL 8.8; rhel8.9: RHEL 8.9 to 8.10; rhel8.10: RHEL 8.10; rhel9: RHEL 9.0 to 9.6; 5.4.117: 5.4.117 to 5.4.277; 5.4: 5.4.278 to 5.4.y; 5.10.35: 5.10.35 to 5.10.213; 5.10.214: 5.10.214 to 5.10.218; 5.10.219: 5.10.219 to 5.10.252; 5.10: 5.10.253 to 5.10.y; 5.15.0: 5.15.0 to 5.15.2; 5.15.3" "$t/rhel-6.1" "" ""
expect "RHEL 6.1's hint" - " %% (its fault.c fits the rhel6 profile: KERNEL=rhel6 KSRC=$t/rhel-6.1 runs it" "$t/rhel-6.1" "" ""
# RHEL 7: rhel7 (7.3's file) and rhel7.9, told apart by the file.
expect "RHEL 7.3" rhel7 "is Linux 3.10.0-514, RHEL 7.3: the rhel7 profile (RHEL 7.0 to 7.9)" "$t/rhel-7.3" "" ""
expect "RHEL 7.9" rhel7.9 "is Linux 3.10.0-1160, RHEL 7.9: the rhel7.9 profile (RHEL 7.9)" "$t/rhel-7.9" "" ""
expect "RHEL 7.9, 7.3's file" rhel7 "is Linux 3.10.0-1160, RHEL 7.9: the rhel7 profile" "$t/rhel-7.9-old-file" "" ""
expect "RHEL 7.6, 7.9's file" - "which the rhel7 profile is for (RHEL 7.0 to 7.9), but its fault.c lacks in_atomic() || !mm and lacks 65536 + 32 * sizeof(unsigned long), unlike those %% (it fits the rhel7.9 profile: KERNEL=rhel7.9" "$t/rhel-7.6-new-file" "" ""
expect "RHEL 7.9, RHEL 6's file" - "which the rhel7 profile is for (RHEL 7.0 to 7.9), but its fault.c lacks __do_page_fault(struct pt_regs *regs, unsigned long error_code, unlike what that profile's shim runs %% (it fits the rhel6.8 profile" "$t/rhel-7.9-rhel6-file" "" ""
# RHEL 9: 5.14 with 6.6.y's fault path and the vsyscall emulation's
# signal; its version in Makefile.rhelver.
expect "RHEL 9.6 (Makefile.rhelver)" rhel9 "is Linux 5.14.0-570, RHEL 9.6: the rhel9 profile (RHEL 9.0 to 9.6)" "$t/rhel-9.6" "" ""
expect "RHEL 9.6 (in Makefile)" rhel9 "is Linux 5.14.0-570, RHEL 9.6: the rhel9 profile" "$t/rhel-9.6-in-makefile" "" ""
expect "RHEL 9.2, before per-VMA locks" - "which the rhel9 profile is for (RHEL 9.0 to 9.6), but its fault.c lacks lock_vma_under_rcu and lacks snp_dump_hva_rmpentry" "$t/rhel-9.2-old-file" "" ""
expect "RHEL 9.7" rhel9 "warning: KSRC=$t/rhel-9.7 is Linux 5.14.0-611, RHEL 9.7, newer than every profile: the newest, rhel9" "$t/rhel-9.7" "" ""
expect "FAULT_C=RHEL 9's" rhel9 "FAULT_C=$t/fault-rhel9.c: the rhel9 profile, by what the file uses" "" "$t/fault-rhel9.c" ""
expect "RHEL 8.3 (Makefile.rhelver)" - "is Linux 4.18.0-240, RHEL 8.3: no profile is for it" "$t/rhel-8.3" "" ""
# RHEL 8.10 since the vsyscall emulation moved (553.8.1): 4.18's entry,
# a 6.0 mm, 5.4's vmalloc fault; its version in Makefile.rhelver.
expect "RHEL 8.10 (Makefile.rhelver)" rhel8.10 "is Linux 4.18.0-553, RHEL 8.10: the rhel8.10 profile (RHEL 8.10)" "$t/rhel-8.10" "" ""
# RHEL 8.9 and 8.10 before 553.8.1: the vsyscall emulation in the
# bad-area path; a file tells the two eras apart, not the minor.
expect "RHEL 8.10 GA's file" rhel8.9 "is Linux 4.18.0-553, RHEL 8.10: the rhel8.9 profile (RHEL 8.9 to 8.10)" "$t/rhel-8.10-ga-file" "" ""
expect "RHEL 8.9" rhel8.9 "is Linux 4.18.0-513, RHEL 8.9: the rhel8.9 profile (RHEL 8.9 to 8.10)" "$t/rhel-8.9" "" ""
expect "RHEL 8.9 with 8.10z's file" - "which the rhel8.9 profile is for (RHEL 8.9 to 8.10), but its fault.c lacks ((address & ~0xfff) == VSYSCALL_ADDR)" "$t/rhel-8.9-z-file" "" ""
expect "RHEL 8.8" rhel8.8 "is Linux 4.18.0-477, RHEL 8.8: the rhel8.8 profile (RHEL 8.8)" "$t/rhel-8.8" "" ""
expect "RHEL 8.5" rhel8.5 "is Linux 4.18.0-348, RHEL 8.5: the rhel8.5 profile (RHEL 8.5)" "$t/rhel-8.5" "" ""
expect "RHEL 8.7" rhel8.6 "is Linux 4.18.0-425, RHEL 8.7: the rhel8.6 profile (RHEL 8.6 to 8.7)" "$t/rhel-8.7" "" ""
expect "RHEL 8.7 with 8.8's file" - "which the rhel8.6 profile is for (RHEL 8.6 to 8.7), but its fault.c lacks handle_mm_fault(vma, address, flags);" "$t/rhel-8.7-88-file" "" ""
expect "FAULT_C=RHEL 8.8's" rhel8.8 "FAULT_C=$t/fault-rhel8.8.c: the rhel8.8 profile, by what the file uses" "" "$t/fault-rhel8.8.c" ""
expect "FAULT_C=RHEL 8.9's" rhel8.9 "FAULT_C=$t/fault-rhel8.9.c: the rhel8.9 profile, by what the file uses" "" "$t/fault-rhel8.9.c" ""
expect "RHEL 8.10 with 5.4's file" - "but its fault.c lacks do_page_fault(struct pt_regs *regs, unsigned long error_code) and lacks kvm_handle_async_pf and lacks mmap_read_trylock, unlike what that profile's shim runs %% (it fits the 5.4 profile: KERNEL=5.4" "$t/rhel-8.10-54-file" "" ""
expect "FAULT_C=RHEL 8.10's" rhel8.10 "FAULT_C=$t/fault-rhel8.10.c: the rhel8.10 profile, by what the file uses" "" "$t/fault-rhel8.10.c" ""
expect "upstream 2.6.32" - "is Linux 2.6.32: no profile is for it" "$t/linux-2.6.32" "" ""
expect "a 6.1 Makefile, RHEL 6's file" - "which the 6.1 profile is for (6.1.37 to 6.1.y), but its fault.c lacks lock_mm_and_find_vma, unlike those %% (it fits the rhel6 profile: KERNEL=rhel6" "$t/linux-6.1.90-rhel6-file" "" ""
expect "no Makefile" - "no Makefile, cannot tell the kernel version" "$t/no-makefile" "" ""
expect "no fault.c" - "no arch/x86/mm/fault.c there" "$t/no-fault-c" "" ""
expect "no VERSION" - "its Makefile has no VERSION" "$t/no-version" "" ""
# KERNEL= overrides the version, not what the shim needs.
expect "KERNEL=6.12 on 6.9.4" 6.12 "warning: KERNEL=6.12 on KSRC=$t/linux-6.9.4 (Linux 6.9.4), which the 6.12 profile is not for ($v612)" "$t/linux-6.9.4" "" 6.12
expect "KERNEL=6.1 on 6.12.118" - "KERNEL=6.1 cannot run $t/linux-6.12.118/arch/x86/mm/fault.c: it uses lock_vma_under_rcu and uses fred_event_data, unlike what the 6.1 profile's shim runs %% (it fits the 6.12 profile: KERNEL=6.12, or leave KERNEL= out)" "$t/linux-6.12.118" "" 6.1
expect "KERNEL=6.12 on 6.12.118" 6.12 "" "$t/linux-6.12.118" "" 6.12
# A change of one's own (a patched copy, a tree of one's own): warned of
# in a tree, taken as is with KERNEL=.
expect "6.12 without per-VMA locks" 6.12 "warning: KSRC=$t/linux-6.12-reverted is Linux 6.12.118: the 6.12 profile ($v612), though its fault.c lacks lock_vma_under_rcu" "$t/linux-6.12-reverted" "" ""
expect "KERNEL=6.12 on a patched copy" 6.12 "" "" "$t/fault-6.12-reverted.c" 6.12
# FAULT_C= alone: what the file uses.
expect "FAULT_C=6.12's" 6.12 "FAULT_C=$t/fault-6.12.c: the 6.12 profile, by what the file uses" "" "$t/fault-6.12.c" ""
expect "FAULT_C=other" - "FAULT_C=$t/fault-none.c: no profile runs this file (rhel6: lacks __do_page_fault" "" "$t/fault-none.c" ""
expect "KERNEL=6.1 FAULT_C=6.12's" - "KERNEL=6.1 cannot run $t/fault-6.12.c" "" "$t/fault-6.12.c" 6.1

# Through make: the choice is said first, a refusal stops it (exit 2),
# KERNEL= is taken; make regress writes the refusal in its JSON.
mk() { make -n --no-print-directory O="$o" "$@" 2>&1; }
n=$((n + 1))
out=$(mk check KSRC="$t/linux-6.1.158") || bad "make check KSRC=6.1.158 refused: $out"
[ "$(echo "$out" | head -1)" = "faultkit: KSRC=$t/linux-6.1.158 is Linux 6.1.158: the 6.1 profile (6.1.37 to 6.1.y)" ] ||
	bad "make check KSRC=6.1.158 did not say its choice first: $(echo "$out" | head -1)"
n=$((n + 1))
out=$(mk check KSRC="$t/linux-6.6.87") || bad "make check KSRC=6.6.87 refused: $out"
[ "$(echo "$out" | head -1)" = "faultkit: KSRC=$t/linux-6.6.87 is Linux 6.6.87: the 6.6 profile (6.6.y)" ] ||
	bad "make check KSRC=6.6.87 did not say its choice first: $(echo "$out" | head -1)"
n=$((n + 1))
out=$(mk check KSRC="$t/linux-5.15.215") || bad "make check KSRC=5.15.215 refused: $out"
[ "$(echo "$out" | head -1)" = "faultkit: KSRC=$t/linux-5.15.215 is Linux 5.15.215: the 5.15 profile (5.15.161 to 5.15.y)" ] ||
	bad "make check KSRC=5.15.215 did not say its choice first: $(echo "$out" | head -1)"
n=$((n + 1))
if out=$(mk check KSRC="$t/linux-5.4.100"); then
	bad "make check KSRC=5.4.100 was not refused"
else
	rc=$?
	[ $rc = 2 ] && echo "$out" | head -1 | grep -q "^Makefile:[0-9]*: \*\*\* faultkit: KSRC=$t/linux-5.4.100 is Linux 5.4.100: no profile" ||
		bad "make check KSRC=5.4.100: exit $rc: $out"
fi
n=$((n + 1))
out=$(mk check FAULT_C="$t/fault-6.12.c" 2>&1) || :
echo "$out" | grep -q "the 6.12 profile, by what the file uses" ||
	bad "make check FAULT_C=6.12's: $(echo "$out" | head -2)"
n=$((n + 1))
out=$(mk check KERNEL=6.12 KSRC="$t/linux-6.12.118") || bad "KERNEL=6.12 KSRC=6.12.118: $out"
! echo "$out" | grep -q "the 6.12 profile (" || bad "KERNEL=6.12 KSRC=6.12.118 said a choice: $out"
n=$((n + 1))
rm -f "$t/refused.json"
make -s --no-print-directory O="$o" regress KSRC="$t/linux-6.12-sig-on" \
	JSON="$t/refused.json" PATCH=tests/6.12/patches/revert-vma-lock-first.diff \
	>/dev/null 2>&1 || :
grep -q '"error": "KSRC=.*uses sig_on_uaccess_err' "$t/refused.json" 2>/dev/null ||
	bad "make regress KSRC=6.12-sig-on: the JSON does not say why: $(cat "$t/refused.json" 2>/dev/null)"
# A profile of RHEL's minors ships no fault.c: without a tree, one line.
# tree_only KERNEL WHAT: make check KERNEL= alone says WHAT (a BRE)
tree_only() {
	n=$((n + 1))
	rc=0
	out=$(mk check KERNEL="$1") || rc=$?
	if [ $rc = 0 ]; then
		bad "make check KERNEL=$1 without KSRC= was not refused"
		return
	fi
	[ $rc = 2 ] && [ "$(echo "$out" | wc -l)" = 1 ] &&
		echo "$out" | grep -q "KERNEL=$1 runs the fault.c of a $2 .* give KSRC=" ||
		bad "make check KERNEL=$1: exit $rc: $out"
}
tree_only rhel6.8 "RHEL 6.6"
tree_only rhel7 "RHEL 7.0 to 7.9"
tree_only rhel9 "RHEL 9 (5.14.0-\\*.el9) tree"
# make check KERNEL=k checks the fetched tree the same way.
n=$((n + 1))
if sh $pick check 6.1 "$t/linux-6.12.118" 2>/dev/null; then
	bad "pick.sh check 6.1 on a 6.12 tree passed"
fi

[ $fail = 0 ] && say "all $n passed"
exit $fail
