#!/usr/bin/env bash
# Story grouping quality on the ecbplus collection (one set per test, so the
# sets run side by side under ctest -j). See tests/cli/lib/group_quality.sh.
exec bash "$(dirname "$0")/lib/group_quality.sh" "$1" ecbplus 0.920
