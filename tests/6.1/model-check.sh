#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# make model-check KERNEL=6.1|6.12: the kernel's own leaf functions
# (tests/6.1/leaves.py takes them from the tree, tests/6.1/leafcheck.h
# replays them) run next to the model on every call the table and the
# explored space make. Any different answer breaks a rule: the table's
# row fails, the scenario is printed as a row. Then the calls compared,
# per leaf, and the leaves that are not replayed, with why.
#
# usage: model-check.sh KERNEL TREE O UNUSUAL [make variables...]
set -eu
k=$1
tree=$2
o=$3
unusual=$4
shift 4
unit=$o/leaves/$k/leafcheck-unit.c
counts=$o/leaves/$k/counts.tsv
mk() { make -s --no-print-directory KERNEL="$k" O="$o" EXTRA_ROWS="$unit" "$@"; }

python3 tests/6.1/leaves.py "$tree" "$unit"
: > "$counts"
rc=0
out=$(FK_LEAFCHECK_OUT=$counts mk check "$@" 2>&1) || rc=1
rows=$(echo "$out" | sed -n 's/^[0-9]*%: Checks: \([0-9]*\).*/\1/p')
[ $rc = 0 ] || echo "$out"
mk build EXPLORE=1 "$@" >/dev/null
bin=$(mk testbin EXPLORE=1 "$@" | tail -1)
FK_LEAFCHECK_OUT=$counts $bin --explore --rules tests/x86/impossible.txt \
	--unusual "$unusual" --jobs 2 > "$o/leaves/$k/explore.txt" 2>&1 || {
	rc=1
	sed -n '1,200p' "$o/leaves/$k/explore.txt"
}
scen=$(sed -n 's/^explore: [^:]*: \([0-9]*\) scenarios.*/\1/p' \
	"$o/leaves/$k/explore.txt")
echo "model-check: $k: the kernel's leaf functions ($tree) next to the model, on the table (${rows:-?} rows) and the explored space (${scen:-?} scenarios, UNUSUAL=$unusual)"
for leaf in "kprobe_page_fault() + kprobe_fault_handler()" \
	    "is_kfence_address()" "unhandled_signal()" "emulate_vsyscall()" \
	    "search_extable()" "expand_downwards()" \
	    "arch_vma_access_permitted()"; do
	awk -F'\t' -v l="$leaf" '$1 == l { c += $2; d += $3 }
		END { if (c) printf "  %-46s %9d calls, %d differ\n", l, c, d
		      else printf "  %-46s no call (not in this configuration)\n", l }' \
		"$counts"
done
echo "  not replayed (Documentation/audit-$k.md says why): kmmio_handler(), kfence_handle_page_fault() past is_kfence_address(), oops_end(), lock_vma_under_rcu(), handle_mm_fault()"
differ=$(awk -F'\t' '{ d += $3 } END { print d + 0 }' "$counts")
if [ $rc = 0 ]; then
	echo "model-check: $k: 0 differences"
elif [ "$differ" = 0 ]; then
	# a worker that was stopped wrote no counts: the figures are short
	echo "model-check: $k: no difference seen, but the run failed (above)"
else
	echo "model-check: $k: the model and the kernel differ (above)"
fi
exit $rc
