# Lede: the two quick-start commands, and a few more.
#   make demo    summarize the sample article Datasets/pages/001-marenhaven-storm-gates.txt
#   make test    run the whole test suite
#   make docs    build the DocC documentation of the libraries (fails on any warning)
#   make fuzz-smoke   run every libFuzzer harness briefly (Scripts/fuzz; Fuzz/README.md)
# Both install the C libraries Lede needs (OpenBLAS, zlib, libstemmer, libxml2, ICU) first when they are missing.

SWIFT ?= swift
DEMO_ARTICLE ?= Datasets/pages/001-marenhaven-storm-gates.txt

.PHONY: demo test deps build release docs fuzz-smoke

FUZZ_SECONDS ?= 15

deps:
	@Scripts/install-deps

demo: deps
	@$(SWIFT) build -c release --product lede >/dev/null
	@$(SWIFT) run -c release --skip-build lede $(DEMO_ARTICLE)

test: deps
	$(SWIFT) test
	python3 -m unittest discover -s Datasets/convert -p 'test_*.py'

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

docs: deps
	LEDE_GENERATE_DOCS=1 $(SWIFT) package generate-documentation \
		--target Lede --target LedeText --target LedeRouge --target LedeEval --target LedeHTML --warnings-as-errors

fuzz-smoke: deps
	Scripts/fuzz all $(FUZZ_SECONDS)
