#!/usr/bin/env bash
# Places experts for a Mixtral-8x7B-shaped synthetic trace on 4 and 8 GPUs with the release
# `milp`, compares the plan with every baseline, then sweeps larger shapes (experts × GPUs) to
# find the largest that the planner proves within a 1% gap in the time limit.
#
#   swift build -c release && Benchmarks/planners-experts.sh [TIME_LIMIT] [SEED]
#
# TIME_LIMIT (default 60s) is the planner's budget per run; SEED (default 1) the trace's. The
# Mixtral trace has 32 layers × 8 experts, top-2 routing of 8192 tokens and strong affinity (each
# expert sends 70–90% of its tokens to 1–3 preferred experts of the next layer). Sweep traces
# keep 32 layers and route top-2 (8–16 experts), top-4 (32) or top-6 (64 and more).
# MILP=path/to/milp picks another binary. Needs jq.
set -euo pipefail
limit=${1:-60s}
seed=${2:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

summary='
  def percent: . * 1000 | round / 10 | tostring + "%";
  def row($name; $p): "\($name | . + "                      " | .[0:22]) cross-GPU \($p.crossGPUShare | percent | . + "      " | .[0:6])  imbalance mean \($p.meanImbalance * 1000 | round / 1000) max \($p.maxImbalance * 1000 | round / 1000)  objective \($p.objective | round)";
  row("plan"; .plan),
  (.baselines[] | row(.baseline; .plan) + "  (plan: \(.crossGPUReduction | percent) fewer cross-GPU tokens)"),
  "status: \(.status)\(if .timeLimitReached then " (time limit)" else "" end), gap \(if .gap == null then "none" else (.gap | percent) end), \(.seconds * 100 | round / 100) s, \(if .decomposition.wholeModel then "whole model" else "windows of \(.decomposition.windows.layers) layer(s)" end)"'

echo "== Mixtral-8x7B shape: 32 layers × 8 experts, top-2, affinity 0.7-0.9, seed $seed, limit $limit"
"$milp" plan experts trace --generate 1 --seed "$seed" --layers 32 --experts 8 --top-k 2 --affinity 0.7-0.9 --gpus 8 --output "$work/mixtral"
for gpus in 4 8; do
    echo "-- $gpus GPUs"
    "$milp" plan experts trace "$work/mixtral/experts-$seed.json" --gpus "$gpus" --time-limit "$limit" --json > "$work/mixtral-$gpus.json" || true
    jq -r "$summary" "$work/mixtral-$gpus.json"
done

echo
echo "== Shapes: 32 layers, affinity 0.7-0.9, limit $limit"
printf '%-8s %-5s %-6s %-32s %-8s %s\n' experts gpus top-k status gap seconds
for shape in "8 4 2" "8 8 2" "16 4 2" "16 8 2" "16 16 2" "32 8 4" "32 16 4" "32 32 4" "64 16 6" "64 32 6" "64 64 6" "128 64 8" "128 128 8"; do
    set -- $shape
    folder="$work/shape-$1-$2"
    "$milp" plan experts trace --generate 1 --seed "$seed" --layers 32 --experts "$1" --top-k "$3" --affinity 0.7-0.9 --gpus "$2" --output "$folder"
    "$milp" plan experts trace "$folder/experts-$seed.json" --time-limit "$limit" --json > "$folder/report.json" || true
    jq -r --arg e "$1" --arg g "$2" --arg k "$3" \
        '"\($e | . + "        " | .[0:8]) \($g | . + "     " | .[0:5]) \($k | . + "      " | .[0:6]) \(.status + (if .timeLimitReached then " (time limit)" else "" end) | . + "                                " | .[0:32]) \(if .gap == null then "-" else (.gap * 1000 | round / 10 | tostring + "%") end | . + "        " | .[0:8]) \(.seconds * 10 | round / 10)"' \
        "$folder/report.json"
done
