#!/usr/bin/env bash
# Plans GPU fleets for generated problems with the release `milp` and summarises the savings
# against the best single GPU type and against greedy, and the solve times.
#
#   swift build -c release && Benchmarks/planners-gpu-mix.sh [COUNT] [FIRST_SEED]
#
# COUNT problems (default 50) with seeds FIRST_SEED (default 1) onwards, the request mix drawn per
# seed. MILP=path/to/milp picks another binary. Needs jq.
set -euo pipefail
count=${1:-50}
seed=${2:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$milp" plan gpu-mix --generate "$count" --seed "$seed" --output "$work/problems"
mkdir "$work/reports"
for problem in "$work"/problems/*.json; do
    status=0
    "$milp" plan gpu-mix "$problem" --json > "$work/reports/$(basename "$problem")" || status=$?
    if [ "$status" -ne 0 ]; then echo "$(basename "$problem"): exit code $status" >&2; fi
done

jq -s -r '
  def percent: . * 1000 | round / 10 | tostring + "%";
  def ms: . * 10000 | round / 10 | tostring + " ms";
  (map(.solveSeconds) | sort) as $times
  | (map(.savingsVersusBestSingleType // empty)) as $single
  | (map(.savingsVersusGreedy // empty)) as $greedy
  | "problems:                      \(length)",
    "proven optimal:                \(map(select(.status == "optimal")) | length)",
    "saving vs best single type:    mean \($single | add / length | percent), max \($single | max | percent), with a saving \($single | map(select(. > 1e-9)) | length)",
    "saving vs greedy per bucket:   mean \($greedy | add / length | percent), max \($greedy | max | percent)",
    "solve time:                    min \($times[0] | ms), median \($times[length / 2 | floor] | ms), p90 \($times[length * 9 / 10 | floor] | ms), max \($times[-1] | ms)",
    "optimal in under 0.5 s:        \(map(select(.status == "optimal" and .solveSeconds < 0.5)) | length) of \(length)"
' "$work"/reports/*.json
