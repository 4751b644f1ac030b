#!/usr/bin/env bash
# Redundant-expert placement (`milp plan experts --loads`) against EPLB on the shapes of served
# MoE models, with generated loads (log-normal popularity, a few very hot experts per layer,
# drifting across layers and windows; see README).
#
#   swift build -c release && Benchmarks/planners-experts-replicas.sh [SEED] [TIME_LIMIT] [THREADS]
#
# SEED (default 9001) is the first load seed; the defaults were not used while developing the
# planner (development used seeds below 1000). TIME_LIMIT (default 10s) is the budget for all
# layers; THREADS (default 2) the layers planned at once.
#
# Part 1, per shape: mean and worst over layers of busiest/mean GPU load for the plan, EPLB
# hierarchical and EPLB global on the same loads, the plan's mean gap to its lower bound, its wall
# time, and the layers where it is worse than EPLB in its mode (the goal is none). For the
# DeepSeek-V3 shape also: the share of EPLB global's excess over 1.0 the global plan removes
# (goal ≥ 80%), and in hierarchical mode whether every layer's node level is proven optimal and
# the largest GPU-level gap to the node-level bound (goal ≤ 0.5%).
#
# Part 2, drift: four windows of history, the planner optimising their worst (or mean), then
# every placement evaluated on the fifth window, which the planner never sees; EPLB is fed the
# summed history. Goal: the plan's mean busiest/mean load on the unseen window is lower.
#
# MILP=path/to/milp picks another binary. Needs jq.
set -euo pipefail
seed=${1:-9001}
limit=${2:-10s}
threads=${3:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name layers experts top-k groups replicas gpus nodes hot-experts hot-boost sigma
shapes=(
    "mixtral-8x7b 32 8 2 1 16 8 1 0-1 1.5-3 0.4"
    "qwen3-moe 94 128 8 1 160 32 4 1-3 4-10 0.8"
    "deepseek-v3-r288 58 256 8 8 288 32 4 2-4 4-12 0.8"
    "deepseek-v3-r320 58 256 8 8 320 32 4 2-4 4-12 0.8"
    "deepseek-v3-64gpus 58 256 8 8 320 64 8 2-4 4-12 0.8"
)

generate() { # folder layers experts top-k groups hot boost sigma windows
    "$milp" plan experts --generate 1 --seed "$seed" --layers "$2" --experts "$3" --top-k "$4" --groups "$5" \
        --hot-experts "$6" --hot-boost "$7" --sigma "$8" --windows "$9" --format npy --output "$1"
}

stats='
  def r4: . * 10000 | round / 10000;
  def mean: add / length;
  def eplb($b): (.baselines[] | select(.baseline == $b) | .scores);
  [ (.meanScore | r4), (.worstScore | r4),
    ([eplb("eplbHierarchical")] | if length == 0 then "n/a" else (.[0] | mean | r4) end),
    ([eplb("eplbHierarchical")] | if length == 0 then "n/a" else (.[0] | max | r4) end),
    (eplb("eplbGlobal") | mean | r4), (eplb("eplbGlobal") | max | r4),
    (.meanGap * 100 | . * 1000 | round / 1000 | tostring + "%"), (.seconds * 100 | round / 100),
    ([.layers as $l | (if $mode == "hierarchical" then eplb("eplbHierarchical") else eplb("eplbGlobal") end) as $e
      | range(0; $l | length) | select($l[.].score > $e[.] * (1 + 1e-9))] | length) ] | @tsv'

echo "uptime: $(uptime)"
echo "seed $seed, limit $limit, $threads threads"
echo
echo "== Balance: busiest / mean GPU load over layers (mean, worst)"
printf '%-20s %-13s %-17s %-17s %-17s %-9s %-7s %s\n' shape mode plan "EPLB hierarchical" "EPLB global" "mean gap" seconds "layers worse than EPLB"
for shape in "${shapes[@]}"; do
    set -- $shape
    name=$1
    generate "$work/$name" "$2" "$3" "$4" "$5" "$9" "${10}" "${11}" 1 >/dev/null
    loads="$work/$name/experts-loads-$seed.npy"
    modes="global"
    [ "$5" -gt 1 ] && [ $(( $5 % $8 )) -eq 0 ] && modes="hierarchical global"
    for mode in $modes; do
        "$milp" plan experts --loads "$loads" --replicas "$6" --gpus "$7" --nodes "$8" --groups "$5" --mode "$mode" \
            --time-limit "$limit" --threads "$threads" --json > "$work/$name-$mode.json" || true
        jq -r --arg mode "$mode" "$stats" "$work/$name-$mode.json" | awk -v n="$name" -v m="$mode" -F'\t' \
            '{ printf "%-20s %-13s %-17s %-17s %-17s %-9s %-7s %s\n", n, m, $1 " / " $2, $3 " / " $4, $5 " / " $6, $7, $8, $9 }'
    done
done

echo
echo "== DeepSeek-V3 goals (limit $limit)"
for name in deepseek-v3-r288 deepseek-v3-r320 deepseek-v3-64gpus; do
    jq -r --arg n "$name" '
        (.baselines[] | select(.baseline == "eplbGlobal") | .scores | add / length) as $eplb
        | "\($n) global: \((($eplb - .meanScore) / ($eplb - 1) * 1000 | round / 10))% of EPLB global'"'"'s excess over 1.0 removed"' \
        "$work/$name-global.json"
    jq -r --arg n "$name" '
        "\($n) hierarchical: node level proven optimal on \([.layers[] | select(.nodeLevel.proven)] | length) of \(.layers | length) layers; GPU level within \([.layers[] | .score / .nodeLevel.bound - 1] | max * 100000 | round / 1000)% of the node-level bound (worst layer), \([.layers[] | .score / .nodeLevel.bound - 1] | add / length * 100000 | round / 1000)% mean"' \
        "$work/$name-hierarchical.json"
done

echo
echo "== Drift: 4 windows of history, evaluated on the unseen 5th (mean busiest/mean load over layers)"
printf '%-20s %-13s %-9s %-12s %-12s %-12s\n' shape mode objective plan "EPLB (same mode, summed history)" ""
for shape in "${shapes[@]}"; do
    set -- $shape
    name=$1
    generate "$work/$name-drift" "$2" "$3" "$4" "$5" "$9" "${10}" "${11}" 5 >/dev/null
    history=()
    for window in 0 1 2 3; do history+=(--loads "$work/$name-drift/experts-loads-$seed-window-$window.npy"); done
    mode=global
    [ "$5" -gt 1 ] && [ $(( $5 % $8 )) -eq 0 ] && mode=hierarchical
    baseline=$([ "$mode" = hierarchical ] && echo eplbHierarchical || echo eplbGlobal)
    for objective in worst mean; do
        "$milp" plan experts "${history[@]}" --evaluate "$work/$name-drift/experts-loads-$seed-window-4.npy" \
            --replicas "$6" --gpus "$7" --nodes "$8" --groups "$5" --mode "$mode" --history-objective "$objective" \
            --time-limit "$limit" --threads "$threads" --json > "$work/$name-drift-$objective.json" || true
        jq -r --arg n "$name" --arg m "$mode" --arg o "$objective" --arg b "$baseline" \
            '"\($n | . + "                    " | .[0:20]) \($m | . + "             " | .[0:13]) \($o | . + "         " | .[0:9]) \(.evaluation.plan.meanImbalance * 10000 | round / 10000 | tostring | . + "            " | .[0:12]) \(.evaluation.baselines[$b].meanImbalance * 10000 | round / 10000)"' \
            "$work/$name-drift-$objective.json"
    done
done
