#!/usr/bin/env bash
# MILPKit's defaults against GLPK's defaults (as glpsol runs them) and HiGHS on one thread, in one
# sweep: the first EASY easy and MEDIUM medium test instances of each classic distribution of the
# instance library, and the public MIPs. Prints the sweep's summary and, per distribution and
# level and over the public MIPs, the shifted geometric mean of wall time (shift 1 s, an unsolved
# run counted at the time limit) of each configuration and the ratios the search issue sets goals
# for. Release `milp`.
#
#   swift build -c release && Benchmarks/library-vs-highs.sh [STORE]
#
# EASY and MEDIUM (default 10 each), TIME_LIMIT (seconds, default 60) and JOBS (runs at a time,
# default 1) are read from the environment; MILP=path/to/milp picks another binary. HiGHS comes from PyPI (highspy) in a
# virtual environment under .build-highs/ (needs python3 with venv). STORE (default: a temporary
# folder) keeps the runs, the generated instances and the sweep file beside it; a killed run
# resumes where it stopped. Needs jq.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
easy=${EASY:-10}
medium=${MEDIUM:-10}
time_limit=${TIME_LIMIT:-60}
jobs=${JOBS:-1}
venv=$root/.build-highs/venv
if [ -n "${1:-}" ]; then
    store=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
else
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    store=$scratch/library-vs-highs.db
fi
work=${store%.db}-files
mkdir -p "$work/instances/public"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet highspy==1.16.0
fi

classic=setcover,auction,facility,indset-ba,indset-er,gisp,knapsack,binpacking
[ "$easy" -gt 0 ] && "$milp" instances generate --distribution "$classic" --level easy --split test --count "$easy" -o "$work/instances" --quiet
[ "$medium" -gt 0 ] && "$milp" instances generate --distribution "$classic" --level medium --split test --count "$medium" -o "$work/instances" --quiet
public=(2171 bell5 dcmulti egout flugpl gesa2 gt2 infeasible-mip0 infeasible-mip1 lseu p01 p0548 rgn small_mip sp150x300d)
for name in "${public[@]}"; do cp "$root/Instances/public/$name.mps" "$work/instances/public/"; done

cat > "$work/library-vs-highs.json" <<JSON
{
  "name": "library-vs-highs",
  "instances": { "directory": "instances", "files": ["*.mps.gz", "public/*.mps"] },
  "reference": "$root/Instances/public/reference.csv",
  "configurations": [
    "glpk-defaults",
    "recommended",
    { "name": "highs", "command": "'$venv/bin/python' '$root/Benchmarks/highs_solve.py' {file} {time_limit}", "output": "highs" }
  ],
  "timeLimit": $time_limit
}
JSON

"$milp" bench run "$work/library-vs-highs.json" --store "$store" --jobs "$jobs"
"$milp" bench report "$store"
echo
"$milp" bench report "$store" --json --runs | jq -r --argjson limit "$time_limit" '
  def group: if startswith("public/") then "public MIPs" else sub("-test-[0-9]+\\.mps\\.gz$"; "") end;
  def seconds: if .status == "optimal" or .status == "infeasible" then .wallTime else $limit end;
  def sgm: (map(seconds + 1 | log) | add / length | exp) - 1;
  def round2: . * 100 | round / 100;
  def of($name): map(select(.configuration == $name));
  "| group | instances | GLPK defaults | MILPKit defaults | HiGHS | GLPK / MILPKit | MILPKit / HiGHS |",
  "|---|---:|---:|---:|---:|---:|---:|",
  (group_by(.instance | group) | .[]
   | (of("glpk-defaults") | sgm) as $glpk | (of("recommended") | sgm) as $milpkit | (of("highs") | sgm) as $highs
   | "| \(.[0].instance | group) | \(of("recommended") | length) | \($glpk | round2) s | \($milpkit | round2) s | \($highs | round2) s | \($glpk / $milpkit | round2)× | \($milpkit / $highs | round2)× |")'
