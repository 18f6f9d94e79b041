#!/usr/bin/env bash
# The tool's contract: --help on every subcommand (exit 0, on stdout),
# usage errors exit 2 with a message on stderr, --version, and that the man
# page documents every subcommand.
set -u
bin=$1
fail=0
check() {  # check WANT_STATUS DESCRIPTION CMD...
  local want=$1 what=$2; shift 2
  "$@" > /tmp/usage.out.$$ 2> /tmp/usage.err.$$
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL $what: exit $got, want $want"; cat /tmp/usage.err.$$; fail=1
  else
    echo "ok   $what"
  fi
}
check 0 "--help" "$bin" --help
grep -q "usage: newsfold" /tmp/usage.out.$$ || { echo "FAIL --help prints no usage"; fail=1; }
check 0 "--version" "$bin" --version
grep -Eq "^newsfold [0-9]+\.[0-9]+\.[0-9]+$" /tmp/usage.out.$$ || { echo "FAIL --version format"; fail=1; }
check 2 "no arguments" "$bin"
check 2 "unknown command" "$bin" frobnicate
cmds=$("$bin" --help | awk '/^commands:/{f=1;next} f&&/^  [a-z]+ /{print $1} /^$/{if(f)exit}')
[ -n "$cmds" ] || { echo "FAIL no commands listed in --help"; fail=1; }
for c in $cmds; do
  check 0 "$c --help" "$bin" "$c" --help
  grep -q "usage: newsfold $c" /tmp/usage.out.$$ || { echo "FAIL $c --help has no usage line"; fail=1; }
  [ -s /tmp/usage.err.$$ ] && { echo "FAIL $c --help wrote to stderr"; fail=1; }
  check 2 "$c without inputs" "$bin" "$c"
  check 2 "$c with an unknown option" "$bin" "$c" --no-such-option x
  grep -q "^\.SS $c\b\|^\.B newsfold $c\|newsfold\\\\-$c\|^\.SH.*$c" docs/newsfold.1 2>/dev/null ||
    grep -q "$c" docs/newsfold.1 || { echo "FAIL docs/newsfold.1 does not document $c"; fail=1; }
done
rm -f /tmp/usage.out.$$ /tmp/usage.err.$$
exit $fail
