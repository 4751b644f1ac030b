#!/usr/bin/env bash
# The sequence-parallel planner as a training loop uses it: `milp plan sp --serve` gets one batch
# per line and answers with one plan per line. For each setting, COUNT generated batches (seeds
# FIRST_SEED onwards; 256k–2M tokens, log-normal lengths with median 4k clipped to 128–256k) go
# through one server with the planning budget TIME_LIMIT per batch, and the script prints:
# batches refused, micro-batches used, the modeled step-time speedup over the best static SP
# degree and over greedy longest-first packing, the share of plans the MILP improved, the gap to
# the lower bound, and the planning time per batch (the planner's own clock, and the round trip
# the client sees) with its overrun past the budget. The server is started, and answers a
# one-sequence warm-up batch, before the first timed batch (a training loop starts it during its
# setup); the time to that first answer is printed apart.
#
# MODE=process instead runs one `milp plan sp` process per batch, as a user without --serve does,
# and prints the distribution of each whole process's wall time (started and waited for by the
# script) minus the budget: median, p95, max, and how many overran by more than max(5%, 100 ms).
#
#   swift build -c release --product milp && Benchmarks/planners-sp.sh [COUNT] [FIRST_SEED] [TIME_LIMIT]
#   MODE=process Benchmarks/planners-sp.sh [COUNT] [FIRST_SEED] [TIME_LIMIT]
#
# Settings: GPT-7B on 64 A100s (8 per node), GPT-13B on 32, and GPT-7B on 4096 (a size check:
# the budget must hold there too; COUNT/5 batches). Defaults: 50 batches from seed 1001 (seeds
# 1–100 were used while developing the planner), 500ms. MILP=path/to/milp picks another binary.
# Needs python3 (standard library only).
set -euo pipefail
count=${1:-50}
seed=${2:-1001}
limit=${3:-500ms}
root=$(cd "$(dirname "$0")/.." && pwd)
milp=${MILP:-$root/.build/release/milp}
mode=${MODE:-serve}
case $mode in serve|process) ;; *) echo "MODE must be serve or process, got '$mode'" >&2; exit 64 ;; esac
examples=$root/Instances/planners/sp
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine load before: $(uptime | sed 's/.*load average/load average/')"
python3 -c 'import json, sys; c = json.load(open(sys.argv[1])); c["gpus"] = 4096; json.dump(c, open(sys.argv[2], "w"))' \
    "$examples/a100-64.json" "$work/a100-4096.json"
settings=("gpt-7b a100-64 $examples/a100-64.json $count"
          "gpt-13b a100-32 $examples/a100-32.json $count"
          "gpt-7b a100-4096 $work/a100-4096.json $(( (count + 4) / 5 ))")
for setting in "${settings[@]}"; do
    read -r model name cluster batches <<< "$setting"
    "$milp" plan sp --generate "$batches" --seed "$seed" --batch-tokens 262144-2097152 --maximum-length 262144 \
        --output "$work/$model-$name"
    python3 - "$milp" "$examples/$model.json" "$cluster" "$limit" "$work/$model-$name" "$model on $name" "$seed" "$mode" <<'PYTHON'
import collections, json, pathlib, re, statistics, subprocess, sys, time

milp, model, cluster, limit, folder, title, first, mode = sys.argv[1:9]
unit = re.fullmatch(r"([0-9.]+)\s*(ms|s)?", limit)
budget = float(unit.group(1)) / (1000 if unit.group(2) == "ms" else 1)
files = sorted(pathlib.Path(folder).glob("sp-*.json"), key=lambda path: int(path.stem.split("-")[1]))
tokens = [sum(json.loads(path.read_text())["sequences"]) for path in files]
times_ms = lambda value: f"{value * 1000:.0f} ms"

def quantile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")

def overrun_line(label, walls):
    overruns = [wall - budget for wall in walls]
    allowed = max(0.05 * budget, 0.1)
    print(f"{label} median {times_ms(quantile(overruns, 0.5))}, p95 {times_ms(quantile(overruns, 0.95))}, "
          f"max {times_ms(max(overruns))}; over by more than max(5%, 100 ms): {sum(o > allowed for o in overruns)} of {len(overruns)}")

print(f"\n== {title}: {len(files)} batches (seeds {first}-{int(first) + len(files) - 1}), "
      f"{min(tokens)}-{max(tokens)} tokens, budget {limit}, {'one process per batch' if mode == 'process' else 'one --serve process'}")
if mode == "process":
    walls, codes, clocks = [], collections.Counter(), []
    for path in files:
        started = time.monotonic()
        run = subprocess.run([milp, "plan", "sp", str(path), "--model", model, "--cluster", cluster, "--time-limit", limit, "--json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        walls.append(time.monotonic() - started)
        codes[run.returncode] += 1
        if run.returncode in (0, 20, 21):
            clocks.append(json.loads(run.stdout)["planningTime"])
    print(f"exit codes:                        " + ", ".join(f"{code}: {number}" for code, number in sorted(codes.items())))
    print(f"planning time (planner's clock):   p50 {times_ms(quantile(clocks, 0.5))}, p99 {times_ms(quantile(clocks, 0.99))}, max {times_ms(max(clocks))}")
    print(f"process wall time:                 p50 {times_ms(quantile(walls, 0.5))}, p95 {times_ms(quantile(walls, 0.95))}, max {times_ms(max(walls))}")
    overrun_line("overrun (wall time - budget):     ", walls)
    sys.exit(0)

server = subprocess.Popen([milp, "plan", "sp", "--serve", "--model", model, "--cluster", cluster, "--time-limit", limit],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
def ask(request):
    started = time.monotonic()
    server.stdin.write(json.dumps(request) + "\n")
    server.stdin.flush()
    reply = json.loads(server.stdout.readline())
    return reply, time.monotonic() - started
startup = ask({"sequences": [128], "batch": "warm-up"})[1]
replies, trips = [], []
for path in files:
    reply, trip = ask({"sequences": json.loads(path.read_text())["sequences"], "batch": path.stem})
    replies.append(reply)
    trips.append(trip)
server.stdin.close()
server.wait()

def spread(values, form):
    if not values:
        return "none"
    return (f"mean {form(statistics.fmean(values))}, median {form(quantile(values, 0.5))}, "
            f"min {form(min(values))}, max {form(max(values))}")

planned = [reply for reply in replies if "error" not in reply and reply.get("stepTime") is not None]
refused = [reply for reply in replies if "error" in reply]
times = [reply["planningTime"] for reply in replies if "planningTime" in reply]
micro = [len(reply["microBatches"]) for reply in planned]
improved = [reply for reply in planned if any(part["stage"] == "milp" for part in reply["microBatches"])]
stages = {}
for reply in planned:
    for part in reply["microBatches"]:
        stages[part["stage"]] = stages.get(part["stage"], 0) + 1
gaps = [reply["gap"] for reply in planned if reply.get("gap") is not None]
ratio = lambda value: f"{value:.2f}x"
percent = lambda value: f"{value * 100:.1f}%"
print(f"server start (warm-up answered):   {times_ms(startup)}")
print(f"refused:                           {len(refused)}" + "".join(f"\n  {r['batch'] if 'batch' in r else r['line']}: {r['error']['field']}: {r['error']['message']}" for r in refused))
print(f"no plan in the budget:             {len(replies) - len(planned) - len(refused)}")
print(f"micro-batches per batch:           {spread(micro, str)}")
print(f"speedup vs best static degree:     {spread([r['speedups']['bestStaticDegree'] for r in planned if 'bestStaticDegree' in r['speedups']], ratio)}")
print(f"speedup vs greedy longest-first:   {spread([r['speedups']['greedy'] for r in planned if 'greedy' in r['speedups']], ratio)}")
print(f"plans the MILP improved:           {len(improved)} of {len(planned)} ({percent(len(improved) / max(len(planned), 1))}); "
      f"micro-batches by stage: " + ", ".join(f"{stage} {number}" for stage, number in sorted(stages.items())))
print(f"gap to the lower bound:            median {percent(quantile(gaps, 0.5))}, p90 {percent(quantile(gaps, 0.9))}, "
      f"max {percent(max(gaps)) if gaps else 'none'}; within 1%: {sum(gap <= 0.01 for gap in gaps)} of {len(gaps)}")
print(f"planning time (planner's clock):   p50 {times_ms(quantile(times, 0.5))}, p99 {times_ms(quantile(times, 0.99))}, max {times_ms(max(times))}")
print(f"round trip (client's clock):       p50 {times_ms(quantile(trips, 0.5))}, p99 {times_ms(quantile(trips, 0.99))}, max {times_ms(max(trips))}")
overrun_line("overrun past the budget (trip):   ", trips)
PYTHON
done
echo
echo "machine load after: $(uptime | sed 's/.*load average/load average/')"
