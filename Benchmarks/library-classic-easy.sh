#!/usr/bin/env bash
# GLPK's defaults (as glpsol runs them) against MILPKit's defaults on the first 5 easy test
# instances of each classic distribution of the instance library, one run at a time, with the
# release `milp`; prints the sweep's summary and the median and total wall time per distribution.
#
#   swift build -c release && Benchmarks/library-classic-easy.sh [STORE]
#
# STORE (default: library-classic-easy.db in a temporary folder) keeps the runs; a killed run
# resumes where it stopped. MILP=path/to/milp picks another binary. Needs jq.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
if [ -n "${1:-}" ]; then
    store=$1
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    store=$work/library-classic-easy.db
fi

"$milp" bench run "$root/Benchmarks/library-classic-easy.json" --store "$store" --jobs 1
"$milp" bench report "$store"
echo
"$milp" bench report "$store" --json --runs | jq -r '
  def median: sort | .[length / 2 | floor];
  def round2: . * 100 | round / 100;
  def cell($runs): ($runs | map(.wallTime)) as $t
    | "\($t | median | round2) s median, \($t | add | round2) s total, \($runs | map(select(.status == "optimal")) | length)/\($runs | length) optimal";
  "| distribution | GLPK defaults | MILPKit defaults |", "|---|---|---|",
  (group_by(.instance | sub("-easy-test-[0-9]+$"; "")) | .[]
   | "| \(.[0].instance | sub("-easy-test-[0-9]+$"; "")) | \(cell(map(select(.configuration == "glpk-defaults")))) | \(cell(map(select(.configuration == "recommended")))) |")'
