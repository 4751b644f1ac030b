#!/usr/bin/env bash
# Branch-and-bound nodes per second of `milp solve` against glpsol on the same search path, in
# one run on one machine: what MILPKit's own callback costs per node.
#
#   swift build -c release --product milp && Benchmarks/node-throughput.sh [SECONDS] [FILE...]
#
# For each file (default bell5 and p0548 of Instances/public) two pairs run one after the other,
# each stopped at SECONDS (default 20) if it has not finished:
#   glpsol                    vs  milp solve --glpk-defaults   (GLPK's defaults)
#   glpsol --pcost --cuts     vs  milp solve                   (MILPKit's defaults: hybrid
#                                                                  pseudocost branching, all cuts)
# Both programs write GLPK's log; the nodes are those of its last progress line (open + done),
# and the search path is checked to be the same: every new incumbent the two logs share (both
# got that far) must come at the same simplex iteration with the same open and done nodes.
# Rates are nodes per second of wall time and per second of CPU time (user + system, which a
# loaded machine inflates less); the ratio is milp's rate over glpsol's (goal: at least 0.95).
# MILP=path/to/milp picks another binary. Needs glpsol on the PATH (glpk-utils).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
limit=${1:-20}
shift $(( $# > 0 ? 1 : 0 ))
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$root/Instances/public/bell5.mps" "$root/Instances/public/p0548.mps")
command -v glpsol >/dev/null || { echo "glpsol is not on the PATH (apt-get install glpk-utils)" >&2; exit 1; }
[ -x "$milp" ] || { echo "no milp at $milp; build it with: swift build -c release --product milp" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/'); $("$milp" --version)"

# Runs a command with its output in $work/out, and its wall, user and system seconds in $work/time.
timed() {
    local TIMEFORMAT='%R %U %S'
    { time "$@" > "$work/out" 2>&1 || true; } 2> "$work/time"
}
# Open + done nodes of the last progress line of a GLPK log: "+ it: ... (open; done)".
nodes() { grep '^+' "$1" | tail -1 | sed 's/.*(\([0-9]*\); \([0-9]*\)).*/\1 \2/' | awk '{ print $1 + $2 }'; }
# "iteration objective open done" of each new incumbent up to `done` nodes.
incumbents() {
    { grep '^+.*>>>>>' "$1" || true; } | sed 's/^+ *\([0-9]*\): >>>>> *\([^ ]*\) .*(\([0-9]*\); \([0-9]*\)).*/\1 \2 \3 \4/' |
        awk -v done="$2" '$4 <= done'
}
done_nodes() { grep '^+' "$1" | tail -1 | sed 's/.*; \([0-9]*\)).*/\1/'; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }

printf '%-8s %-24s %8s %7s %7s %9s %9s %6s %6s %s\n' file program nodes wall cpu 'nodes/s' 'nodes/cpu' ratio cpu-r path
for file in "${files[@]}"; do
    name=$(basename "$file" .mps)
    format=--mps
    glpsol --mps "$file" --check >/dev/null 2>&1 || format=--freemps
    for pair in "|--glpk-defaults" "--pcost --cuts|"; do
        IFS='|' read -r glpsol_flags milp_flags <<< "$pair"
        # shellcheck disable=SC2086  # the flags are words
        timed glpsol "$format" "$file" --tmlim "$limit" $glpsol_flags
        cp "$work/out" "$work/glpsol.log"
        read -r glpsol_wall glpsol_user glpsol_system < "$work/time"
        # shellcheck disable=SC2086
        timed "$milp" solve "$file" $milp_flags --time-limit "$limit" --log "$work/milp.log" --quiet
        read -r milp_wall milp_user milp_system < "$work/time"

        glpsol_nodes=$(nodes "$work/glpsol.log"); milp_nodes=$(nodes "$work/milp.log")
        common=$(( $(done_nodes "$work/glpsol.log") < $(done_nodes "$work/milp.log") ? $(done_nodes "$work/glpsol.log") : $(done_nodes "$work/milp.log") ))
        shared=$(incumbents "$work/glpsol.log" "$common" | wc -l)
        if [ "$(incumbents "$work/glpsol.log" "$common")" = "$(incumbents "$work/milp.log" "$common")" ]; then
            path="same ($shared incumbents agree)"
        else
            path="DIFFERENT"
        fi
        glpsol_cpu=$(awk -v u="$glpsol_user" -v s="$glpsol_system" 'BEGIN { print u + s }')
        milp_cpu=$(awk -v u="$milp_user" -v s="$milp_system" 'BEGIN { print u + s }')
        glpsol_rate=$(rate "$glpsol_nodes" "$glpsol_wall"); milp_rate=$(rate "$milp_nodes" "$milp_wall")
        glpsol_cpu_rate=$(rate "$glpsol_nodes" "$glpsol_cpu"); milp_cpu_rate=$(rate "$milp_nodes" "$milp_cpu")
        ratio=$(awk -v a="$milp_rate" -v b="$glpsol_rate" 'BEGIN { printf "%.2f", a / b }')
        cpu_ratio=$(awk -v a="$milp_cpu_rate" -v b="$glpsol_cpu_rate" 'BEGIN { printf "%.2f", a / b }')
        printf '%-8s %-24s %8d %7.2f %7.2f %9d %9d %6s %6s %s\n' "$name" "glpsol $glpsol_flags" "$glpsol_nodes" \
            "$glpsol_wall" "$glpsol_cpu" "$glpsol_rate" "$glpsol_cpu_rate" 1.00 1.00 ""
        printf '%-8s %-24s %8d %7.2f %7.2f %9d %9d %6s %6s %s\n' "$name" "milp ${milp_flags:-(defaults)}" "$milp_nodes" \
            "$milp_wall" "$milp_cpu" "$milp_rate" "$milp_cpu_rate" "$ratio" "$cpu_ratio" "$path"
    done
done
echo "after: $(uptime | sed 's/.*load average/load average/')"
