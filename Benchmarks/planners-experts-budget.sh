#!/usr/bin/env bash
# Does `milp plan experts` keep its budget? Runs both expert planners on generated problems of
# several shapes with --time-limit 1s and 10s (by default) and measures each run's wall time,
# process start to exit (reading, baselines, every search and solve, verification and printing).
# A run either is refused up front (exit 65 naming --time-limit) or should end within the budget
# + 10%. Prints each run, then the overrun distribution (wall time − budget, as a share of the
# budget: median, p95, max) per budget and over all runs, and how many runs broke the goal.
#
#   swift build -c release && Benchmarks/planners-experts-budget.sh [BUDGETS] [SEED]
#
# BUDGETS (default "1 10") are seconds; SEED (default 9001) the first seed of the generated loads
# and traces. MILP=path/to/milp picks another binary. Needs jq and awk.
set -euo pipefail
budgets=${1:-1 10}
seed=${2:-9001}
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Redundant experts: name layers experts top-k groups replicas gpus nodes mode
replicas=(
    "mixtral-8x7b 32 8 2 1 16 8 1 global"
    "qwen3-moe 94 128 8 1 160 32 4 global"
    "deepseek-v3-r288 58 256 8 8 288 32 4 hierarchical"
    "deepseek-v3-r288 58 256 8 8 288 32 4 global"
    "deepseek-v3-64gpus 58 256 8 8 320 64 8 global"
    "wide-4096 200 4096 8 1 8192 512 64 global"
)
# One copy per expert: name layers experts top-k gpus
traces=(
    "mixtral-4gpus 32 8 2 4"
    "trace-32x16 32 32 4 16"
    "trace-64x64 32 64 6 64"
)

echo "uptime: $(uptime)"
echo "budgets: $budgets s, seed $seed"
results="$work/results.tsv"
: > "$results"

# run NAME BUDGET ARGS…: runs `milp plan experts ARGS --time-limit BUDGET`, records the wall time.
run() {
    local name=$1 budget=$2
    shift 2
    local start end status=0
    start=$EPOCHREALTIME
    "$milp" plan experts "$@" --time-limit "${budget}s" --json > "$work/out.json" 2> "$work/err.txt" || status=$?
    end=$EPOCHREALTIME
    local outcome=planned
    [ "$status" -eq 65 ] && grep -q -- "--time-limit" "$work/err.txt" && outcome=refused
    [ "$status" -ne 0 ] && [ "$status" -ne 20 ] && [ "$outcome" != refused ] && outcome="exit-$status"
    awk -v n="$name" -v b="$budget" -v s="$start" -v e="$end" -v o="$outcome" \
        'BEGIN { w = e - s; printf "%s\t%s\t%.3f\t%.4f\t%s\n", n, b, w, (w - b) / b, o }' | tee -a "$results"
}

printf 'run\tbudget (s)\twall (s)\toverrun (share of budget)\toutcome\n'
for shape in "${replicas[@]}"; do
    set -- $shape
    folder="$work/$1-loads"
    [ -d "$folder" ] || "$milp" plan experts --generate 1 --seed "$seed" --layers "$2" --experts "$3" --top-k "$4" --groups "$5" \
        --format npy --output "$folder" > /dev/null
    for budget in $budgets; do
        run "replicas $1 ($9)" "$budget" --loads "$folder/experts-loads-$seed.npy" --replicas "$6" --gpus "$7" --nodes "$8" \
            --groups "$5" --mode "$9"
    done
done
for shape in "${traces[@]}"; do
    set -- $shape
    folder="$work/$1"
    "$milp" plan experts trace --generate 1 --seed "$seed" --layers "$2" --experts "$3" --top-k "$4" --gpus "$5" \
        --affinity 0.7-0.9 --output "$folder" > /dev/null
    for budget in $budgets; do
        run "trace $1" "$budget" trace "$folder/experts-$seed.json"
    done
done

echo
echo "== Overrun (wall time − budget) as a share of the budget, planned runs only"
summary() { # label, then overruns on standard input
    sort -g | awk -v label="$1" '{ v[NR] = $1 } END {
        if (NR == 0) { printf "%-10s no planned runs\n", label; exit }
        p95 = v[int(0.95 * (NR - 1)) + 1]; median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        over = 0; for (i = 1; i <= NR; i++) if (v[i] > 0.10) over++
        printf "%-10s runs %3d  median %+7.1f%%  p95 %+7.1f%%  max %+7.1f%%  over budget + 10%%: %d\n", label, NR, 100 * median, 100 * p95, 100 * v[NR], over }'
}
for budget in $budgets; do
    awk -F'\t' -v b="$budget" '$2 == b && $5 == "planned" { print $4 }' "$results" | summary "${budget} s"
done
awk -F'\t' '$5 == "planned" { print $4 }' "$results" | summary "all"
echo "refused up front: $(awk -F'\t' '$5 == "refused"' "$results" | wc -l); other exits: $(awk -F'\t' '$5 ~ /^exit-/' "$results" | wc -l)"
