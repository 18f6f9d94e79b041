#!/usr/bin/env bash
# Story grouping quality on the gva-dev collection (one set per test, so the
# sets run side by side under ctest -j). See tests/cli/lib/group_quality.sh.
exec bash "$(dirname "$0")/lib/group_quality.sh" "$1" gva-dev 0.925
