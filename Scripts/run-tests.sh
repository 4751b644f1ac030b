#!/usr/bin/env bash
# Runs the whole test suite and fails when it fails, or when no test ran at all.
set -uo pipefail

log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift test 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ "$status" -ne 0 ] && exit "$status"
if ! grep -Eq "Test run with [1-9][0-9]* tests? in" "$log"; then
    echo "error: the test run executed no tests" >&2
    exit 1
fi
