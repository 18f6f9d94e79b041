# Shared set-up of the shell tests, sourced first thing:
#   . "$(dirname "$0")/../lib/harness.sh" "$@"
# gives bin (the newsfold binary, the test's first argument), tmp (a scratch
# folder removed on exit), fail MESSAGE (prints it and counts a failure) and
# finish (prints "<test>: ok", or the failures and exits 1).
set -uo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
finish() {
  local name
  name=$(basename "$0" .sh)
  if [ "$fails" = 0 ]; then
    echo "$name: ok"
  else
    echo "$name: $fails failure(s)"
    exit 1
  fi
}
