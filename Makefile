# One command to set up and build the site, one to run the tests.
#   make site   installs what is missing (libcmark-dev, libvips-dev), builds sitegen (release) and the site into public/
#   make test   installs what is missing (also nodejs and chromium), runs the test suite, the
#               search script's tests (Node, then headless Chromium), then validates /resume.json
#               against the JSON Resume schema (Python, in a venv outside the repository)
#   make test-asan / make test-tsan   the whole suite under AddressSanitizer / ThreadSanitizer
#   make fuzz   builds the libFuzzer targets (Fuzz/) and runs each for FUZZ_SECONDS (default 60)
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcmark-dev libvips-dev pkg-config nodejs
# The JSON Resume check: jsonschema, and jsonify-resume only for the schema.json it ships.
RESUME_VENV ?= $(HOME)/.cache/sitegen-test/venv
RESUME_PIP := jsonschema==4.26.0
RESUME_SCHEMA_PIP := jsonify-resume==0.1.1
RESUME_OUT := .build/resume-check

.PHONY: site test deps test-deps release check clean resume-schema search-test test-asan test-tsan fuzz fuzz-build

site: release
	.build/release/sitegen build

check: release
	.build/release/sitegen check

test: deps test-deps
	swift test
	$(MAKE) search-test
	$(MAKE) resume-schema

# What only the tests need: headless Chromium for the search page's end-to-end test.
test-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (the search end-to-end test)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

# templates/assets/search.js: unit tests in Node (Debian's nodejs), then the search page end to
# end in headless Chromium.
search-test:
	node --test Tests/search/search.test.js
	swift build --product sitegen
	python3 Tests/search/e2e.py .build/debug/sitegen

# /resume.json of the golden fixture (pinned byte for byte by the Swift tests) and of this
# repository's own site, validated against the JSON Resume schema.
resume-schema:
	@[ -x "$(RESUME_VENV)/bin/python" ] || python3 -m venv "$(RESUME_VENV)"
	@"$(RESUME_VENV)/bin/python" -c "import jsonschema, importlib.metadata as m; m.files('jsonify-resume')" 2>/dev/null || { \
	  "$(RESUME_VENV)/bin/pip" install -q $(RESUME_PIP) && \
	  "$(RESUME_VENV)/bin/pip" install -q --no-deps $(RESUME_SCHEMA_PIP); }
	swift build --product sitegen
	rm -rf $(RESUME_OUT)
	.build/debug/sitegen build --output $(RESUME_OUT) --no-cache
	"$(RESUME_VENV)/bin/python" Tests/schema/validate_resume_json.py \
	  Tests/SiteGenCoreTests/Fixtures/golden/expected/resume.json $(RESUME_OUT)/resume.json

# Sanitized suites build into their own folders (everything, dependencies included, is
# instrumented, C targets too).
test-asan: deps
	SITEGEN_TEST_TIME_SCALE=3 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt swift test --sanitize=address --scratch-path .build-asan

test-tsan: deps
	SITEGEN_TEST_TIME_SCALE=6 swift test --sanitize=thread --scratch-path .build-tsan

FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= FuzzMarkdown FuzzFrontMatter FuzzCareerData FuzzSiteConfig FuzzBuildCache FuzzSitePath

# The fuzz targets are a package of their own (Fuzz/), so the normal build never sees them.
# SwiftPM's --sanitize=fuzzer links libFuzzer's main but instruments only the executables:
# -Xswiftc/-Xcc give every module, dependencies and C targets included, coverage counters.
fuzz-build: deps
	swift build -c release --package-path Fuzz --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address \
	  -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -enable-testing -Xcc -fsanitize=fuzzer-no-link

fuzz: fuzz-build
	@failed=0; for target in $(FUZZ_TARGETS); do Fuzz/run.sh $$target $(FUZZ_SECONDS) || failed=1; done; exit $$failed

release: deps
	swift build -c release --static-swift-stdlib --product sitegen

deps:
	@{ pkg-config --exists libcmark vips && command -v node; } >/dev/null 2>&1 || { \
	  echo "installing $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); }

clean:
	rm -rf .build public
