# SPDX-License-Identifier: GPL-2.0
# The RHEL6 profile: the seed's four functions, in the tree, never edited.
DEFAULT_FAULT_C := arch/x86/mm/fault.c

# Mutation testing: the mutants reviewed as equivalent.
MUTATE_EQUIV := tests/rhel6/equivalent.txt
