# SPDX-License-Identifier: GPL-2.0
#
# faultkit explain: capture a real fault from a running program (a
# preloaded library), replay it through fault.c, and cross-check the
# verdict with the host kernel's (tests/explain/).

EXPLAIN_DIR := $(UNIT_DIR)/explain
EXPLAIN_HDR := $(wildcard tests/explain/*.h)

# The capture library, the launcher and the probes run inside or around a
# real program: plain x86_64 code, never sanitized, never -m32.
EXPLAIN_CFLAGS := -std=gnu11 -g $(WARN) $(EXTRA_CFLAGS)

FK_LAUNCHER := $(EXPLAIN_DIR)/faultkit
FK_CAPLIB := $(EXPLAIN_DIR)/libfkcapture.so
FK_REPLAY := $(EXPLAIN_DIR)/faultkit-replay
FK_PROBE := $(EXPLAIN_DIR)/fkprobe
FK_PROBE_STATIC := $(EXPLAIN_DIR)/fkprobe-static
FK_OWATA := $(EXPLAIN_DIR)/owata
EXPLAIN_BINS := $(FK_LAUNCHER) $(FK_CAPLIB) $(FK_REPLAY) $(FK_PROBE) \
		$(FK_PROBE_STATIC) $(FK_OWATA)

# The replay is the table's engine and profile around one run-time row.
REPLAY_OBJ := $(EXPLAIN_DIR)/replay.o $(EXPLAIN_DIR)/explain.o \
	      $(EXPLAIN_DIR)/capfile.o \
	      $(filter-out %/main.o %/check_main.o %/explore_main.o,$(ENGINE_OBJ)) \
	      $(PROFILE_OBJ) $(UNIT_OBJ)

HELP += '  make explain PROG=p [ARGS=...]  run p, and if it faults, say why (fault.c path, host verdict)'
HELP_VARS += '  PROG=path ARGS="a b"   explain: the program and its arguments, as at your prompt'
# Rows of one's own are not in the replay.
VARS.explain-build = $(VARS_BUILD)
VARS.test-explain = $(VARS_BUILD)
VARS.explain = $(VARS_BUILD) PROG ARGS
HELP += '  make explain-build                build the launcher, capture library, replay and probes'
HELP += '  make test-explain                 differential suite: probes on the host vs faultkit'
TEST_STEPS += test-explain

.PHONY: explain explain-build test-explain need-lp64
HELP_PREREQ += need-lp64

# The replay and its story are written against one profile's model (the
# RHEL6 one, PROFILE_EXPLAIN := 1 in its profile.mk); elsewhere explain
# says so instead of failing to compile.
ifneq ($(PROFILE_EXPLAIN),1)
explain explain-build:
	@echo 'faultkit: explain replays captures through the RHEL6 model only; KERNEL=$(KERNEL) has no replay (run it with KERNEL=rhel6)'
	@exit 2

test-explain:
	@echo 'test-explain: skipped for KERNEL=$(KERNEL) (explain replays through the RHEL6 model only)'
else

need-lp64:
	@test '$(M32)' != 1 || { \
	  echo 'faultkit: explain replays x86_64 captures; build it without M32=1'; \
	  exit 2; }

$(EXPLAIN_DIR)/replay.o: tests/explain/replay.c $(EXPLAIN_HDR) $(HEADERS) | need-lp64
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $<')
	$(Q)$(CC) $(BASE_CFLAGS) $(PROFILE_UNIT_DEFINES) $(SHIM) \
		-DFK_FAULT_C='"$(FAULT_ABS)"' -c $< -o $@

$(EXPLAIN_DIR)/explain.o: tests/explain/explain.c $(EXPLAIN_HDR) $(HEADERS) | need-lp64
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $<')
	$(Q)$(CC) $(BASE_CFLAGS) $(SHIM) -c $< -o $@

$(EXPLAIN_DIR)/capfile.o: tests/explain/capfile.c $(EXPLAIN_HDR) | need-lp64
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $<')
	$(Q)$(CC) $(BASE_CFLAGS) -c $< -o $@

$(FK_REPLAY): $(REPLAY_OBJ)
	$(if $(Q),@echo '  LD      $@')
	$(Q)$(CC) $(LDFLAGS_VAR) -o $@ $^ -lm

$(FK_CAPLIB): tests/explain/capture.c $(EXPLAIN_HDR) | need-lp64
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $@')
	$(Q)$(CC) $(EXPLAIN_CFLAGS) -O2 -fPIC -shared -o $@ $< -ldl

$(FK_LAUNCHER): tests/explain/launcher.c $(EXPLAIN_HDR) | need-lp64
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $@')
	$(Q)$(CC) $(EXPLAIN_CFLAGS) -O2 -o $@ $<

# -O0: the recursions must stay recursions.
$(FK_PROBE): tests/explain/probes.c $(EXPLAIN_HDR) | need-lp64
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $@')
	$(Q)$(CC) $(EXPLAIN_CFLAGS) -O0 -o $@ $<

# A static build of the same probes: what LD_PRELOAD cannot reach.
$(FK_PROBE_STATIC): tests/explain/probes.c $(EXPLAIN_HDR) | need-lp64
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $@')
	$(Q)$(CC) $(EXPLAIN_CFLAGS) -O0 -static -o $@ $< 2>/dev/null || \
	  $(CC) $(EXPLAIN_CFLAGS) -O0 -static -o $@ $<

$(FK_OWATA): tests/explain/owata.c | need-lp64
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $@')
	$(Q)$(CC) $(EXPLAIN_CFLAGS) -O0 -o $@ $<

explain-build: $(EXPLAIN_BINS)

# The program runs where the user stands, so PROG and ARGS mean what they
# would at the user's prompt: with make -C, that is the shell's $PWD, not
# the tree make moved into.
USER_DIR := $(or $(PWD),$(CURDIR))

explain: explain-build
	@test -n '$(PROG)' || { \
	  echo 'faultkit: say which program: make explain PROG=path [ARGS="a b"]'; \
	  exit 2; }
	$(Q)cd '$(USER_DIR)' && $(abspath $(FK_LAUNCHER)) explain -- $(PROG) $(ARGS)

ifeq ($(M32),1)
test-explain:
	@echo 'test-explain: skipped under M32=1 (explain replays x86_64 captures)'
else
test-explain: explain-build
	$(Q)python3 tests/explain/differential.py $(EXPLAIN_DIR)
endif
endif
