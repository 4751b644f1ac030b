#!/usr/bin/env bash
# Runs a small sweep (Benchmarks/sharding-check.json) whole on this machine, then sharded the two
# ways Benchmarks/ ships templates for, and checks that each merged result equals the whole run:
# the same tasks, statuses and objective values.
#
#   Benchmarks/distributed-check.sh [slurm|kubernetes|all]     (default: all; as root)
#
# slurm       installs Slurm and MUNGE from Debian's packages (without starting their services),
#             starts a one-node cluster of its own (munged, slurmctld, slurmd, configured in a
#             temporary folder, on ports 16817-16818), submits Benchmarks/slurm-sweep.sh as a job
#             array of 3 shards, waits for it, merges the shards' stores, compares, and stops the
#             daemons it started.
# kubernetes  reads Benchmarks/kubernetes-sweep.yaml and runs each pod of its Indexed Job here as
#             the cluster would (the container's command and arguments through /bin/sh, its
#             environment with JOB_COMPLETION_INDEX set, its working directory at the repository,
#             the results volume at a temporary folder), then merges and compares.
#
# Both check that every shard ran `milp bench run ... --shard i/N` with its own index and the
# count of shards. MILP=path/to/milp picks the binary (default: .build/debug/milp, built when
# missing). CI runs this after the tests (.ci/run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-all}
case $mode in slurm | kubernetes | all) ;; *) echo "usage: $0 [slurm|kubernetes|all]" >&2; exit 64 ;; esac
[ "$(id -u)" -eq 0 ] || { echo "error: run this as root: it installs packages and starts Slurm's daemons" >&2; exit 1; }

milp=${MILP:-$root/.build/debug/milp}
if [ -z "${MILP:-}" ] && [ ! -x "$milp" ]; then (cd "$root" && swift build --product milp); fi
sweep=$root/Benchmarks/sharding-check.json
work=$(mktemp -d)
daemons=()
cleanup() {
    for pid in "${daemons[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${daemons[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# Installs Debian packages that are missing, keeping their services from starting.
install() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    echo "Installing ${missing[*]} ..." >&2
    local policy=/usr/sbin/policy-rc.d made_policy=""
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && made_policy=yes
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    [ -n "$made_policy" ] && rm -f "$policy"
    return 0
}

# A `milp` that logs its arguments to $work/invocations before running the real one, so the
# shards' command lines can be checked.
mkdir -p "$work/bin"
cat > "$work/bin/milp" <<EOF
#!/bin/sh
echo "\$*" >> "$work/invocations"
exec "$milp" "\$@"
EOF
chmod +x "$work/bin/milp"

# The runs of a store as sorted lines: instance, configuration, repetition, status, objective.
runs() {
    "$milp" bench report "$1" --json --runs | /usr/bin/python3 -c '
import json, sys
for run in sorted(json.load(sys.stdin), key=lambda r: (r["instance"], r["configuration"], r["repetition"])):
    objective = "-" if run.get("objective") is None else repr(run["objective"])
    print(run["instance"], run["configuration"], run["repetition"], run["status"], objective)'
}

# Checks that the merge of shard stores $2/shard-*.db equals the whole run, and that shard i of
# $3 ran with --shard i/$3; $1 names the scheduler.
compare() {
    local scheduler=$1 folder=$2 count=$3
    for ((index = 0; index < count; index++)); do
        grep -q -- "--shard $index/$count --store $folder/shard-$index.db" "$work/invocations" ||
            { echo "error: $scheduler: no shard ran with --shard $index/$count into $folder/shard-$index.db" >&2; exit 1; }
    done
    "$milp" bench merge "$folder"/shard-*.db -o "$folder/all.db" --quiet
    if ! diff <(runs "$work/whole.db") <(runs "$folder/all.db") > "$work/differences"; then
        echo "error: $scheduler: the merged shards differ from the whole run:" >&2
        cat "$work/differences" >&2
        exit 1
    fi
    echo "$scheduler: $count shards merged = the whole run: $(runs "$folder/all.db" | wc -l) runs with the same tasks, statuses and objectives"
}

"$milp" bench run "$sweep" --store "$work/whole.db" --quiet
echo "whole run: $(runs "$work/whole.db" | wc -l) runs"

# Waits up to $1 seconds for the command that follows to succeed.
await() {
    local seconds=$1
    shift
    for ((tenth = 0; tenth < seconds * 10; tenth++)); do
        "$@" && return 0
        sleep 0.1
    done
    echo "error: gave up after ${seconds} s waiting for: $*" >&2
    return 1
}

if [ "$mode" != kubernetes ]; then
    install slurmctld slurmd slurm-client munge
    cluster=$work/slurm-cluster
    mkdir -p "$cluster/state" "$cluster/spool"
    head -c 1024 /dev/urandom > "$cluster/munge.key"
    chmod 400 "$cluster/munge.key"
    munged --foreground --force --socket="$cluster/munge.socket" --key-file="$cluster/munge.key" \
        --pid-file="$cluster/munged.pid" --seed-file="$cluster/munge.seed" --log-file="$cluster/munged.log" 2> "$cluster/munged.err" &
    daemons+=($!)
    await 30 test -S "$cluster/munge.socket"
    host=$(hostname -s)
    memory=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo)
    cat > "$cluster/slurm.conf" <<EOF
ClusterName=milpkit-check
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$cluster/munge.socket
StateSaveLocation=$cluster/state
SlurmdSpoolDir=$cluster/spool
SlurmctldPidFile=$cluster/slurmctld.pid
SlurmdPidFile=$cluster/slurmd.pid
SlurmctldLogFile=$cluster/slurmctld.log
SlurmdLogFile=$cluster/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$memory State=UNKNOWN
PartitionName=check Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
    export SLURM_CONF=$cluster/slurm.conf
    slurmctld -D -f "$SLURM_CONF" 2> "$cluster/slurmctld.err" &
    daemons+=($!)
    slurmd -D -f "$SLURM_CONF" -N "$host" 2> "$cluster/slurmd.err" &
    daemons+=($!)
    if ! await 60 sh -c 'sinfo -h -o %T 2>/dev/null | grep -qx idle'; then
        tail -n 20 "$cluster"/*.log >&2
        exit 1
    fi

    shards=3
    start=$(date +%s%N)
    # The template asks for 2 cores and 16 GiB per task; one core and 1 GiB suit this small sweep.
    job=$(MILP=$work/bin/milp sbatch --parsable --array=0-$((shards - 1)) --cpus-per-task=1 --mem=1G --time=10 \
        --chdir="$root" --output="$cluster/task-%a.log" "$root/Benchmarks/slurm-sweep.sh" "$sweep" "$work/slurm")
    await 600 sh -c "[ -z \"\$(squeue -h -j $job 2>/dev/null)\" ]"
    milliseconds=$((($(date +%s%N) - start) / 1000000))
    states=$(scontrol show job "$job" | grep -o 'JobState=[A-Z]*' | sort | uniq -c | tr -s ' ')
    if [ "$(scontrol show job "$job" | grep -c 'JobState=COMPLETED')" -ne "$shards" ]; then
        echo "error: slurm: not every array task completed:$states" >&2
        tail -n 20 "$cluster"/task-*.log >&2
        exit 1
    fi
    echo "slurm: job $job, $shards array tasks completed in $((milliseconds / 1000)).$((milliseconds % 1000 / 100)) s (from sbatch to an empty queue)"
    compare slurm "$work/slurm" "$shards"
fi

if [ "$mode" != slurm ]; then
    install python3-yaml
    mkdir -p "$work/kubernetes"
    # Each pod of the Indexed Job, run here as the cluster would run it.
    pods=$(/usr/bin/python3 - "$root/Benchmarks/kubernetes-sweep.yaml" "$root" "$work/kubernetes" "$work/bin" "$sweep" <<'EOF'
import os, subprocess, sys, yaml
template, root, results, binaries, sweep = sys.argv[1:]
documents = [document for document in yaml.safe_load_all(open(template)) if document]
jobs = [document for document in documents if document.get("kind") == "Job"]
assert len(jobs) == 1, f"{template}: expected one Job, found {len(jobs)}"
spec = jobs[0]["spec"]
assert spec.get("completionMode") == "Indexed", "the Job must be Indexed, so that each pod gets JOB_COMPLETION_INDEX"
count = spec["completions"]
container, = spec["template"]["spec"]["containers"]
environment = {variable["name"]: variable["value"] for variable in container.get("env", [])}
assert environment.get("SHARDS") == str(count), f"SHARDS is {environment.get('SHARDS')}, but the Job has {count} completions"
mount, = [volume["mountPath"] for volume in container["volumeMounts"]]
script = [argument.replace(mount, results) for argument in container["args"]]
for index in range(count):
    pod = {**os.environ, **environment, "SWEEP": sweep, "JOB_COMPLETION_INDEX": str(index), "PATH": binaries + ":" + os.environ["PATH"]}
    status = subprocess.run(container["command"] + script, env=pod, cwd=root).returncode
    assert status == 0, f"pod {index} exited with {status}"
print(count)
EOF
    )
    compare kubernetes "$work/kubernetes" "$pods"
fi
