#!/usr/bin/env bash
# How well `milp solve --time-limit` holds: solves the first COUNT easy and medium test instances
# of each classic distribution of the instance library with limits of 1, 2, 5 and 10 s, one run
# at a time with the release `milp`, and prints the overrun (wall time of the whole command minus
# the limit) per distribution: median, 95th percentile and maximum, in milliseconds. The goal is
# an overrun of at most max(5% of the limit, 100 ms) on every run; the last columns give the
# worst overrun beyond that allowance and whether every run met it.
#
#   swift build -c release --product milp && Benchmarks/time-limits.sh
#
# Environment: MILP (default .build/release/milp), COUNT (instances per distribution and
# level, default 5), LIMITS (seconds, default "1 2 5 10"), LEVELS (default "easy medium"),
# DISTRIBUTIONS (default the eight classic ones), KEEP (a folder to keep the instances and the
# per-run results in). Runs that finish before the limit (solved, infeasible) have a negative
# overrun and are counted in the "solved" column. Machine load matters: run it on a quiet
# machine, and compare with the load printed first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
count=${COUNT:-5}
limits=${LIMITS:-1 2 5 10}
levels=${LEVELS:-easy medium}
distributions=${DISTRIBUTIONS:-setcover auction facility indset-ba indset-er gisp knapsack binpacking}
[ -x "$milp" ] || { echo "no milp at $milp; build it with: swift build -c release --product milp" >&2; exit 1; }

if [ -n "${KEEP:-}" ]; then
    work=$KEEP
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"

"$milp" instances generate --distribution "${distributions// /,}" --level "${levels// /,}" --split test \
    --count "$count" --output "$work/instances" --no-gzip --quiet

results=$work/runs.tsv
: > "$results"
for level in $levels; do
    for distribution in $distributions; do
        for index in $(seq 0 $((count - 1))); do
            file=$work/instances/$(printf '%s-%s-test-%05d.mps' "$distribution" "$level" "$index")
            for limit in $limits; do
                start=$(date +%s.%N)
                status=0
                "$milp" solve "$file" --time-limit "$limit" --quiet || status=$?
                end=$(date +%s.%N)
                printf '%s\t%s\t%s\t%s\t%s\n' "$distribution" "$level" "$limit" "$status" \
                    "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }')" >> "$results"
            done
        done
    done
done

echo
echo "| distribution | runs | solved | overrun median | p95 | max | worst beyond allowance | goal met |"
echo "|---|---|---|---|---|---|---|---|"
for distribution in $distributions; do
    # distribution, overrun, overrun beyond the allowance, whether the run finished before its limit; sorted by overrun.
    awk -F '\t' -v d="$distribution" '$1 == d {
            over = $5 - $3
            allowance = ($3 * 0.05 > 0.1) ? $3 * 0.05 : 0.1
            print over, over - allowance, ($4 == 0 || $4 == 10 || $4 == 11) ? 1 : 0
        }' "$results" | sort -g | awk -v d="$distribution" '
        { n++; overrun[n] = $1; if (n == 1 || $2 > worst) worst = $2; solved += $3 }
        END {
            if (n == 0) exit
            printf "| %s | %d | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %s |\n", d, n, solved, overrun[int((n + 1) / 2)] * 1000,
                overrun[int(0.95 * (n - 1)) + 1] * 1000, overrun[n] * 1000, worst * 1000, worst <= 0 ? "yes" : "no"
        }'
done
