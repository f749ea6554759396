#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Which profile runs a kernel. KSRC= alone picks it by the tree's
# version (its Makefile: VERSION, PATCHLEVEL, SUBLEVEL, EXTRAVERSION;
# RHEL_MAJOR, RHEL_MINOR, RHEL_RELEASE there or in Makefile.rhelver),
# FAULT_C= alone by what the file uses; KERNEL= overrides the choice,
# not what the profile's shim needs. A tree newer than every profile of
# its family runs on the newest one, with a warning; anything else no
# profile runs is refused, saying what is missing and what to do.
#
# Each profile says what it runs, in its tests/<k>/profile.mk:
#   PICK.<k>.versions := 6.1.37..6.1 6.2   versions, or ranges of them
#                                           (rhel6.5: RHEL 6.5)
#   PICK.<k>.needs += ERE    what its shim and harness cannot do without
#   PICK.<k>.refuses += ERE  what its shim cannot run
#   PICK.<k>.has += ERE      what the files of its kernels have beside
# (one extended regular expression a line, matched against fault.c).
#
# usage: pick.sh choose KSRC FAULT_C KERNEL
#          prints the profile, then " %% " before each line to say; or
#          "-" and the refusal, whose lines " %% " separates too
#        pick.sh check KERNEL TREE   the same in a recipe: what it says
#                                on stderr, exit status 2 if it refuses
#        pick.sh version TREE    the tree's version, for make check
#        pick.sh list            each profile and the versions it runs
#        pick.sh needs|refuses|has KERNEL   those lines, as a reader
#                                would write them
set -eu
cd "$(dirname "$0")/../.."

# ---- a tree's version -------------------------------------------------

# The value of "NAME = value" in a kernel Makefile (the first one).
mkvar() {
	[ -f "$1" ] || return 0
	sed -n "s/^$2[[:space:]]*=[[:space:]]*//p" "$1" | head -1 |
		sed 's/[[:space:]]*$//'
}

# Sets V P S X (upstream) and RM Rm RR (RHEL's, empty if not) of TREE;
# V is empty when the Makefile has no version.
read_tree() {
	mk=$1/Makefile
	V=$(mkvar "$mk" VERSION) P=$(mkvar "$mk" PATCHLEVEL)
	S=$(mkvar "$mk" SUBLEVEL) X=$(mkvar "$mk" EXTRAVERSION)
	# RHEL 8 and later keep RHEL's in Makefile.rhelver
	RM= Rm= RR=
	for f in "$mk" "$1/Makefile.rhelver"; do
		[ -n "$RM" ] || RM=$(mkvar "$f" RHEL_MAJOR)
		[ -n "$Rm" ] || Rm=$(mkvar "$f" RHEL_MINOR)
		[ -n "$RR" ] || RR=$(mkvar "$f" RHEL_RELEASE)
	done
	case $V.$P.${S:-0}.${RM:-0}.${Rm:-0} in
	*[!0-9.]*|.*) V= ;;
	esac
}

# "Linux 6.12.118", "Linux 2.6.32-431, RHEL 6.5"
say_version() {
	echo "Linux $V.$P${S:+.$S}$X${RR:+-$RR}${RM:+, RHEL $RM${Rm:+.$Rm}}"
}

# A version as a number: a.b.c is a*10^6 + b*10^3 + c; a missing c is
# 0 for a range's low end, 999 (any) for its high end.
key_of() {	# key_of a.b[.c] LOW|HIGH
	ka=${1%%.*} kb=${1#*.} kc=
	case $kb in
	*.*) kc=${kb#*.} kb=${kb%%.*} ;;
	esac
	if [ -z "$kc" ]; then
		[ "$2" = LOW ] && kc=0 || kc=999
	fi
	[ "$kc" -le 999 ] || kc=999
	echo $((ka * 1000000 + kb * 1000 + kc))
}

# Sets FAM (linux, rhel6 ...) and KEY (empty: a RHEL without its minor)
# of the tree read.
tree_key() {
	if [ -n "$RM" ]; then
		FAM=rhel$RM KEY=$Rm
	else
		FAM=linux KEY=$(key_of "$V.$P.${S:-0}" LOW)
	fi
}

# ---- what the profiles say --------------------------------------------

# The lines of a declaration (PICK.<k>.<what>), one value a line; every
# profile's are read once (DECLS).
decl() {
	while IFS= read -r line; do
		case $line in
		"PICK.$1.$2"[[:space:]+:=]*)
			v=${line#*=}
			echo "${v#"${v%%[![:space:]]*}"}" ;;
		esac
	done <<-EOF
	$DECLS
	EOF
}

# Sets RF (family) RLO RHI of a range: 6.1.37..6.1, 6.12, rhel6.5
range() {
	lo=${1%%..*}
	case $1 in
	*..*) hi=${1#*..} ;;
	*) hi=$lo ;;
	esac
	case $lo in
	rhel*)
		RF=${lo%%.*}
		RLO=${lo#"$RF"}; RLO=${RLO#.}; RLO=${RLO:-0}
		RHI=${hi#"$RF"}; RHI=${RHI#.}; RHI=${RHI:-999} ;;
	*)
		RF=linux
		RLO=$(key_of "$lo" LOW)
		RHI=$(key_of "$hi" HIGH) ;;
	esac
}

# Every profile, oldest first: RHEL's, then upstream, each by the lowest
# version it is for.
all_profiles() {
	for f in tests/*/profile.mk; do
		k=${f#tests/}
		k=${k%/profile.mk}
		set -- $(decl "$k" versions)
		[ $# -gt 0 ] || continue
		range "$1"
		case $RF in
		linux) echo "1 $RLO $k" ;;
		*) echo "0 ${RF#rhel}$(printf %03d "$RLO") $k" ;;
		esac
	done | sort -k1,1n -k2,2n | cut -d' ' -f3 | paste -sd' ' -
}

# Is profile $1 for the tree read (FAM, KEY)?
is_for() {
	for r in $(decl "$1" versions); do
		range "$r"
		[ "$RF" = "$FAM" ] || continue
		[ -n "$KEY" ] || return 0
		[ "$KEY" -lt "$RLO" ] || [ "$KEY" -gt "$RHI" ] || return 0
	done
	return 1
}

# The highest version profile $1 is for in family FAM (empty: none).
newest_of() {
	n=
	for r in $(decl "$1" versions); do
		range "$r"
		[ "$RF" = "$FAM" ] || continue
		[ -n "$n" ] && [ "$n" -ge "$RHI" ] || n=$RHI
	done
	echo "$n"
}

# The profile of the tree's family whose versions are nearest to it.
nearest() {
	best= dist=
	for nk in $ALL; do
		for r in $(decl "$nk" versions); do
			range "$r"
			[ "$RF" = "$FAM" ] && [ -n "$KEY" ] || continue
			if [ "$KEY" -lt "$RLO" ]; then d=$((RLO - KEY))
			else d=$((KEY - RHI)); fi
			[ -n "$dist" ] && [ "$d" -ge "$dist" ] || { dist=$d best=$nk; }
		done
	done
	echo "$best"
}

# A line of a declaration as a reader would write it.
plain() {
	printf '%s' "$1" | sed 's/ \*/ /g; s/\\[<>]//g; s/\\//g'
}

# cannot K FILE: what profile K's shim cannot run FILE for ("lacks X",
# "uses Y"), one a line; unlike K FILE: what FILE lacks of what the
# files of K's kernels have. Empty: nothing.
cannot() {
	decl "$1" needs | while IFS= read -r re; do
		grep -Eq -- "$re" "$2" || echo "lacks $(plain "$re")"
	done
	decl "$1" refuses | while IFS= read -r re; do
		! grep -Eq -- "$re" "$2" || echo "uses $(plain "$re")"
	done
}
unlike() {
	decl "$1" has | while IFS= read -r re; do
		grep -Eq -- "$re" "$2" || echo "lacks $(plain "$re")"
	done
}

# The profiles FILE is like in every way, oldest first.
fits() {
	for fk in $ALL; do
		[ -n "$(cannot "$fk" "$1")$(unlike "$fk" "$1")" ] || echo "$fk"
	done
}

# A range as a reader says it: 6.1.37 to 6.1.y, 6.12.y, RHEL 6.5
say_range() {
	case $1 in
	rhel*..*) r=${1#rhel}; echo "RHEL ${r%%..*} to ${r#*..rhel}" ;;
	rhel*) echo "RHEL ${1#rhel}" ;;
	*..) echo "${1%..} and later" ;;
	*..*)	# 6.1.37 to 6.1.y, 6.12 to 6.14
		lo=${1%%..*} hi=${1#*..}
		case $lo in
		"$hi".*) echo "$lo to $hi.y" ;;
		*) echo "$lo to $hi" ;;
		esac ;;
	*.*.*) echo "$1" ;;
	*) echo "$1.y" ;;
	esac
}

# The versions profile $1 is for: "6.1.37 to 6.1.y"
vers() {
	for r in $(decl "$1" versions); do
		printf '%s, ' "$(say_range "$r")"
	done | sed 's/, $//'
}

# "rhel6: RHEL 6.5; 6.1: 6.1.37 to 6.1.y" for every profile
known() {
	for kk in $ALL; do
		printf '%s: %s; ' "$kk" "$(vers "$kk")"
	done | sed 's/; $//'
}

# ---- the choice -------------------------------------------------------

out() { printf '%s' "$1"; shift; for l; do printf ' %%%% %s' "$l"; done; echo; }
refuse() { out - "faultkit: $1" ${2:+"($2)"}; exit 0; }
# either VALUE IF-SET IF-EMPTY
either() { if [ -n "$1" ]; then echo "$2"; else echo "$3"; fi; }
# lines as one phrase: "lacks X and uses Y"
why() { echo "$1" | awk 'NR > 1 { printf " and " } { printf "%s", $0 }'; }

NEW="a new profile: tests/<k>, stubs/<k>, mm/<k> with PROFILE_BASE"

# choose KSRC FAULT_C KERNEL
choose() {
	ksrc=$1 fc=$2 kernel=$3
	if [ -n "$ksrc" ]; then
		[ -f "$ksrc/Makefile" ] ||
			refuse "KSRC=$ksrc: no Makefile, cannot tell the kernel version" \
				"give KSRC= the top of a kernel source tree"
		[ -n "$fc" ] || fc=$ksrc/arch/x86/mm/fault.c
		[ -f "$fc" ] ||
			refuse "KSRC=$ksrc: no arch/x86/mm/fault.c there" \
				"give KSRC= the top of a kernel source tree"
		read_tree "$ksrc"
		[ -n "$V" ] ||
			refuse "KSRC=$ksrc: its Makefile has no VERSION, PATCHLEVEL and SUBLEVEL" \
				"give KSRC= the top of a kernel source tree"
		tree_key
		what="KSRC=$ksrc is $(say_version)"
	fi
	alt=$(fits "$fc" | head -1)

	# KERNEL= chooses; what its shim cannot run is refused all the same.
	if [ -n "$kernel" ]; then
		case " $ALL " in
		*" $kernel "*) ;;
		*) out "$kernel"; return ;;	# the Makefile refuses it
		esac
		miss=$(cannot "$kernel" "$fc")
		[ -z "$miss" ] ||
			refuse "KERNEL=$kernel cannot run $fc: it $(why "$miss"), unlike what the $kernel profile's shim runs" \
				"$(either "$alt" "it fits the $alt profile: KERNEL=$alt, or leave KERNEL= out" \
					"no profile runs it: $NEW")"
		if [ -n "$ksrc" ] && { ! is_for "$kernel" ||
		   [ -n "$(unlike "$kernel" "$fc")" ]; }; then
			out "$kernel" "faultkit: warning: KERNEL=$kernel on KSRC=$ksrc ($(say_version)), which the $kernel profile is not for ($(vers "$kernel")): rows expect what those do"
		else
			out "$kernel"
		fi
		return
	fi

	if [ -z "$ksrc" ]; then
		if [ -z "$alt" ]; then
			miss=
			for k in $ALL; do
				miss="$miss; $k: $(why "$(cannot "$k" "$fc"; unlike "$k" "$fc")")"
			done
			refuse "FAULT_C=$fc: no profile runs this file (${miss#; })" \
				"another kernel is $NEW"
		fi
		others=$(fits "$fc" | sed 1d | paste -sd' ' -)
		out "$alt" "faultkit: FAULT_C=$fc: the $alt profile, by what the file uses; its version is not known (KSRC= its tree tells it)${others:+; it fits $others too (KERNEL= picks)}"
		return
	fi

	# The profiles for the tree's version (eras of one series may share
	# its versions, their files told apart by what they use): the first
	# whose kernels' file it is. A file unlike theirs that fits another
	# profile is that kernel's (the Makefile is not); one that fits none
	# but that a profile for the version runs is a change of one's own.
	first= runs=
	for k in $ALL; do
		is_for "$k" || continue
		[ -n "$first" ] || first=$k
		[ -z "$(cannot "$k" "$fc")" ] || continue
		if [ -z "$(unlike "$k" "$fc")" ]; then
			out "$k" "faultkit: $what: the $k profile ($(vers "$k"))"
			return
		fi
		[ -n "$runs" ] || runs=$k
	done
	if [ -n "$runs" ]; then
		miss=$(unlike "$runs" "$fc")
		[ -z "$alt" ] ||
			refuse "$what, which the $runs profile is for ($(vers "$runs")), but its fault.c $(why "$miss"), unlike those" \
				"it fits the $alt profile: KERNEL=$alt KSRC=$ksrc runs it, rows expecting $(vers "$alt")"
		out "$runs" "faultkit: warning: $what: the $runs profile ($(vers "$runs")), though its fault.c $(why "$miss"), unlike those: rows fail where that matters"
		return
	fi
	if [ -n "$first" ]; then
		refuse "$what, which the $first profile is for ($(vers "$first")), but its fault.c $(why "$(cannot "$first" "$fc")"), unlike what that profile's shim runs" \
			"$(either "$alt" "it fits the $alt profile: KERNEL=$alt KSRC=$ksrc runs it, rows expecting $(vers "$alt")" \
				"no profile runs this file: $NEW := $first, that models what differs")"
	fi

	# No profile is for this version: the newest of its family runs a
	# tree newer than all of them, if its file is like the newest's.
	newest= top=
	for k in $ALL; do
		n=$(newest_of "$k")
		[ -n "$n" ] || continue
		[ -n "$top" ] && [ "$top" -gt "$n" ] || { top=$n newest=$k; }
	done
	if [ -n "$newest" ] && [ -n "$KEY" ] && [ "$KEY" -gt "$top" ]; then
		miss=$(cannot "$newest" "$fc")
		[ -z "$miss" ] ||
			refuse "$what, newer than every profile, and the newest, $newest ($(vers "$newest")), cannot run its fault.c: it $(why "$miss")" \
				"$NEW := $newest, adding what changed"
		miss=$(unlike "$newest" "$fc")
		[ -z "$miss" ] ||
			refuse "$what, newer than every profile, and its fault.c is unlike the newest's ($newest, $(vers "$newest")): it $(why "$miss")" \
				"KERNEL=$newest KSRC=$ksrc runs it all the same; or $NEW := $newest, adding what changed"
		out "$newest" "faultkit: warning: $what, newer than every profile: the newest, $newest ($(vers "$newest")), runs it; rows fail where the kernel changed since"
		return
	fi
	near=$(nearest)
	if [ -n "$alt" ]; then
		hint="its fault.c fits the $alt profile: KERNEL=$alt KSRC=$ksrc runs it, rows expecting $(vers "$alt"); or $NEW"
	elif [ -n "$near" ]; then
		hint="the nearest profile, $near, cannot run its fault.c either: it $(why "$(cannot "$near" "$fc"; unlike "$near" "$fc")"); $NEW := $near, that models what differs"
	else
		hint=$NEW
	fi
	refuse "$what: no profile is for it ($(known))" "$hint"
}

DECLS=$(grep -h '^PICK\.' tests/*/profile.mk)
ALL=$(all_profiles)
case ${1:-} in
choose) shift; choose "$@" ;;
check)	# check KERNEL TREE, in a recipe: what choose says, one a line;
	# exit status 2 when it refuses
	r=$(choose "$3" "" "$2")
	case $r in
	*" %% "*) printf '%s\n' "${r#* %% }" | sed 's/ %% /\n  /g' >&2 ;;
	esac
	[ "${r%% *}" != - ] || exit 2 ;;
version)	# a fetched Debian tree says its package's version too
	read_tree "$2"
	deb=$(cat "$2/debian-version" 2>/dev/null || :)
	if [ -z "$V" ]; then
		echo "version not known (no VERSION in $2/Makefile)"
	else
		echo "$(say_version)${deb:+, Debian $deb} ($2/Makefile)"
	fi ;;
list) for k in $ALL; do echo "$k: $(vers "$k")"; done ;;
needs|refuses|has)
	decl "$2" "$1" | while IFS= read -r re; do plain "$re"; echo; done ;;
*) echo "usage: pick.sh choose|check|version|list|needs|refuses|has ..." >&2
   exit 2 ;;
esac
