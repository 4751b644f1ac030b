#!/usr/bin/env bash
# Times `milp solve` (MILPKit's defaults) against `glpsol` (GLPK's defaults) on the public MIPs,
# in one run on one machine, and the two readers on the largest public LPs.
#
#   Benchmarks/solve-vs-glpsol.sh [TIME_LIMIT_SECONDS]
#
# Prints per-file wall times (whole processes, reading included), the shifted geometric mean
# ratio glpsol / milp with a shift of 1 s (above 1: milp is faster), and flags every file where
# glpsol takes over a second and milp is more than 10% slower. Needs glpsol on the PATH.
# Set SCRATCH_PATH to build somewhere other than .build.
set -euo pipefail

limit="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
instances="$root/Instances/public"
scratch="${SCRATCH_PATH:-$root/.build}"
command -v glpsol >/dev/null || { echo "glpsol is not on the PATH (apt-get install glpk-utils)" >&2; exit 1; }

echo "building milp (release)..." >&2
swift build --package-path "$root" --scratch-path "$scratch" -c release --product milp >&2
milp="$(swift build --package-path "$root" --scratch-path "$scratch" -c release --show-bin-path)/milp"

now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }
holds() { awk "BEGIN { exit !($1) }"; }

# glpsol reads fixed MPS with --mps and free MPS with --freemps; pick the one that reads the file.
glpsol_format() {
    if glpsol --mps "$1" --check >/dev/null 2>&1; then echo --mps
    elif glpsol --freemps "$1" --check >/dev/null 2>&1; then echo --freemps
    else echo none; fi
}

glpsol_status() {
    case "$1" in
        *"INTEGER OPTIMAL SOLUTION FOUND"*) echo optimal ;;
        *"PROBLEM HAS NO PRIMAL FEASIBLE SOLUTION"* | *"PROBLEM HAS NO INTEGER FEASIBLE SOLUTION"*) echo infeasible ;;
        *"TIME LIMIT EXCEEDED"*) echo timeLimit ;;
        *) echo other ;;
    esac
}

milp_status() {
    case "$1" in
        0) echo optimal ;; 10) echo infeasible ;; 11) echo unbounded ;; 20 | 21) echo timeLimit ;; *) echo "exit-$1" ;;
    esac
}

results="$(mktemp)"
trap 'rm -f "$results"' EXIT

printf '%-20s %10s %-11s %10s %-11s %8s\n' file glpsol status milp status ratio
for file in $(awk -F, '$2 == "MIP" { print $1 }' "$instances/reference.csv"); do
    path="$instances/$file"
    format="$(glpsol_format "$path")"
    if [ "$format" = none ]; then
        printf '%-20s %10s %-11s\n' "$file" - "unreadable"
        continue
    fi
    start=$(now); output="$(glpsol "$format" "$path" --tmlim "$limit" 2>&1 || true)"; end=$(now)
    glpsol_time=$(calc "$end - $start"); glpsol_result="$(glpsol_status "$output")"
    start=$(now); code=0; "$milp" solve "$path" --time-limit "$limit" --quiet || code=$?; end=$(now)
    milp_time=$(calc "$end - $start"); milp_result="$(milp_status "$code")"
    ratio=$(calc "$glpsol_time / $milp_time")
    flag=""
    if holds "$glpsol_time > 1 && $milp_time > 1.1 * $glpsol_time"; then flag="  SLOWER BY >10%"; fi
    printf '%-20s %10.3f %-11s %10.3f %-11s %8.2f%s\n' "$file" "$glpsol_time" "$glpsol_result" "$milp_time" "$milp_result" "$ratio" "$flag"
    echo "$glpsol_time $milp_time" >> "$results"
done

awk '{ g += log($1 + 1); m += log($2 + 1); n++ }
     END { gs = exp(g / n) - 1; ms = exp(m / n) - 1
           printf "\nshifted geometric mean (shift 1 s) over %d files: glpsol %.3f s, milp %.3f s, ratio %.2fx\n", n, gs, ms, gs / ms }' "$results"

echo
echo "reading (best of 3 runs, whole process): glpsol --check vs milp stats"
printf '%-14s %10s %10s\n' file glpsol milp
for file in 80bau3b.mps greenbea.mps; do
    path="$instances/$file"
    format="$(glpsol_format "$path")"
    best_glpsol=999; best_milp=999
    for _ in 1 2 3; do
        start=$(now); glpsol "$format" "$path" --check >/dev/null 2>&1; end=$(now)
        best_glpsol=$(calc "($end - $start < $best_glpsol) ? $end - $start : $best_glpsol")
        start=$(now); "$milp" stats "$path" >/dev/null; end=$(now)
        best_milp=$(calc "($end - $start < $best_milp) ? $end - $start : $best_milp")
    done
    printf '%-14s %10.3f %10.3f\n' "$file" "$best_glpsol" "$best_milp"
done
