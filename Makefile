# Thin wrapper over CMake. The real build is CMakeLists.txt.
BUILD ?= build
SAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 20
CMAKE ?= cmake

.PHONY: all release asan test check unit fuzz fuzz-smoke bench lint valgrind \
        example install clean

all: release

release:
	$(CMAKE) -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	$(CMAKE) --build $(BUILD) -j$(JOBS)

# The ASan+UBSan build every test runs under.
asan:
	$(CMAKE) -S . -B $(SAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DNF_SANITIZE=ON -DNF_BENCH=OFF
	$(CMAKE) --build $(SAN_BUILD) -j$(JOBS)

# The whole test suite: every unit, CLI, golden and worst-case test under
# AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer, then each
# fuzz target for a short run.
test: check fuzz-smoke

check: asan
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(SAN_BUILD) --output-on-failure -j$(JOBS)

# Fuzz targets need clang (libFuzzer).
fuzz:
	CC=clang $(CMAKE) -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=Debug -DNF_FUZZ=ON -DNF_TESTS=OFF -DNF_BENCH=OFF
	$(CMAKE) --build $(FUZZ_BUILD) -j$(JOBS)

fuzz-smoke: fuzz
	bash fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

bench: release
	bash bench/run.sh $(BUILD)

lint:
	python3 tools/check-deps .
	python3 tools/check-src .
	tools/check-format

valgrind: release
	ctest --test-dir $(BUILD) -L unit -T memcheck --output-on-failure

example: release
	$(BUILD)/newsfold fold --format md examples/syria-coast-2025-03/*.txt

install: release
	$(CMAKE) --install $(BUILD)

clean:
	rm -rf $(BUILD) $(SAN_BUILD) $(FUZZ_BUILD)
