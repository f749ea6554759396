# SPDX-License-Identifier: GPL-2.0
#
# faultkit: run the real x86 page-fault handler against a table of
# scenarios in userspace. `make help` lists the targets.

O        ?= build
CC       ?= gcc
V        ?= 0

ifeq ($(V),0)
Q := @
else
Q :=
endif

# A kernel is a profile: tests/<k>/profile.mk says where its fault.c comes
# from (DEFAULT_FAULT_C, PROFILE_NEEDS: targets that fetch or check it),
# its extra flags (PROFILE_UNIT_CFLAGS; PROFILE_UNIT_DEFINES, which it
# derives from the unit's file, $(FAULT_ABS), as the unit is built),
# sources its unit replaces (PROFILE_OMIT), steps of its own for make
# test (PROFILE_TEST_STEPS) and
# whether it is x86_64 only (PROFILE_LP64_ONLY: no M32=1), and how to say
# which kernel version it runs (PROFILE_VERSION: a command).
# This file knows no kernel.
PROFILES := $(patsubst tests/%/profile.mk,%,$(wildcard tests/*/profile.mk))
# What runs without a tree: a profile whose fault.c faultkit does not
# ship (PROFILE_TREE_ONLY, RHEL's minors) runs with KSRC= only, and the
# loops of make test (test-profiles, compare, explore-selftest) leave it.
PROFILES_SHIPPED := $(filter-out $(patsubst tests/%/profile.mk,%,$(shell \
	grep -l '^PROFILE_TREE_ONLY' tests/*/profile.mk)),$(PROFILES))

# A refusal is one line and exit 2. make regress, CI's gate, writes its
# JSON report first, whose "exit" CI reads: a refusal is kept in
# REGRESS_REFUSED and regress.py writes it (mk/regress.mk).
REGRESS_REFUSED :=
REGRESS_ALONE := $(if $(filter-out regress,$(MAKECMDGOALS)),,$(filter \
	regress,$(MAKECMDGOALS)))
refuse_run = $(if $(REGRESS_ALONE),$(if $(REGRESS_REFUSED),,$(eval \
	REGRESS_REFUSED := $(patsubst faultkit:%,%,$(1)))),$(error $(1)))

# KSRC= or FAULT_C= alone picks the profile: by the tree's version, or
# by what the file uses, as each profile.mk says what it runs (PICK.*);
# KERNEL= overrides the choice, not what the profile's shim needs
# (tests/kernels/pick.sh). The outermost make says what it chose and
# why; a tree or file no profile runs is refused here.
space := $(subst ,, )
define newline


endef
KERNEL_GIVEN := $(if $(filter command% environment% override,$(origin \
	KERNEL)),$(KERNEL))
ifneq ($(KSRC)$(wildcard $(FAULT_C)),)
PICK := $(shell sh tests/kernels/pick.sh choose '$(KSRC)' \
	'$(wildcard $(FAULT_C))' '$(KERNEL_GIVEN)')
PICK_SAY := $(subst $(space)%%$(space),$(newline)  ,$(wordlist 3,$(words \
	$(PICK)),$(PICK)))
ifeq ($(firstword $(PICK)),-)
$(call refuse_run,$(PICK_SAY))
else
KERNEL := $(firstword $(PICK))
ifeq ($(MAKELEVEL),0)
$(if $(PICK_SAY),$(info $(PICK_SAY)))
endif
endif
endif
KERNEL ?= rhel6

ifeq ($(filter $(KERNEL),$(PROFILES)),)
$(call refuse_run,faultkit: KERNEL=$(KERNEL) has no profile (no tests/$(KERNEL)/profile.mk): use KERNEL= one of $(PROFILES))
override KERNEL := $(firstword $(PROFILES))
endif
# Each mk/*.mk (and a profile) adds its targets, their help lines
# (HELP +=), the variables each target takes (VARS.<target>) with their
# help lines (HELP_VARS +=), and the steps of `make test` (TEST_STEPS +=).
# A variable given on the command line that no goal takes, or a bad
# value, is refused before anything runs (mk/vars.mk).
HELP =
HELP_VARS =
HELP_PREREQ =
HELP_VARS += '  KERNEL=k          the kernel profile (default rhel6; KSRC= or FAULT_C= alone picks it):'
HELP_VARS += $(shell sh tests/kernels/pick.sh list | sed "s/^/'                      /; s/$$/'/")
HELP_VARS += '  FAULT_C=path      another copy of fault.c (read only), e.g. a patched one'
HELP_VARS += '  KSRC=tree         a kernel tree'"'"'s fault.c: its Makefile'"'"'s version picks the profile'
HELP_VARS += '  EXTRA_ROWS=f.c    rows of your own, as the suite "extra" (make explore ROWS= writes them)'
HELP_VARS += '  SANITIZE=1        build with ASan and UBSan'
HELP_VARS += '  M32=1             build and run as ILP32 (i386)'
HELP_VARS += '  KTAP=f JUNIT=f TAP=f CHECK_XML=f   with check: also write these reports'
HELP_VARS += '  CK_RUN_SUITE=s CK_RUN_CASE=row CK_EXCLUDE_TAGS=rows   pick rows (Check'"'"'s own); CK_FORK=no for gdb'
HELP_VARS += '  V=1               show the commands'
HELP_VARS += '  O=dir             the build folder (default build)'
HELP_VARS += '  CC=gcc EXTRA_CFLAGS=... PKG_CONFIG=pkg-config   the compiler, more flags, pkg-config'
HELP_VARS += '  EXPLORE=1 COVERAGE=1 UNIT_COV=1 UNIT_ID=tag OPT=-O2   variants the tools build (make testbin)'
HELP_VARS += '  PAIR_WITH=unit.o  (make regress) link that base unit beside this one: both in one pass'

HELP += '  make check        run the fault-scenario table under Check'
HELP += '  make test         the project tests (./run test, CI): the steps listed below'
HELP += '  make build        build the table binary only (make all, the default, too)'
HELP += '  make ktap         run the table, print KTAP (kunit.py parse reads it)'
HELP += '  make clean        remove $(O)/ and generated reports'
HELP += '  make help         this list'
HELP += '  make testbin      build the table binary, print what from and its path (for the tools)'
HELP += '  make engine       build the engine alone'
HELP += '  make test-sanitize  make check SANITIZE=1;  make test-m32  make check M32=1'
HELP += '  make test-builds  every build make test uses, side by side'

UNIT_CFLAGS_VAR :=
PROFILE_NEEDS :=
PROFILE_UNIT_CFLAGS :=
PROFILE_UNIT_DEFINES =
PROFILE_CFLAGS :=
PROFILE_BASE :=
PROFILE_OMIT :=
PROFILE_TEST_STEPS :=
PROFILE_EXPLAIN :=
PROFILE_FETCH :=
PROFILE_FETCH_NEWER :=
PROFILE_LP64_ONLY :=
PROFILE_VERSION = echo 'version not known'
include tests/$(KERNEL)/profile.mk
FAULT_C  ?= $(DEFAULT_FAULT_C)
UNIT_CFLAGS_VAR += $(PROFILE_UNIT_CFLAGS)
# Every basic block of the unit calls the engine (tests/engine/budget.c):
# a unit that loops is stopped by a count of what it ran, the same on
# any machine, never by a clock; the explorer tells paths apart by it.
UNIT_CFLAGS_VAR += -fsanitize-coverage=trace-pc

# One build folder per configuration, so variants never mix objects.
VARIANT := $(KERNEL)
CFLAGS_VAR :=
LDFLAGS_VAR :=
ifeq ($(SANITIZE),1)
VARIANT := $(VARIANT)-san
CFLAGS_VAR += -fsanitize=address,undefined -fno-sanitize-recover=all \
	      -fno-omit-frame-pointer
LDFLAGS_VAR += -fsanitize=address,undefined
endif
RUN_TESTBIN :=
ifeq ($(M32),1)
# Kernels without IA32 emulation cannot exec i386 binaries: qemu-i386 can.
RUN_TESTBIN := sh tests/engine/run-i386.sh
VARIANT := $(VARIANT)-m32
CFLAGS_VAR += -m32
LDFLAGS_VAR += -m32
PKG_CONFIG_PATH := /usr/lib/i386-linux-gnu/pkgconfig
export PKG_CONFIG_PATH
endif
# make explore: the unit reports each basic block it runs, so that a
# scenario's path through it can be told apart from another's.
# The harness is built -O2 for speed, the unit -O0 so that its paths are
# the source's branches, not what the optimiser left of them. The unit
# has a folder of its own (unit-explore); the harness is the one of its
# flags: an -O2 one is a variant of its own (-O2), one built -O0 (the
# sanitized explorer's, EXPLORE=1 OPT=-O0) is make check's.
EXPLORE_TAG :=
ifeq ($(EXPLORE),1)
EXPLORE_TAG := -explore
OPT ?= -O2
UNIT_CFLAGS_VAR += -O0
endif
OPT ?= -O0
empty :=
VARIANT := $(VARIANT)$(subst $(empty) ,,$(filter-out -O0,$(OPT)))
# Rows from a file of one's own (the explorer writes them: make explore
# ROWS=f.c): the suite "extra", one object more in a binary of its own;
# everything else is the variant's.
# (A missing file is refused by mk/vars.mk.)
ifneq ($(EXTRA_ROWS),)
ROWS_ID := $(shell printf '%s' '$(abspath $(EXTRA_ROWS))' | cksum | cut -d' ' -f1)
endif
# make coverage counts the harness too (its second report): a variant.
ifeq ($(COVERAGE),1)
VARIANT := $(VARIANT)-cov
CFLAGS_VAR += --coverage
LDFLAGS_VAR += --coverage
endif
# UNIT_COV=1 counts the unit only (make branches, make regress): the
# harness is the variant's own objects, the unit a folder of its own
# (unit-cov), so such a build compiles one file.
COV_TAG :=
ifeq ($(UNIT_COV),1)
COV_TAG := -cov
UNIT_CFLAGS_VAR += --coverage
LDFLAGS_VAR += --coverage
endif

# The unit takes &mm->mmap_sem of a NULL mm on purpose (kernel threads, for
# prefetchw); the kernel is built with -fno-delete-null-pointer-checks.
# UBSan's null check is off for the unit's object only: a real NULL
# dereference still faults, and ASan reports it.
ifeq ($(SANITIZE),1)
UNIT_CFLAGS_VAR += -fno-sanitize=null
endif

B := $(O)/$(VARIANT)

# The unit is built per fault.c, so another FAULT_C never touches the
# default objects (nor the in-tree file, which is only ever read).
ifeq ($(FAULT_C),$(DEFAULT_FAULT_C))
UNIT_ID_TAG :=
else ifneq ($(UNIT_ID),)
UNIT_ID_TAG := -$(UNIT_ID)
else
FAULT_ID := $(shell printf '%s' '$(abspath $(FAULT_C))' | cksum | cut -d' ' -f1)
UNIT_ID_TAG := -$(FAULT_ID)
endif
UNIT_DIR := $(B)/unit$(EXPLORE_TAG)$(COV_TAG)$(UNIT_ID_TAG)
FAULT_ABS := $(abspath $(FAULT_C))

# The in-tree unit builds warning-free with -Werror like the harness. A
# patched or mutated copy is someone else's code: its warnings are shown,
# only real errors stop it (a missing one is refused by mk/vars.mk).
ifneq ($(FAULT_C),$(DEFAULT_FAULT_C))
UNIT_CFLAGS_VAR += -Wno-error
endif

PKG_CONFIG ?= pkg-config
CHECK_CFLAGS = $(shell $(PKG_CONFIG) --cflags check 2>/dev/null)
CHECK_LIBS = $(shell $(PKG_CONFIG) --libs check 2>/dev/null)

OPT      ?= -O0
WARN     := -Wall -Wextra -Werror
BASE_CFLAGS := -std=gnu11 -g $(OPT) $(WARN) -fno-strict-aliasing \
	       -fno-delete-null-pointer-checks $(CFLAGS_VAR) $(EXTRA_CFLAGS)
# A profile may build on another (PROFILE_BASE += <base> in its
# profile.mk, before it includes the base's, which adds its own base
# after: nearest first): its own folders are searched first, the bases'
# after, and a file of its own replaces a base's file of the same path
# (stubs/<k>/X, mm/<k>/X, tests/<k>/X). Profiles include each other's
# headers as <name.h>.
LAYERS   := $(KERNEL) $(PROFILE_BASE)
SHIM     := $(foreach l,$(LAYERS),-Istubs/$(l)/include) \
	    $(foreach l,$(LAYERS),-Istubs/$(l) -Itests/$(l)) -Itests/x86

ENGINE_SRC := tests/engine/fake.c tests/engine/budget.c tests/engine/render.c \
	      tests/engine/golden.c \
	      tests/engine/runner.c tests/engine/check_main.c \
	      tests/engine/main.c tests/engine/scenario.c \
	      tests/engine/linux.c tests/engine/server.c \
	      tests/engine/explore.c tests/engine/explore_main.c \
	      tests/engine/pair.c tests/engine/regions.c
# The .c files under @1 (stubs/k, mm/k, tests/k), relative to it.
rel_c = $(patsubst $(1)/%,%,$(wildcard $(1)/*.c $(1)/*/*.c $(1)/*/*/*.c \
	$(1)/*/*/*/*.c $(1)/*/*/*/*/*.c))
# $(call layered,stubs): each relative path from the first layer that has it
layered = $(call _layered,$(1),$(LAYERS),)
_layered = $(if $(2),$(addprefix $(1)/$(firstword $(2))/,$(filter-out \
	$(3),$(call rel_c,$(1)/$(firstword $(2))))) $(call _layered,$(1),$(wordlist \
	2,99,$(2)),$(3) $(call rel_c,$(1)/$(firstword $(2)))))
UNIT_C := $(firstword $(wildcard $(foreach l,$(LAYERS),tests/$(l)/unit.c)))
# A profile may leave out sources a unit defines itself (PROFILE_OMIT).
PROFILE_SRC := $(filter-out $(PROFILE_OMIT),$(call layered,stubs) \
	       $(call layered,mm) $(filter-out %/unit.c,$(call layered,tests)) \
	       $(wildcard tests/x86/*.c))
HEADERS := Makefile $(foreach l,$(LAYERS),tests/$(l)/profile.mk $(wildcard \
	     tests/$(l)/*.h stubs/$(l)/*.h stubs/$(l)/include/*/*.h \
	     stubs/$(l)/include/*/*/*.h stubs/$(l)/*/*/*/*.h)) \
	   $(wildcard tests/engine/*.h tests/x86/*.h)

# The engine knows no kernel: one build of it per set of flags (plain,
# -san, -m32, -O2 ...), shared by every profile.
ENGINE_B := $(O)/engine$(patsubst $(KERNEL)%,%,$(VARIANT))
ENGINE_HDR := Makefile $(wildcard tests/engine/*.h)
ENGINE_OBJ := $(patsubst %.c,$(ENGINE_B)/%.o,$(ENGINE_SRC))
PROFILE_OBJ := $(patsubst %.c,$(B)/%.o,$(PROFILE_SRC))
UNIT_OBJ := $(UNIT_DIR)/unit.o
EXTRA_OBJ := $(if $(ROWS_ID),$(B)/extra-rows/$(ROWS_ID).o)
# make regress runs two units in one binary (tests/engine/pair.c): the
# one built, and beside it the base unit's object, PAIR_WITH=.../unit.o
# of its own build, each symbol it defines renamed fkbase_<name>.
ifneq ($(PAIR_WITH),)
ifeq ($(wildcard $(PAIR_WITH)),)
$(call refuse_run,faultkit: PAIR_WITH=$(PAIR_WITH): no such object; make regress builds it first)
endif
PAIR_ID := $(shell printf '%s' '$(abspath $(PAIR_WITH))' | cksum | cut -d' ' -f1)
PAIR_OBJ := $(UNIT_DIR)/base-$(PAIR_ID).o
endif
TESTBIN := $(UNIT_DIR)/faultkit-$(KERNEL)$(if $(ROWS_ID),-rows$(ROWS_ID))$(if \
	$(PAIR_ID),-pair$(PAIR_ID))

.PHONY: all check build engine help clean test
all: build

# Steps of `make test` run in the order listed.
TEST_STEPS := check test-sanitize test-m32 $(PROFILE_TEST_STEPS)
# The builds those steps use (TEST_BUILDS += k/kind, kinds below), made
# first by make test, side by side.
TEST_BUILDS := $(KERNEL)/plain $(KERNEL)/san \
	$(if $(PROFILE_LP64_ONLY),,$(KERNEL)/m32)

# What a target that builds the table takes (VARS_BUILD), and what the
# tools add when they build their variants (VARS_TOOL). Check's own
# environment (CK_RUN_CASE=, CK_FORK= ...) reaches the table's runs.
VARS_BUILD := KERNEL O V CC EXTRA_CFLAGS PKG_CONFIG FAULT_C KSRC SANITIZE M32
VARS_TOOL := EXPLORE COVERAGE UNIT_COV UNIT_ID OPT PAIR_WITH
VARS_CHECK := CK_%
VARS_ANY := KERNEL O V
VARS.all = $(VARS_BUILD) $(VARS_TOOL) EXTRA_ROWS
VARS.build = $(VARS.all)
VARS.testbin = $(VARS.all)
VARS.engine = $(VARS.all)
VARS.check = $(VARS.all) $(VARS_CHECK) KTAP JUNIT TAP CHECK_XML
VARS.ktap = $(VARS.all) $(VARS_CHECK)
VARS.test-sanitize = $(VARS.check)
VARS.test-m32 = $(VARS.check)
VARS.test := $(VARS_ANY)
VARS.test-builds := $(VARS_ANY)
VARS.help := $(VARS_ANY)
VARS.clean := O V
build: $(TESTBIN)

help:
	@echo 'usage: make TARGET [VARIABLE=value ...]  (./run TARGET: the same, after installing what is missing)'
	@echo 'targets:'
	@printf '%s\n' $(HELP)
	@echo '  make test runs: $(strip $(TEST_STEPS))' | \
		fold -s -w 76 | sed '2,$$s/^/    /'
	@echo '  and, run for you as prerequisites: $(strip $(HELP_PREREQ))' | \
		fold -s -w 76 | sed '2,$$s/^/    /'
	@echo 'variables (a target refuses one it does not take, and says which it takes):'
	@printf '%s\n' $(HELP_VARS)

# ---- preconditions: one clear message, never a wall of errors --------
.PHONY: need-check need-fault-c
HELP_PREREQ += need-check need-fault-c
need-check:
	@$(PKG_CONFIG) --exists check 2>/dev/null || { \
	  echo 'faultkit: the Check framework is missing (pkg-config check).'; \
	  echo '  apt-get install -y check pkg-config'; exit 2; }

need-fault-c: $(PROFILE_NEEDS)
	@test -f '$(FAULT_C)' || { \
	  echo 'faultkit: FAULT_C=$(FAULT_C): no such file (give the path of a fault.c)'; exit 2; }
	@test -r '$(FAULT_C)' || { \
	  echo 'faultkit: FAULT_C=$(FAULT_C): not readable (give a fault.c you can read)'; exit 2; }

# Objects are written whole or not at all (a temporary, then renamed):
# two builds at once (make test's, or a user's two profiles) may share
# one, and neither links half of it.
atomic_o = -o $@.$$$$.tmp && mv -f $@.$$$$.tmp $@

engine: $(ENGINE_OBJ)

$(ENGINE_B)/tests/engine/%.o: tests/engine/%.c $(ENGINE_HDR) | need-check
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $<')
	$(Q)$(CC) $(BASE_CFLAGS) $(CHECK_CFLAGS) -c $< $(atomic_o)

$(B)/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $<')
	$(Q)$(CC) $(BASE_CFLAGS) $(PROFILE_CFLAGS) $(SHIM) -c $< $(atomic_o)

# The harness unit #includes the unit under test.
$(UNIT_OBJ): $(UNIT_C) $(wildcard $(FAULT_C)) $(HEADERS) | need-fault-c
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $< + $(FAULT_C)')
	$(Q)$(CC) $(BASE_CFLAGS) $(UNIT_CFLAGS_VAR) $(PROFILE_UNIT_DEFINES) \
		$(SHIM) -DFK_FAULT_C='"$(FAULT_ABS)"' \
		-c $< -o $@ || { echo 'faultkit: $(FAULT_C) does not compile against the $(KERNEL) shim (the compiler says where, above; another kernel'"'"'s file needs its profile: KERNEL=)'; exit 2; }
	$(Q)$(PROFILE_VERSION) > $(UNIT_DIR)/kernel-version

$(EXTRA_OBJ): $(EXTRA_ROWS) $(HEADERS)
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  CC      $<')
	$(Q)$(CC) $(BASE_CFLAGS) $(PROFILE_CFLAGS) $(SHIM) -c $< $(atomic_o)

$(PAIR_OBJ): $(PAIR_WITH)
	@mkdir -p $(dir $@)
	$(if $(Q),@echo '  RENAME  $< as the base unit')
	$(Q)nm --defined-only -g --format=posix $< | \
		awk '{ print $$1 " fkbase_" $$1 }' > $@.$$$$.syms && \
	objcopy --redefine-syms=$@.$$$$.syms $< $@.$$$$.tmp && \
	rm -f $@.$$$$.syms && mv -f $@.$$$$.tmp $@

$(TESTBIN): $(ENGINE_OBJ) $(PROFILE_OBJ) $(UNIT_OBJ) $(EXTRA_OBJ) $(PAIR_OBJ) | need-check
	$(if $(Q),@echo '  LD      $@')
	$(Q)$(CC) $(LDFLAGS_VAR) $^ $(CHECK_LIBS) -lm $(atomic_o)

# Reports beside the Check run: KTAP=, JUNIT= (files), TAP= (Check's TAP
# log), CHECK_XML= (Check's own XML log). The first line says which
# kernel runs: the profile reads its version (PROFILE_VERSION).
# The strict gate: each row that passes what it asserts must also behave
# as its golden file pins it, whole trace included, when the unit is the
# one the golden files record (the profile's own, or a KSRC= tree's once
# recorded). Another FAULT_C is make regress's to compare: it says what
# a change means.
CHECK_GOLDEN = $(if $(and $(filter $(GOLDEN_UNIT),$(FAULT_C)),$(wildcard \
	$(GOLDEN_DIR)/*.txt)),--golden $(GOLDEN_DIR) --golden-sha $$(sha256sum \
	< '$(FAULT_C)' | cut -d' ' -f1))
CHECK_NO_GOLDEN = $(if $(filter $(GOLDEN_UNIT),$(FAULT_C)),$(if $(wildcard \
	$(GOLDEN_DIR)/*.txt),,KSRC=$(KSRC): no golden files recorded for this \
	tree, traces not compared: make golden KSRC=$(KSRC) records them), \
	FAULT_C=$(FAULT_C): traces not compared with the golden files$(comma) \
	which record $(GOLDEN_UNIT): make regress FAULT_C=$(FAULT_C) compares them)

# The first line says which kernel the unit was built from (its build
# records it: kernel-version beside the unit).
check: $(TESTBIN)
	@echo "faultkit: KERNEL=$(KERNEL), $$(cat $(UNIT_DIR)/kernel-version 2>/dev/null || \
		$(PROFILE_VERSION)); unit: $(FAULT_C)"
	$(if $(CHECK_NO_GOLDEN),@echo 'faultkit: $(strip $(CHECK_NO_GOLDEN))')
	$(Q)$(if $(TAP),CK_TAP_LOG_FILE_NAME='$(TAP)') \
	    $(if $(CHECK_XML),CK_XML_LOG_FILE_NAME='$(CHECK_XML)') \
	    sh tests/lib/status.sh $(RUN_TESTBIN) $(TESTBIN) $(CHECK_GOLDEN); \
	    rc=$$?; \
	$(if $(KTAP),$(RUN_TESTBIN) $(TESTBIN) --ktap > '$(KTAP)';) \
	$(if $(JUNIT),$(RUN_TESTBIN) $(TESTBIN) --junit > '$(JUNIT)';) \
	exit $$rc

.PHONY: ktap test-sanitize testbin
# For the tools (tests/lib/faultkit.py): builds the table binary, prints
# what it is built from (tests/bench compiles the same by hand) and, on
# the last line, its path.
testbin: $(TESTBIN)
	@echo 'KERNEL=$(KERNEL)'
	@echo 'PROFILE_BASE=$(PROFILE_BASE)'
	@echo 'FAULT_C=$(FAULT_ABS)'
	@echo 'ENGINE_SRC=$(ENGINE_SRC)'
	@echo 'PROFILE_SRC=$(PROFILE_SRC)'
	@echo 'BASE_CFLAGS=$(BASE_CFLAGS)'
	@echo 'SHIM=$(SHIM)'
	@echo 'PROFILE_CFLAGS=$(subst ','"'"',$(PROFILE_CFLAGS))'
	@echo 'CHECK_CFLAGS=$(CHECK_CFLAGS)'
	@echo 'CHECK_LIBS=$(CHECK_LIBS)'
	@echo $(TESTBIN)

ktap: $(TESTBIN)
	$(Q)$(RUN_TESTBIN) $(TESTBIN) --ktap

test-sanitize:
	$(Q)$(MAKE) --no-print-directory check SANITIZE=1

# The same table as an ILP32 build, where the cushion is 65536 + 32 * 4.
.PHONY: test-m32
ifeq ($(PROFILE_LP64_ONLY),1)
test-m32:
	@echo 'test-m32: skipped for KERNEL=$(KERNEL) (an x86_64-only profile)'
else
test-m32:
	$(Q)$(MAKE) --no-print-directory check M32=1
endif

-include $(sort $(wildcard mk/*.mk))

# make test builds every variant its steps use before the first step, in
# one make (both cores busy, no step waiting on a compile, no two steps
# building one object). A kind is a set of make variables; the engine is
# built once per set of flags before the profiles that share it, and a
# unit-only kind (unitcov, explorecov) after the harness it joins.
BUILD_VARS.plain :=
BUILD_VARS.san := SANITIZE=1
BUILD_VARS.m32 := M32=1
BUILD_VARS.explore := EXPLORE=1
BUILD_VARS.cov := COVERAGE=1 OPT=-O0
BUILD_VARS.unitcov := UNIT_COV=1
ENGINE_OF.unitcov := plain
BUILD_VARS.explorecov := EXPLORE=1 UNIT_COV=1
ENGINE_OF.explorecov := explore
# the explorer under the sanitizers, built -O0 (-O2 with ASan costs the
# most of any build, and this one is run small): on the -san harness
BUILD_VARS.sanexplore := SANITIZE=1 EXPLORE=1 OPT=-O0
ENGINE_OF.sanexplore := san
build_kind = $(lastword $(subst /, ,$(1)))
build_engine = test-build/engine/$(or $(ENGINE_OF.$(1)),$(1))

uniq = $(if $(1),$(firstword $(1)) $(call uniq,$(filter-out \
	$(firstword $(1)),$(1))))
# the default profile's first: the others wait for their kernel source
TEST_BUILDS_ALL := $(call uniq,$(filter $(KERNEL)/%,$(TEST_BUILDS)) \
	$(filter-out $(KERNEL)/%,$(TEST_BUILDS)))

.PHONY: test-builds
test-builds: $(addprefix test-build/,$(TEST_BUILDS_ALL))
test-build/engine/%: | need-check
	+$(Q)$(MAKE) --no-print-directory engine $(BUILD_VARS.$*)
define test_build_rule
test-build/$(1): $(call build_engine,$(call build_kind,$(1))) \
		$(if $(ENGINE_OF.$(call build_kind,$(1))),test-build/$(firstword \
		$(subst /, ,$(1)))/$(ENGINE_OF.$(call build_kind,$(1))))
	+$$(Q)$$(MAKE) --no-print-directory build KERNEL=$(firstword \
		$(subst /, ,$(1))) $$(BUILD_VARS.$(call build_kind,$(1)))
endef
$(foreach b,$(TEST_BUILDS_ALL),$(eval $(call test_build_rule,$(b))))

# Steps run one after the other; each may use both cores itself.
# Each step's time is printed after it, so a slow one shows in CI's log.
# The kernel sources are fetched meanwhile (make sources, in the
# background): the steps that need them wait for them (fetch-source.sh
# takes a lock), and one that fails says why itself.
test:
	$(Q)mkdir -p $(O); $(MAKE) --no-print-directory sources \
		> $(O)/sources.log 2>&1 &
	$(Q)set -e; n=0; t0=$$(date +%s); \
	echo "== make test-builds ($(words $(TEST_BUILDS_ALL)) builds, log: $(O)/test-builds.log)"; \
	$(MAKE) --no-print-directory test-builds > $(O)/test-builds.log 2>&1 || \
		{ cat $(O)/test-builds.log; exit 1; }; \
	times=" test-builds $$(($$(date +%s) - t0))s"; \
	for step in $(TEST_STEPS); do \
		echo "== make $$step"; \
		t=$$(date +%s); \
		$(MAKE) --no-print-directory $$step; \
		times="$$times $$step $$(($$(date +%s) - t))s"; \
		n=$$((n + 1)); \
	done; \
	echo "== make test: every step passed:$$times"; \
	echo "steps: $$n passed, 0 failed in $$(($$(date +%s) - t0)) s"

clean:
	rm -rf $(O) coverage/html coverage/*.info coverage/*.xml \
	       coverage/*.json coverage/*.txt
