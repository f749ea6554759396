# SPDX-License-Identifier: GPL-2.0
# The kernel's configuration is an input (issue 21): the CONFIG_* options a
# profile's shim reads come from a .config, never from a list of our own.
#
#   KCONFIG=file    this configuration
#   KSRC=tree       the tree's .config, when it has one
#   (neither)       the profile's own (PROFILE_KCONFIG in tests/<k>/profile.mk:
#                   Debian's linux-config-<k> for 6.1 and 6.12, fetched once;
#                   RHEL 6.5's options, tests/rhel6/kconfig)
#
# tests/x86/kconfig.sh writes the options the profile names
# (PROFILE_KCONFIG_OPTIONS) into $(KCONFIG_H), which the shim's
# linux/kconfig.h includes; every object of the profile depends on it, and
# it changes only when the configuration does. `make check` and
# `make explore` say which configuration they used.

HELP_VARS += '  KCONFIG=file      the kernel configuration (.config) the shim is built for'
HELP_VARS += '  KCONFIG_DIR=dir   where the header made from it goes (default O/kconfig/KERNEL)'
VARS_BUILD += KCONFIG
HELP_PREREQ += FORCE-KCONFIG kconfig-note kconfig-path
VARS.kconfig = $(VARS_BUILD)
VARS.kconfig-path = $(VARS_BUILD)

# mk/vars.mk refuses a KCONFIG= that names no file, as it does FAULT_C=.
ifneq ($(KCONFIG),)
KCONFIG_SRC := $(KCONFIG)
else ifneq ($(and $(KSRC),$(wildcard $(KSRC)/.config)),)
KCONFIG_SRC := $(KSRC)/.config
else
KCONFIG_SRC := $(PROFILE_KCONFIG)
endif

KCONFIG_DIR ?= $(O)/kconfig/$(KERNEL)
KCONFIG_H := $(KCONFIG_DIR)/fk_config.h
SHIM += -I$(KCONFIG_DIR)

HELP += '  make kconfig      which kernel configuration a run uses, and the options the shim takes from it'

.PHONY: kconfig kconfig-note FORCE-KCONFIG
FORCE-KCONFIG:

# Rewritten only when it would change (kconfig.sh compares), so asking
# every time costs a shell and rebuilds nothing.
$(KCONFIG_H): $(KCONFIG_SRC) tests/x86/kconfig.sh FORCE-KCONFIG
	$(Q)sh tests/x86/kconfig.sh '$(KCONFIG_SRC)' '$@' \
		$(PROFILE_KCONFIG_OPTIONS)

$(PROFILE_OBJ) $(UNIT_OBJ) $(EXTRA_OBJ): $(KCONFIG_H)
$(EXPLAIN_DIR)/replay.o $(EXPLAIN_DIR)/explain.o: $(KCONFIG_H)

kconfig-note: $(KCONFIG_H)
	@echo "faultkit: KERNEL=$(KERNEL), configuration: $$(sh \
		tests/x86/kconfig.sh --name '$(KCONFIG_SRC)')"

check explore: kconfig-note

kconfig: kconfig-note
	$(Q)grep -h '^#define CONFIG_\|^/\* CONFIG_' $(KCONFIG_H)

# The file a run reads (for the tools and self-tests).
.PHONY: kconfig-path
kconfig-path: $(KCONFIG_SRC)
	@echo '$(KCONFIG_SRC)'
