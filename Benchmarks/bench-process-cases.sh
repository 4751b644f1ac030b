#!/usr/bin/env bash
# What `milp bench run` does with runs and sweeps that misbehave, for one or more `milp` binaries
# (an older build against this one, say), one table row per case and binary:
#
#   swift build -c release --product milp && Benchmarks/bench-process-cases.sh [MILP...]
#
# escape   a run whose command closes its output and keeps going (exec >/dev/null 2>&1; sleep 6):
#          1 s limit, 1 s grace; it must be killed at about 2 s, not stored as completed at once
# orphan   a run that starts a process in a session of its own and exits (setsid sleep 30 &),
#          3 s limit: nothing of it may be left running once the sweep has ended
# kill -9  `milp bench run` killed with SIGKILL while a run (sleep 30, 20 s limit) is going: the
#          run's processes must not outlive it
# SIGHUP   the same, hung up: the run killed, nothing stored of it, exit 130
# Ctrl-C   the same with SIGINT sent to the sweep's process group, as a terminal does: the same
#
# Columns: the exit status of `milp bench run` (137: killed by SIGKILL), its wall time, what the
# store holds (status and wall time of each run), how many of the run's processes were still
# running a second after the sweep ended (they are then killed), and the sweep's last line of
# errors. Each binary is copied into a scratch folder first so that its workers can be told
# apart from any other `milp` on the machine. Default binary: .build/release/milp. Needs python3.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
binaries=("$@")
[ ${#binaries[@]} -gt 0 ] || binaries=("$root/.build/release/milp")
model=$root/Instances/public/small_mip.mps
set -m   # background jobs get process groups of their own, as in an interactive shell

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"

# The processes of a case still running: the copied binary's workers and the marked command.
leftovers() { pgrep -f "$work/[^ ]*/milp|sleep [0-9]+\\.$marker" || true; }

# What the store holds: "status wall-time" per run, or "nothing".
stored() {
    [ -f "$1" ] || { echo nothing; return; }
    "$milp" bench report "$1" --json --runs 2>/dev/null | python3 -c '
import json, sys
text = sys.stdin.read()
runs = json.loads(text) if text.strip() else []
if isinstance(runs, dict):
    runs = runs.get("runs", [])
print(", ".join("%s %.1f s" % (run["status"], float(run["wallTime"])) for run in runs) or "nothing")' 2>/dev/null || echo nothing
}

# Runs `milp bench run` with a sweep of one command; $2 is the template, $3 the time limit, and
# $4 what to do to the sweep once the command runs: nothing, or a signal for kill.
case_run() {
    local name=$1 template=$2 limit=$3 signal=$4 store=$work/$RANDOM.db
    local start end status pid waited=0
    start=$(date +%s.%N)
    "$milp" bench run --instances "$model" --command "case=$template" --time-limit "$limit" --grace 1 \
        --store "$store" --jobs 1 --quiet > "$work/out" 2> "$work/err" &
    pid=$!
    if [ "$signal" != none ]; then
        # The command itself, not the sweep whose arguments name it.
        until [ -n "$(pgrep -f "^sleep [0-9]+\\.$marker")" ] || ! kill -0 "$pid" 2>/dev/null || [ $waited -ge 150 ]; do
            sleep 0.1; waited=$((waited + 1))
        done
        sleep 0.5
        case $signal in
            INT) kill -INT -- "-$pid" 2>/dev/null ;;   # a terminal's Ctrl-C reaches the whole foreground group
            *) kill "-$signal" "$pid" 2>/dev/null ;;
        esac
    fi
    wait "$pid"; status=$?
    end=$(date +%s.%N)
    sleep 1
    local left
    left=$(leftovers)
    local count=0
    [ -z "$left" ] || count=$(echo "$left" | wc -l)
    [ -z "$left" ] || kill -9 $left 2>/dev/null
    printf '%-8s %-22s %5s %7.1f  %-26s %5s  %s\n' "$name" "$label" "$status" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" \
        "$(stored "$store")" "$count" "$(grep -v '^$' "$work/err" | tail -1 | cut -c1-70)"
}

printf '%-8s %-22s %5s %7s  %-26s %5s  %s\n' case binary exit wall stored left errors
for binary in "${binaries[@]}"; do
    copy=$work/$RANDOM
    mkdir -p "$copy"
    cp "$binary" "$copy/milp"
    milp=$copy/milp
    label=$("$milp" --version | sed -n 's/.*revision \([0-9a-f]\{8\}\).*/revision \1/p')
    label=${label:-no revision}
    marker=$RANDOM$RANDOM
    case_run escape ": {file}; exec >/dev/null 2>&1; sleep 6.$marker" 1 none
    marker=$RANDOM$RANDOM
    case_run orphan ": {file}; setsid sleep 30.$marker & exit 0" 3 none
    marker=$RANDOM$RANDOM
    case_run 'kill -9' ": {file}; sleep 30.$marker" 20 KILL
    marker=$RANDOM$RANDOM
    case_run SIGHUP ": {file}; sleep 30.$marker" 20 HUP
    marker=$RANDOM$RANDOM
    case_run Ctrl-C ": {file}; sleep 30.$marker" 20 INT
done
echo "after: $(uptime | sed 's/.*load average/load average/')"
