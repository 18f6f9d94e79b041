#!/usr/bin/env bash
# Golden tests: each case folder holds `args` (one argument per line, paths
# relative to the project root) and `expected` (the exact standard output).
# UPDATE=1 rewrites `expected` for review instead of comparing.
#   run.sh NEWSFOLD CASE_DIR   run one case folder, or every case under it
set -uo pipefail
bin=$1
root=$2
fail=0
cases=()
if [ -f "$root/args" ]; then cases=("$root"); else
  for d in "$root"/*/; do [ -f "$d/args" ] && cases+=("${d%/}"); done
fi
[ "${#cases[@]}" -gt 0 ] || { echo "no golden cases under $root"; exit 1; }
for c in "${cases[@]}"; do
  mapfile -t args < "$c/args"
  out=$(mktemp)
  "$bin" "${args[@]}" > "$out" 2> "$out.err"
  rc=$?
  want_rc=0; [ -f "$c/status" ] && want_rc=$(cat "$c/status")
  if [ "${UPDATE:-0}" = 1 ]; then
    cp "$out" "$c/expected"; echo "$rc" > "$c/status"
    echo "updated $c"
  elif [ "$rc" != "$want_rc" ]; then
    echo "FAIL $c: exit status $rc, expected $want_rc"; cat "$out.err"; fail=1
  elif ! diff -u "$c/expected" "$out" > "$out.diff"; then
    echo "FAIL $c: output differs from expected"; head -50 "$out.diff"; fail=1
  else
    echo "ok   $c"
  fi
  rm -f "$out" "$out.err" "$out.diff"
done
exit $fail
