# SPDX-License-Identifier: GPL-2.0
# The table's results in the ecosystem's formats, checked against each other.

.PHONY: test-reports
TEST_STEPS += test-reports
HELP += '  make test-reports the table as KTAP, JUnit and TAP, read back by kunit.py parse'
VARS.test-reports = $(VARS_BUILD)
REPORTS := $(B)/reports

test-reports: $(TESTBIN)
	@mkdir -p $(REPORTS)
	$(Q)$(RUN_TESTBIN) $(TESTBIN) --list > $(REPORTS)/rows.txt
	$(Q)$(MAKE) --no-print-directory check KTAP=$(REPORTS)/table.ktap \
		JUNIT=$(REPORTS)/table.xml TAP=$(REPORTS)/table.tap >/dev/null
	$(Q)KUNIT_PY=$$(sh tests/reports/fetch-kunit.sh $(O)/cache) && \
	    export KUNIT_PY && \
	    python3 tests/reports/check_reports.py $(REPORTS)/rows.txt \
		$(REPORTS)/table.ktap $(REPORTS)/table.xml $(REPORTS)/table.tap
