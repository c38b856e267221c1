# One command to set up and build the site, one to run the tests.
#   make site   installs what is missing (libcmark-dev, libvips-dev), builds sitegen (release) and the site into public/
#   make test   installs what is missing and runs the test suite
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcmark-dev libvips-dev pkg-config

.PHONY: site test deps release check clean

site: release
	.build/release/sitegen build

check: release
	.build/release/sitegen check

test: deps
	swift test

release: deps
	swift build -c release --static-swift-stdlib --product sitegen

deps:
	@pkg-config --exists libcmark vips 2>/dev/null || { \
	  echo "installing $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); }

clean:
	rm -rf .build public
