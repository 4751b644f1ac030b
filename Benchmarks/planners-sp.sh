#!/usr/bin/env bash
# Plans sequence-parallel layouts for generated training batches with the release `milp` and
# summarises the modeled step-time speedup over the static SP degrees and greedy packing, and the
# planning time (the goal: under a second at the median, since it runs every training step).
#
#   swift build -c release && Benchmarks/planners-sp.sh [COUNT] [FIRST_SEED] [TIME_LIMIT]
#
# COUNT batches (default 20) with seeds FIRST_SEED (default 1) onwards: 64 GPUs in nodes of 8,
# log-normal lengths (median 4k tokens, log-spread 1.5) clipped to 128–256k, 512k–1M tokens per
# batch, the default cost model. TIME_LIMIT (default 500ms) is the planner's budget per batch.
# MILP=path/to/milp picks another binary. Needs jq.
set -euo pipefail
count=${1:-20}
seed=${2:-1}
limit=${3:-500ms}
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$milp" plan sp --generate "$count" --seed "$seed" --output "$work/batches"
mkdir "$work/reports"
for batch in "$work"/batches/*.json; do
    status=0
    "$milp" plan sp "$batch" --time-limit "$limit" --json > "$work/reports/$(basename "$batch")" || status=$?
    if [ "$status" -gt 20 ]; then echo "$(basename "$batch"): exit code $status" >&2; fi
done

jq -s -r '
  def percent: . * 1000 | round / 10 | tostring + "%";
  def times: . * 100 | round / 100 | tostring + "×";
  def ms: . * 1000 | round | tostring + " ms";
  def speedups($b): map(.baselines[] | select(.baseline == $b) | .speedup // empty);
  def stats: sort as $s | "mean \($s | add / length | times), median \($s[length / 2 | floor] | times), min \($s[0] | times), max \($s[-1] | times)";
  (map(.seconds) | sort) as $times
  | (map(.gap // empty) | sort) as $gaps
  | "batches:                          \(length) (\(map(.plan.groups | map(.sequences | length) | add) | add) sequences)",
    "status:                           \(group_by(.status) | map("\(.[0].status): \(length)") | join(", "))",
    "plan from:                        \(group_by(.origin) | map("\(.[0].origin): \(length)") | join(", "))",
    "speedup vs best static degree:    \(speedups("bestStaticDegree") | stats)",
    "speedup vs smallest static:       \(speedups("smallestStaticDegree") | stats)",
    "speedup vs greedy longest-first:  \(speedups("greedy") | stats)",
    "gap to the lower bound:           median \($gaps[length / 2 | floor] | percent), max \($gaps[-1] | percent)",
    "planning time:                    min \($times[0] | ms), median \($times[length / 2 | floor] | ms), p90 \($times[length * 9 / 10 | floor] | ms), max \($times[-1] | ms)",
    "under 1 s:                        \(map(select(.seconds < 1)) | length) of \(length)"
' "$work"/reports/*.json
