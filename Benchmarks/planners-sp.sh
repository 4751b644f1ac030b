#!/usr/bin/env bash
# The sequence-parallel planner as a training loop uses it: `milp plan sp --serve` gets one batch
# per line and answers with one plan per line. For each setting, COUNT generated batches (seeds
# FIRST_SEED onwards; 256k–2M tokens, log-normal lengths with median 4k clipped to 128–256k) go
# through one server with the planning budget TIME_LIMIT per batch, and the script prints:
# batches refused, micro-batches used, the modeled step-time speedup over the best static SP
# degree and over greedy longest-first packing, the share of plans the MILP improved, the gap to
# the lower bound, and the planning time per batch (the planner's own clock, and the round trip
# the client sees) with its overrun past the budget.
#
#   swift build -c release && Benchmarks/planners-sp.sh [COUNT] [FIRST_SEED] [TIME_LIMIT]
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
    python3 - "$milp" "$examples/$model.json" "$cluster" "$limit" "$work/$model-$name" "$model on $name" "$seed" <<'PYTHON'
import json, pathlib, re, statistics, subprocess, sys, time

milp, model, cluster, limit, folder, title, first = sys.argv[1:8]
unit = re.fullmatch(r"([0-9.]+)\s*(ms|s)?", limit)
budget = float(unit.group(1)) / (1000 if unit.group(2) == "ms" else 1)
files = sorted(pathlib.Path(folder).glob("sp-*.json"), key=lambda path: int(path.stem.split("-")[1]))
server = subprocess.Popen([milp, "plan", "sp", "--serve", "--model", model, "--cluster", cluster, "--time-limit", limit],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
replies, trips, tokens = [], [], []
for path in files:
    batch = json.loads(path.read_text())
    tokens.append(sum(batch["sequences"]))
    started = time.monotonic()
    server.stdin.write(json.dumps({"sequences": batch["sequences"], "batch": path.stem}) + "\n")
    server.stdin.flush()
    replies.append(json.loads(server.stdout.readline()))
    trips.append(time.monotonic() - started)
server.stdin.close()
server.wait()

def quantile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")

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
times_ms = lambda value: f"{value * 1000:.0f} ms"
ratio = lambda value: f"{value:.2f}x"
percent = lambda value: f"{value * 100:.1f}%"
print(f"\n== {title}: {len(replies)} batches (seeds {first}-{int(first) + len(replies) - 1}), "
      f"{min(tokens)}-{max(tokens)} tokens, budget {limit}")
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
overruns = [trip - budget for trip in trips]
print(f"overrun past the budget (trip):    median {times_ms(quantile(overruns, 0.5))}, p95 {times_ms(quantile(overruns, 0.95))}, "
      f"max {times_ms(max(overruns))}; over budget + 10%: {sum(trip > 1.1 * budget for trip in trips)} of {len(trips)}")
PYTHON
done
echo
echo "machine load after: $(uptime | sed 's/.*load average/load average/')"
