#!/usr/bin/env bash
# Runs one CLI test case: tests/cli/cases/NAME/{cmd,status,stdout,stderr}.
#   cmd     a bash snippet; `pdu-rate` in it runs the binary under test
#   status  the expected exit status
#   stdout  the expected standard output, exactly (empty file: nothing)
#   stderr  the expected standard error, exactly
#   json    (optional, empty) stdout must also be valid JSON
# With UPDATE_GOLDEN=1 the expected files are rewritten from the actual run (review the diff!).
# Usage: run_cli_test.sh PATH_TO_PDU_RATE CASE_DIR   (from the source root)
set -u
bin=$(realpath "$1")  # absolute: a test may cd elsewhere
dir=$(realpath "$2")
pdu-rate() { "$bin" "$@"; }

out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

# No terminal, no inherited colour preference: the test sets what it needs.
unset NO_COLOR
( eval "$(cat "$dir/cmd")" ) >"$out" 2>"$err" </dev/null
status=$?

if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  echo "$status" >"$dir/status"
  cp "$out" "$dir/stdout"
  cp "$err" "$dir/stderr"
fi

fail=0
expected_status=$(cat "$dir/status")
if [ "$status" != "$expected_status" ]; then
  echo "exit status: expected $expected_status, got $status"
  fail=1
fi
if ! diff -u --label expected-stdout --label actual-stdout "$dir/stdout" "$out"; then fail=1; fi
if ! diff -u --label expected-stderr --label actual-stderr "$dir/stderr" "$err"; then fail=1; fi
if [ -e "$dir/json" ] && ! python3 -m json.tool "$out" >/dev/null; then
  echo "stdout is not valid JSON"
  fail=1
fi
exit $fail
