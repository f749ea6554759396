# SPDX-License-Identifier: GPL-2.0
#
# Branch coverage of the unit under test (issue 3).
#
#   make coverage           build with --coverage -O0, run the table, report
#                           lines, functions and branches of fault.c, name
#                           the rows behind every branch, then the gate
#   make coverage-gate      the gate alone: no per-row runs, no HTML
#   make coverage-selftest  leave out a row that alone takes a branch: the
#                           gate must fail and name that branch's line
#
# Reports go to $(COVERAGE_OUT) (git-ignored); counters of each run go to
# their own folder under build/, never next to the objects, so a run only
# ever measures itself.

COVERAGE_MIN ?= 100
COVERAGE_OUT ?= coverage
PYTHON ?= python3

# The --coverage variant of the unit in use (FAULT_C, SANITIZE, M32).
ifeq ($(COVERAGE),1)
COV_B := $(B)
else
COV_B := $(B)-cov
endif
COV_UNIT_DIR := $(COV_B)/$(notdir $(UNIT_DIR))
COV_BIN := $(COV_UNIT_DIR)/faultkit-$(KERNEL)
COV_WORK ?= $(COV_UNIT_DIR)/coverage-run
COV_SELFTEST := $(COV_UNIT_DIR)/coverage-selftest

HELP += '  make coverage     fault.c lines/branches, rows per branch, gate'
HELP += '                    (PATCH=x.diff or FAULT_C=: a patched fault.c, the patch'"'"'s lines marked)'
HELP += '  make coverage-gate      the gate alone (COVERAGE_MIN=percent)'
HELP += '  make coverage-selftest  drop a row that alone takes a branch: gate fails'
HELP_VARS += '  PATCH=x.diff      coverage, regress: a patch (-p1) to a copy of the profile'"'"'s fault.c'
HELP_VARS += '  COVERAGE_MIN=pct  coverage: the gate'"'"'s threshold (default 100)'
HELP_VARS += '  COVERAGE_OUT=dir COV_WORK=dir   coverage: where reports go (coverage), scratch'
HELP_VARS += '  PYTHON=python3    coverage: the Python that runs its tools'
# Rows of one's own (EXTRA_ROWS) are not in the --coverage build.
VARS_COV = $(VARS_BUILD) $(VARS_CHECK) COVERAGE_MIN COVERAGE_OUT COV_WORK PYTHON
VARS.coverage = $(VARS_COV) PATCH
VARS.coverage-gate = $(VARS_COV)
VARS.coverage-selftest = $(VARS_COV)
VARS.coverage-build = $(VARS_COV)
TEST_STEPS += coverage coverage-selftest
TEST_BUILDS += $(KERNEL)/cov

.PHONY: coverage coverage-gate coverage-selftest coverage-build
.PHONY: need-coverage-tools need-coverage-min
HELP_PREREQ += coverage-build need-coverage-tools need-coverage-min

need-coverage-tools:
	@for t in $(PYTHON) gcov lcov genhtml gcovr; do \
	  command -v $$t >/dev/null || { \
	    echo "faultkit: make coverage needs $$t."; \
	    echo '  apt-get install -y python3 lcov gcovr'; exit 2; }; \
	done

# Bad input is caught before minutes of work, with one message each.
need-coverage-min:
	@case '$(COVERAGE_MIN)' in ''|*[!0-9.]*|*.*.*) \
	  echo 'faultkit: COVERAGE_MIN=$(COVERAGE_MIN): expected a percentage, 0 to 100 (e.g. COVERAGE_MIN=90)'; \
	  exit 2;; esac

coverage-build: need-coverage-tools need-coverage-min need-fault-c
	$(Q)$(MAKE) --no-print-directory build COVERAGE=1 OPT=-O0

# The profile's own fault.c (a tree's, with KSRC=): another FAULT_C is a
# patched copy of it, whose changed lines the report marks. PATCH= is
# applied to a copy first, as make regress applies it; the copy is then
# covered as FAULT_C (PATCH still names the patch in the report).
COV_BASE = $(if $(KSRC),$(KSRC)/arch/x86/mm/fault.c,$(DEFAULT_FAULT_C))
COV_MARKS = $(if $(filter-out $(COV_BASE),$(FAULT_C)),--base '$(COV_BASE)' \
	$(if $(PATCH),--patch '$(PATCH)'))

# A profile whose unit is a whole kernel file (COVERAGE_SCOPE in its
# profile.mk) has helpers only a console reads: the whole-file figures are
# shown, and the gate is its chosen functions, every branch taken or
# reviewed as unreachable (make branches).
ifneq ($(and $(PATCH),$(filter $(COV_BASE),$(FAULT_C))),)
coverage: need-coverage-tools need-coverage-min $(COV_BASE)
	$(Q)f=$$($(PYTHON) coverage/patched.py --patch '$(PATCH)' \
		--base '$(COV_BASE)' --o '$(O)/coverage') && \
	$(MAKE) --no-print-directory coverage FAULT_C="$$f"
else
coverage: coverage-build
	$(Q)$(PYTHON) coverage/collect.py --bin $(COV_BIN) \
		--fault-c $(FAULT_C) --work $(COV_WORK) --out $(COVERAGE_OUT) \
		$(if $(COV_MARKS),--patched)
	$(Q)$(PYTHON) coverage/report.py --fault-c $(FAULT_C) \
		--out $(COVERAGE_OUT) --rows $(COV_WORK)/rows.json \
		--min '$(COVERAGE_MIN)' $(if $(COVERAGE_SCOPE),--report-only) \
		$(COV_MARKS)
	$(if $(COVERAGE_SCOPE),$(Q)echo 'gate: $(KERNEL): every branch of the functions in $(COVERAGE_SCOPE):')
	$(if $(COVERAGE_SCOPE),$(Q)$(MAKE) --no-print-directory branches)
endif

coverage-gate: coverage-build
	$(Q)$(PYTHON) coverage/collect.py --gate-only --bin $(COV_BIN) \
		--fault-c $(FAULT_C) --work $(COV_WORK) --out $(COVERAGE_OUT)
	$(Q)$(PYTHON) coverage/report.py --fault-c $(FAULT_C) \
		--out $(COVERAGE_OUT) --min '$(COVERAGE_MIN)'

# Reads the branch-to-rows map of the last `make coverage`.
coverage-selftest: coverage-build
	$(Q)$(PYTHON) coverage/selftest.py --bin $(COV_BIN) \
		--map $(COVERAGE_OUT)/rows.json --work $(COV_SELFTEST)
