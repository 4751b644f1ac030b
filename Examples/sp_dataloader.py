#!/usr/bin/env python3
"""A training loop's dataloader that asks MILPKit for a sequence-parallel plan every step.

It starts `milp plan sp --serve` once (the model and cluster stay loaded), then, for each
training step, draws a batch of documents with long-tailed lengths, sends their lengths and ids
as one JSON line, and reads back one JSON line: the micro-batches, and in each the SP groups
(their GPUs, Ulysses/ring/USP factors and the ids of the documents they run). A real loop would
build each group's process group from `gpus` and feed it its documents; here the plan is
printed. Standard library only.

    swift build -c release
    python3 Examples/sp_dataloader.py --steps 5

Options: --milp PATH (default .build/release/milp, else `milp` on PATH), --model and --cluster
(default the GPT-7B and 64-GPU A100 files in Instances/planners/sp), --time-limit (the planning
budget per step), --tokens (per batch), --seed.
"""

import argparse
import json
import pathlib
import random
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


class SequenceParallelPlanner:
    """A running `milp plan sp --serve`: one request line in, one reply line out."""

    def __init__(self, milp, model, cluster, time_limit):
        command = [milp, "plan", "sp", "--serve", "--model", model, "--cluster", cluster, "--time-limit", time_limit]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def plan(self, lengths, ids, batch):
        """The plan for one batch, or ValueError naming the field the planner refused."""
        request = {"sequences": lengths, "ids": ids, "batch": batch}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the planner exited with status {self.process.wait()}")
        reply = json.loads(line)
        if "error" in reply:
            raise ValueError(f"{reply['error']['field']}: {reply['error']['message']}")
        return reply

    def close(self):
        self.process.stdin.close()
        return self.process.wait()


def batches(seed, tokens_per_batch, longest=262_144):
    """Endless batches of (document id, length), lengths log-normal around 4k tokens."""
    rng = random.Random(seed)
    document = 0
    while True:
        batch, total = [], 0
        while total < tokens_per_batch:
            length = min(longest, max(128, int(rng.lognormvariate(8.3, 1.5))))
            batch.append((f"doc-{document}", length))
            document += 1
            total += length
        yield batch


def main():
    default_milp = ROOT / ".build" / "release" / "milp"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--milp", default=str(default_milp) if default_milp.exists() else shutil.which("milp") or "milp")
    parser.add_argument("--model", default=str(ROOT / "Instances/planners/sp/gpt-7b.json"))
    parser.add_argument("--cluster", default=str(ROOT / "Instances/planners/sp/a100-64.json"))
    parser.add_argument("--time-limit", default="500ms")
    parser.add_argument("--tokens", type=int, default=1_000_000)
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()

    planner = SequenceParallelPlanner(arguments.milp, arguments.model, arguments.cluster, arguments.time_limit)
    try:
        for step, batch in zip(range(1, arguments.steps + 1), batches(arguments.seed, arguments.tokens)):
            ids, lengths = [document for document, _ in batch], [length for _, length in batch]
            started = time.monotonic()
            reply = planner.plan(lengths, ids, batch=step)
            waited = time.monotonic() - started
            groups = sum(len(micro["groups"]) for micro in reply["microBatches"])
            print(f"step {step}: {len(batch)} documents, {sum(lengths)} tokens -> {len(reply['microBatches'])} micro-batches, "
                  f"{groups} groups, modeled step {reply['stepTime']:.2f} s "
                  f"({reply['speedups'].get('bestStaticDegree', 1):.2f}x the best static degree), "
                  f"planned in {reply['planningTime'] * 1000:.0f} ms ({waited * 1000:.0f} ms round trip)")
            for number, micro in enumerate(reply["microBatches"], start=1):
                for group in micro["groups"]:
                    # Here a trainer would form the SP process group on group["gpus"] with
                    # group["parallelism"] and give it the documents group["sequences"].
                    shape = group["parallelism"]
                    print(f"  micro-batch {number}: GPUs {group['gpus'][0]}-{group['gpus'][-1]} "
                          f"({shape.get('strategy') or 'single GPU'} {shape['ulyssesDegree']}x{shape['ringDegree']}) "
                          f"run {', '.join(group['sequences'][:4])}{' ...' if len(group['sequences']) > 4 else ''}")
    finally:
        status = planner.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
