# SPDX-License-Identifier: GPL-2.0
#
# Golden behaviour and patch regression reports (tests/regress/).
#   make golden                 record every row's behaviour on the in-tree
#                               fault.c under tests/$(KERNEL)/golden/
#   make golden-check           the recorded behaviour must still hold
#   make regress PATCH=x.diff   apply a patch to a copy of fault.c, report
#                               which rows behave differently
#   make regress FAULT_C=path   the same for an already-patched file

# The unit golden files record: the profile's own fault.c (its golden
# files are in the tree), or a kernel tree's (KSRC=), whose golden files
# are the baseline of make regress KSRC=... and live under $(O).
GOLDEN_UNIT := $(if $(KSRC),$(FAULT_C),$(DEFAULT_FAULT_C))
GOLDEN_DIR := $(if $(KSRC),$(O)/golden/$(KERNEL)-$(FAULT_ID),tests/$(KERNEL)/golden)
# FK_STATUS=file (./run regress) gets regress.py's own status, which
# make would turn into 2 (tests/lib/status.sh).
REGRESS_PY := sh tests/lib/status.sh python3 tests/regress/regress.py

HELP += '  make golden       record every row'"'"'s behaviour as tests/<k>/golden'
HELP += '                    (KSRC=tree: the tree'"'"'s fault.c, under $(O)/golden)'
HELP += '  make golden-check the golden files must match the in-tree fault.c'
HELP += '  make regress PATCH=x.diff | FAULT_C=path   which rows a patch changes'
HELP += '                    (JSON=file for CI; V=1 every row and region in full; QUIET=1 no'
HELP += '                    examples; FORMAT=mail a review reply quoting each hunk)'
HELP += '  make regress-selftest   the patches of tests/<k>/patches give their report'

TEST_STEPS += golden-check regress-selftest

.PHONY: golden golden-check regress regress-selftest \
	golden-in-tree-only

# Golden files describe their unit and nothing else: a patched file is
# compared with them by make regress, never recorded.
golden-in-tree-only:
	@test '$(FAULT_C)' = '$(GOLDEN_UNIT)' || { \
	  echo 'faultkit: golden files record $(GOLDEN_UNIT), or a tree'"'"'s fault.c (KSRC=);'; \
	  echo '  use make regress FAULT_C=$(FAULT_C) to compare another file'; \
	  exit 2; }

GOLDEN_ARGS = $(TESTBIN) $(GOLDEN_DIR) '$(GOLDEN_UNIT)' '$(GOLDEN_UNIT)'

golden: golden-in-tree-only $(TESTBIN)
	$(Q)python3 tests/regress/golden.py write $(GOLDEN_ARGS)

golden-check: golden-in-tree-only $(TESTBIN)
	$(Q)python3 tests/regress/golden.py check $(GOLDEN_ARGS)

REGRESS_COMMON = --o '$(O)' --golden $(GOLDEN_DIR) \
	--kernel $(KERNEL) --base '$(GOLDEN_UNIT)'

# FAULT_C is passed only when the user gave another file than the base.
REGRESS_ARGS = $(REGRESS_COMMON) $(if $(PATCH),--patch '$(PATCH)') \
	$(if $(filter-out $(GOLDEN_UNIT),$(FAULT_C)),--fault-c '$(FAULT_C)') \
	$(if $(JSON),--json '$(JSON)') $(if $(filter 1,$(QUIET)),--quiet) \
	$(if $(FORMAT),--format '$(FORMAT)') $(if $(filter 1,$(V)),--verbose) \
	$(if $(ROWS),--rows '$(ROWS)') \
	--unusual $(UNUSUAL) $(if $(filter 1,$(BISECT)),--bisect)
# What make refused, or what its preparation printed last, for the JSON.
sq = $(subst ','"'"',$(1))
REGRESS_REFUSE = $(REGRESS_PY) $(if $(JSON),--json '$(JSON)') \
	$(if $(filter 1,$(BISECT)),--bisect) --refused

# A fetched fault.c (KERNEL=6.1) must be there before it is copied, and a
# tree's version checked; its golden files are recorded first, from the
# tree as it is. What refuses the run still writes the JSON.
.PHONY: regress-prep
regress-prep: $(GOLDEN_UNIT) $(if $(KSRC),golden)

# REGRESS_REFUSED is known only once every file is read: at run time.
regress:
	+$(Q)$(if $(REGRESS_REFUSED),$(REGRESS_REFUSE) '$(call sq,$(strip \
		$(REGRESS_REFUSED)))'; exit $$?;) \
	log=$(O)/regress-prep.$$$$.log; mkdir -p $(O); \
	if ! $(MAKE) --no-print-directory regress-prep > $$log 2>&1; then \
		cat $$log; why=$$(grep -m1 'faultkit: ' $$log | \
			sed 's/^.*faultkit: //; s/  Stop\.$$//'); \
		rm -f $$log; \
		$(REGRESS_REFUSE) "$${why:-make regress-prep failed}"; exit $$?; \
	fi; grep -v '^make' $$log; rm -f $$log; \
	$(REGRESS_PY) $(REGRESS_ARGS)

# A profile without patches of its own has no report to check.
ifeq ($(wildcard tests/$(KERNEL)/patches/*.diff),)
regress-selftest:
	@echo 'regress-selftest: skipped for KERNEL=$(KERNEL) (no tests/$(KERNEL)/patches)'
else
regress-selftest:
	$(Q)python3 tests/regress/selftest.py $(REGRESS_COMMON)
endif
