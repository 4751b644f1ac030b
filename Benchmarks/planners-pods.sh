#!/usr/bin/env bash
# Plans pod placements on realistic clusters and on clusters from the Priority Matters grid,
# all of which the default scheduler leaves with pods pending, with the release `milp`, and
# compares the plans with the default scheduler without and with preemption.
#
#   swift build -c release && Benchmarks/planners-pods.sh [COUNT] [WINDOWS] [FIRST_SEED] [KINDS]
#
# COUNT clusters of each kind (default 100), each decided within each window of WINDOWS
# (default "1s 10s"), seeds from FIRST_SEED (default 1), kinds from KINDS (default
# "realistic grid"). MILP=path/to/milp picks another binary; KEEP=new/folder keeps the clusters
# and reports there. Needs jq.
#
# Per kind and window it prints: the share of clusters where the plan beats the scheduler with
# preemption, the share where it is worse (split by whether that baseline breaks a disruption
# budget or evicts a pod the plan may not: only the other kind counts against the goal of 0),
# verifier failures (plans the planner refused to print because they failed verification),
# every tier proven optimal, and the decision time (the planner's own clock, from the decoded
# problem to the verified plan) as p50 and p99 (nearest rank) and the overrun past the window
# (median, p95, max). It also times each `milp plan pods` command from process start to exit
# (reading the cluster, the baselines, every solve, verification and printing) and prints that
# wall time's overrun past the window (median, p95, max) and the runs beyond the goal of
# max(5% of the window, 100 ms). The machine's load is printed first: timings on a busy machine
# are long; the overruns are best measured at a raised priority (nice -n -15, as root).
set -euo pipefail
count=${1:-100}
windows=${2:-"1s 10s"}
seed=${3:-1}
kinds=${4:-"realistic grid"}
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
if [ -n "${KEEP:-}" ]; then
    work=$KEEP
    mkdir "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi

echo "machine: $(nproc) cores; uptime: $(uptime)"
for kind in $kinds; do
    "$milp" plan pods --generate "$count" --kind "$kind" --seed "$seed" --output "$work/$kind"
    for window in $windows; do
        reports="$work/reports-$kind-$window"
        mkdir "$reports"
        failures=0
        for cluster in "$work/$kind"/*.json; do
            name=$(basename "$cluster")
            status=0
            start=$EPOCHREALTIME
            "$milp" plan pods "$cluster" --window "$window" --json > "$reports/$name" 2> "$reports/$name.err" || status=$?
            end=$EPOCHREALTIME
            awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", e - s }' >> "$reports.wall"
            if [ "$status" -ne 0 ] && [ "$status" -ne 20 ]; then
                rm "$reports/$name"
                if grep -q "fails verification" "$reports/$name.err"; then failures=$((failures + 1)); fi
                echo "$kind $name: exit code $status: $(head -c 300 "$reports/$name.err")" >&2
            fi
        done
        seconds=$(awk -v w="$window" 'BEGIN { n = w + 0; if (w ~ /ms$/) n /= 1000; else if (w ~ /m$/) n *= 60; print n }')
        jq -s -r --arg kind "$kind" --arg window "$window" --argjson seconds "$seconds" --argjson failures "$failures" '
          def share(f): (map(select(f)) | length) as $n | "\($n) of \(length) (\($n * 1000 / length | round / 10)%)";
          def quantile(q): sort | .[(length * q | ceil) - 1];
          def ms: . * 1000 | round | tostring + " ms";
          (map(.decisionTime)) as $times | ($times | map(. - $seconds)) as $overruns |
          "\($kind) clusters, window \($window): \(length) planned",
          "  beats the scheduler with preemption:        \(share(.comparisonWithPreemption == "better"))",
          "  worse than the scheduler with preemption:   \(share(.comparisonWithPreemption == "worse" and (.preemptionHazards | length) == 0)) (goal 0)",
          "    … where that baseline breaks safety rules: \(share(.comparisonWithPreemption == "worse" and (.preemptionHazards | length) > 0))",
          "  beats the scheduler without preemption:     \(share(.comparison == "better"))",
          "  worse than the scheduler without preemption: \(share(.comparison == "worse")) (goal 0)",
          "  every tier proven optimal:                   \(share(.status == "optimal"))",
          "  verifier failures:                           \($failures) (goal 0)",
          "  decision time p50 \($times | quantile(0.5) | ms), p99 \($times | quantile(0.99) | ms), max \($times | max | ms) (goal: p99 ≤ window + 50 ms)",
          "  overrun past the window: median \($overruns | quantile(0.5) | ms), p95 \($overruns | quantile(0.95) | ms), max \($overruns | max | ms)"
        ' "$reports"/*.json
        sort -g "$reports.wall" | awk -v w="$seconds" '
            { n++; over[n] = $1 - w }
            END {
                allowance = (w * 0.05 > 0.1) ? w * 0.05 : 0.1
                for (i = 1; i <= n; i++) if (over[i] > allowance) beyond++
                printf "  wall time (process start to exit) past the window: median %.0f ms, p95 %.0f ms, max %.0f ms; %d of %d runs beyond max(5%%, 100 ms) (goal 0)\n",
                    over[int((n + 1) / 2)] * 1000, over[int(0.95 * (n - 1)) + 1] * 1000, over[n] * 1000, beyond, n
            }'
    done
done
