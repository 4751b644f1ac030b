#!/usr/bin/env bash
# Learned branching against GLPK's rules and the Swift policies, end to end with the release
# `milp`: generates each distribution's easy train and test instances, records strong branching
# on the train split, fits one scorer per distribution and one on the mix of all of them, then
# compares every policy on each test split, and the two scorers on the medium test split.
#
#   swift build -c release && Benchmarks/branching-evaluation.sh [FOLDER] [TRAIN] [TEST] [TIME_LIMIT]
#
# FOLDER (default: a temporary folder, removed afterwards) keeps the instances, data, scorers and
# each evaluation's table and JSON; run again on the same FOLDER, the script skips what is there.
# TRAIN (default 20) and TEST (default 10) instances per distribution; TIME_LIMIT (default 60s)
# per solve. DISTRIBUTIONS="setcover auction" picks fewer than the eight
# classic ones; MEDIUM="setcover indset-er" picks the distributions whose medium test split is
# solved too (default none; MEDIUM_COUNT instances each, default 5); MILP=path/to/milp picks
# another binary. Test instances are never used for training.
set -euo pipefail
train=${2:-20}
test=${3:-10}
limit=${4:-60s}
distributions=${DISTRIBUTIONS:-setcover auction facility indset-ba indset-er gisp knapsack binpacking}
medium=${MEDIUM:-}
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
if [ -n "${1:-}" ]; then
    work=$1
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi

echo "== Data: $train train and $test test instances per distribution (easy), strong branching recorded on train"
for distribution in $distributions; do
    if [ ! -s "$work/$distribution.jsonl" ]; then
        rm -rf "$work/$distribution"
        "$milp" instances generate --distribution "$distribution" --level easy --split train --count "$train" -o "$work/$distribution/train" --quiet
        "$milp" instances generate --distribution "$distribution" --level easy --split test --count "$test" -o "$work/$distribution/test" --quiet
        "$milp" branching collect --instances "$work/$distribution"/train/*.mps.gz --time-limit "$limit" \
            -o "$work/$distribution.jsonl.partial" --quiet
        mv "$work/$distribution.jsonl.partial" "$work/$distribution.jsonl"
    fi
    echo "$distribution: $(wc -l < "$work/$distribution.jsonl") sampled nodes"
done

echo
echo "== Scorers"
for distribution in $distributions; do
    "$milp" branching train "$work/$distribution.jsonl" -o "$work/$distribution/learned-single.json"
done
data=()
for distribution in $distributions; do data+=("$work/$distribution.jsonl"); done
"$milp" branching train "${data[@]}" -o "$work/learned-mixed.json"

echo
echo "== Easy test splits (time limit $limit per solve)"
# Each table is kept in FOLDER, and a table already there is printed again rather than recomputed.
evaluate() { # TABLE POLICIES INSTANCES...
    local table=$1 policies=$2
    shift 2
    if [ ! -s "$table" ]; then
        "$milp" branching evaluate --quiet --time-limit "$limit" --policies "$policies" --instances "$@" \
            --json "${table%.md}.json" > "$table.partial"
        mv "$table.partial" "$table"
    fi
    if [ -n "${header_printed:-}" ]; then tail -n +5 "$table"; else cat "$table"; header_printed=1; fi
}
for distribution in $distributions; do
    evaluate "$work/evaluation-$distribution.md" \
        "dth,glpk,pseudocost,strong,reliability,$work/$distribution/learned-single.json,$work/learned-mixed.json" \
        "$work/$distribution"/test/*.mps.gz
done

if [ -n "$medium" ]; then
    echo
    echo "== Medium test splits: a scorer trained on easy instances of one distribution vs on the mix"
    header_printed=
    for distribution in $medium; do
        if [ ! -d "$work/$distribution/medium" ]; then
            "$milp" instances generate --distribution "$distribution" --level medium --split test --count "${MEDIUM_COUNT:-5}" \
                -o "$work/$distribution/medium.partial" --quiet
            mv "$work/$distribution/medium.partial" "$work/$distribution/medium"
        fi
        evaluate "$work/medium-$distribution.md" "dth,$work/$distribution/learned-single.json,$work/learned-mixed.json" \
            "$work/$distribution"/medium/*.mps.gz
    done
fi
