#!/usr/bin/env bash
# Runs the committed benchmark results of Benchmarks/results/ again, from scratch, with the release
# `milp` of this checkout, one run at a time, and writes each sweep's reports beside its store:
#
#   swift build -c release --product milp && Benchmarks/refresh-results.sh [public-mips|library-test ...]
#
# public-mips   the 15 MIPs of Instances/public/reference.csv × glpk-defaults, recommended and
#               portfolio, 60 s each, three permutations (seeds 1, 2, 3), checked against reference.csv
# library-test  the first 5 easy test-split instances of every distribution of the instance library
#               × the same three configurations, 60 s each, their answers checked against each
#               other (Benchmarks/library-test.yaml)
#
# For each NAME: NAME.db (the store), NAME.txt (the report), NAME.svg (performance profile and
# cactus plot), NAME.html, NAME-runs.csv (every run). Stores are replaced: results of different
# builds are not mixed. Exits with 40 when a report finds wrong answers (after writing it all).
# MILP=path/to/milp picks another binary. For a shorter refresh, in a way the titles state:
# SEEDS=1 (comma-separated) runs public-mips with those seeds only, COUNT=2 takes that many
# instances per distribution in library-test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
results=$root/Benchmarks/results
declare -A files=([public-mips]=public-mips.json [library-test]=library-test.yaml)
seeds=${SEEDS:-1,2,3}
count=${COUNT:-5}
seed_count=$(echo "$seeds" | tr ',' '\n' | grep -c .)
declare -A titles=(
    [public-mips]="Public MIPs × 3 configurations, 60 s limit, $seed_count permutation$([ "$seed_count" -eq 1 ] || echo s) (seeds $seeds)"
    [library-test]="Instance library, easy test split ($count per distribution) × 3 configurations, 60 s limit"
)
# The sweep files with SEEDS and COUNT applied, beside the originals so their relative paths hold.
trap 'rm -f "$root"/Benchmarks/.refresh-*' EXIT
reduce() {
    local file=$root/Benchmarks/${files[$1]} copy=$root/Benchmarks/.refresh-${files[$1]}
    case $1 in
        public-mips) sed "s/\"seeds\": \[[0-9, ]*\]/\"seeds\": [$seeds]/" "$file" > "$copy" ;;
        library-test) sed "s/count: 5 }/count: $count }/" "$file" > "$copy" ;;
    esac
    echo "$copy"
}
sweeps=("$@")
[ ${#sweeps[@]} -gt 0 ] || sweeps=(public-mips library-test)
for sweep in "${sweeps[@]}"; do
    [ -n "${titles[$sweep]:-}" ] || { echo "error: no sweep '$sweep'; choose public-mips or library-test" >&2; exit 64; }
done

status=0
for sweep in "${sweeps[@]}"; do
    store=$results/$sweep.db
    rm -f "$store"
    echo "$sweep: $("$milp" --version), $(uptime | sed 's/.*load/load/')" >&2
    "$milp" bench run "$(reduce "$sweep")" --store "$store" --jobs 1
    # A report that finds wrong answers exits with 40 after writing everything.
    "$milp" bench report "$store" --title "${titles[$sweep]}" --plot "$results/$sweep.svg" --html "$results/$sweep.html" \
        > "$results/$sweep.txt" || { status=$?; [ "$status" -eq 40 ] || exit "$status"; }
    "$milp" bench report "$store" --csv --runs > "$results/$sweep-runs.csv" || [ $? -eq 40 ]
    echo "$sweep: done, $(uptime | sed 's/.*load/load/')" >&2
done
exit "$status"
