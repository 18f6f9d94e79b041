#!/usr/bin/env bash
# Story grouping quality on the giveme5w1h collection (one set per test, so the
# sets run side by side under ctest -j). See tests/cli/lib/group_quality.sh.
exec bash "$(dirname "$0")/lib/group_quality.sh" "$1" giveme5w1h 0.900
