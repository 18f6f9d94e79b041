#!/usr/bin/env bash
# Run every fuzz target briefly: fuzz/run.sh BUILD_DIR SECONDS
# Each starts from its seed corpus (fuzz/corpus/<name>) plus the regression
# inputs of tests/regress/<name>, and fails on any crash, leak or timeout.
set -uo pipefail
build=$(cd "$1" && pwd) || { echo "fuzz: no build directory $1"; exit 1; }
secs=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
fail=0
shopt -s nullglob
targets=("$build"/fuzz/fuzz_*)
[ "${#targets[@]}" -gt 0 ] || { echo "fuzz: no targets built in $build/fuzz"; exit 1; }
for t in "${targets[@]}"; do
  [ -x "$t" ] || continue
  name=$(basename "$t"); name=${name#fuzz_}
  work=$(mktemp -d)
  seeds=()
  [ -d "$here/corpus/$name" ] && seeds+=("$here/corpus/$name")
  [ -d "$here/../tests/regress/$name" ] && seeds+=("$here/../tests/regress/$name")
  dict=()
  [ -f "$here/$name.dict" ] && dict=(-dict="$here/$name.dict")
  echo "fuzz: $name for ${secs}s"
  if ! (cd "$work" && "$t" "${dict[@]}" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -max_len=262144 -print_final_stats=0 "$work" "${seeds[@]}" > "$work/log" 2>&1); then
    echo "fuzz: $name FAILED"; tail -40 "$work/log"
    mkdir -p "$here/../build-fuzz-crashes"; cp "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* "$here/../build-fuzz-crashes/" 2>/dev/null
    fail=1
  fi
  rm -rf "$work"
done
exit $fail
