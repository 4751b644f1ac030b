#!/usr/bin/env bash
# Plans pod placements on clusters from the Priority Matters grid where the default scheduler
# leaves pods pending, with the release `milp`, and compares the plans with the default scheduler.
#
#   swift build -c release && Benchmarks/planners-pods.sh [COUNT] [WINDOW] [FIRST_SEED]
#
# COUNT clusters (default 100), each decided within WINDOW (default 1s), seeds from FIRST_SEED
# (default 1), walking the 96 grid cells in turn. MILP=path/to/milp picks another binary. Needs jq.
set -euo pipefail
count=${1:-100}
window=${2:-1s}
seed=${3:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$milp" plan pods --generate "$count" --seed "$seed" --output "$work/clusters"
mkdir "$work/reports"
for cluster in "$work"/clusters/*.json; do
    status=0
    "$milp" plan pods "$cluster" --window "$window" --json > "$work/reports/$(basename "$cluster")" || status=$?
    if [ "$status" -ne 0 ] && [ "$status" -ne 20 ]; then echo "$(basename "$cluster"): exit code $status" >&2; fi
done

jq -s -r --arg window "$window" '
  def share(f): (map(select(f)) | length) as $n | "\($n) of \(length) (\($n * 1000 / length | round / 10)%)";
  def highest: .plan.placedPerTier;
  "clusters (window \($window)):                  \(length)",
  "plan places more high-priority pods:         \(share(.comparison == "better" and (.plan.tiers | map(.placed)) != (.baseline.tiers | map(.placed))))",
  "plan worse than the default scheduler:       \(share(.comparison == "worse"))",
  "default scheduler proven optimal (counts):   \(share(.isBaselineProvenOptimal))",
  "every tier proven optimal:                   \(share(.isProvenOptimal))",
  "solver improved on the starting heuristics:  \(share(.improvedBySolver))",
  "started from best-fit rather than default:   \(share(.startingPoint != "defaultScheduler"))",
  "decision time:                               mean \(map(.seconds) | add / length * 1000 | round) ms, max \(map(.seconds) | max * 1000 | round) ms"
' "$work"/reports/*.json
