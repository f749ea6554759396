# SPDX-License-Identifier: GPL-2.0
# The command line, checked before anything runs: a variable that no goal
# takes (VARS.<target>, beside each target), a bad value or a missing
# file gets one line and exit 2, never a run that silently ignores it.
# Included last, when every VARS.<target> is known.

# make explore's and make regress's (their mk files say how they run).
HELP_VARS += '  UNUSUAL=n         explore, regress: at most n unusual inputs per scenario (default 2;'
HELP_VARS += '                    regress: -1 the rows only)'
HELP_VARS += '  JSON=file         explore, regress: the report as JSON too (regress: JSON=- on stdout)'
HELP_VARS += '  ROWS=f.c          explore: a row per path no row takes; regress: a row per region (EXTRA_ROWS= runs them)'
HELP_VARS += '  LIST=f            explore: every scenario, its outcome and unusual inputs, one a line'
HELP_VARS += '  SPACE=1           explore: how many scenarios took each value of each input'
HELP_VARS += '  EXPLORE_JOBS=n    explore: workers (default 2)'
HELP_VARS += '  QUIET=1           regress, model-check: leave out what did not change'
HELP_VARS += '  BISECT=1          regress: exit 125 when it cannot judge (git bisect run skips the commit)'
HELP_VARS += '  FORMAT=mail       regress: the report as a review reply, each hunk of the patch quoted'
HELP_PREREQ += explore-build golden-in-tree-only regress-prep
VARS.explore = $(VARS_BUILD) OPT UNUSUAL JSON ROWS LIST SPACE EXPLORE_JOBS
VARS.explore-build = $(VARS.explore)
VARS.explore-selftest = $(VARS_ANY)
# SANITIZE and M32 are not what regress builds: refused rather than ignored.
VARS.golden = $(VARS_BUILD)
VARS.golden-check = $(VARS_BUILD)
VARS.regress = $(VARS_ANY) KSRC FAULT_C PATCH JSON QUIET UNUSUAL BISECT FORMAT ROWS
VARS.regress-selftest = $(VARS_ANY)

comma := ,
refuse = $(call refuse_run,faultkit: $(1)=$($(1)): $(2))

# Only the outermost make checks what the user gave: a recipe's sub-makes
# get what it checked, and the tools' own variables.
ifeq ($(MAKELEVEL),0)
GOALS := $(or $(MAKECMDGOALS),all)
# A goal no VARS.<target> names (a file, a prerequisite) is a build's.
vars_of = $(if $(filter undefined,$(origin VARS.$(1))),$(VARS.all),$(VARS.$(1)))
TAKEN := $(sort $(foreach g,$(GOALS),$(call vars_of,$(g))))
GIVEN := $(sort $(foreach v,$(.VARIABLES),$(if $(filter command line,$(origin $(v))),$(v))))
REFUSED := $(filter-out $(TAKEN),$(GIVEN))
ifneq ($(REFUSED),)
$(call refuse_run,faultkit: make $(GOALS) does not take $(REFUSED); it takes $(subst %,*,$(TAKEN)) (make help says what each means))
endif

# Values given on the command line or in the environment.
by_user = $(filter command line environment%,$(origin $(1)))
digits_gone = $(subst 0,,$(subst 1,,$(subst 2,,$(subst 3,,$(subst 4,,$(subst \
	5,,$(subst 6,,$(subst 7,,$(subst 8,,$(subst 9,,$(1)))))))))))
is_count = $(and $(filter 1,$(words $(1))),$(if $(call digits_gone,$(1)),,y))

$(foreach v,V SANITIZE M32 QUIET SPACE CLEAN_TEST EXPLORE COVERAGE UNIT_COV BISECT, \
	$(if $(call by_user,$(v)),$(if $(filter-out 0 1,$($(v))),$(call \
	refuse,$(v),expected 1 or 0 (e.g. make $(firstword $(GOALS)) $(v)=1)))))

ifneq ($(call by_user,FORMAT),)
ifeq ($(filter text mail,$(FORMAT)),)
$(call refuse,FORMAT,expected text or mail (e.g. make regress PATCH=x.diff FORMAT=mail))
endif
endif

# make regress UNUSUAL=-1 compares the rows alone, without the space.
UNUSUAL_MIN := $(if $(filter regress,$(GOALS)),-1,0)
ifneq ($(call by_user,UNUSUAL),)
ifeq ($(or $(call is_count,$(UNUSUAL)),$(filter $(UNUSUAL_MIN),$(UNUSUAL))),)
$(call refuse,UNUSUAL,expected a number of unusual inputs$(comma) \
	$(UNUSUAL_MIN) or more (e.g. make $(firstword $(GOALS)) UNUSUAL=2$(comma) the default))
endif
endif

$(foreach v,EXPLORE_JOBS JOBS,$(if $(call by_user,$(v)),$(if $(and $(call \
	is_count,$($(v))),$(subst 0,,$($(v)))),,$(call refuse,$(v),expected \
	a number of workers$(comma) 1 or more (e.g. $(v)=2)))))
endif

# Files read (FAULT_C: one given; the profile's own may be fetched yet).
$(if $(filter-out $(DEFAULT_FAULT_C),$(FAULT_C)),$(if $(wildcard $(FAULT_C)),,$(call \
	refuse,FAULT_C,no such file (give the path of a fault.c$(comma) from $(CURDIR)))))
$(foreach v,EXTRA_ROWS PATCH SCENARIOS KCONFIG,$(if $($(v)),$(if $(wildcard $($(v))),,$(call \
	refuse,$(v),no such file (a path from $(CURDIR))))))
