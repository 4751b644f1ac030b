#!/usr/bin/env bash
# Runs one shard of a benchmark sweep per task of a Slurm job array.
#
#   sbatch --array=0-3 Benchmarks/slurm-sweep.sh Benchmarks/public-mips.json results
#
# Array task i runs `milp bench run SWEEP --shard i/N`, N being the number of tasks in the array
# (ids must run from 0 to N-1), and stores its results in RESULTS/shard-i.db. Every run of the
# sweep belongs to exactly one shard. A task that is cancelled or dies can be resubmitted with the
# same index: it resumes, doing only what its store is missing. When all tasks are done, merge:
#
#   milp bench merge RESULTS/shard-*.db -o RESULTS/all.db
#   milp bench report RESULTS/all.db --plot RESULTS/all.svg --html RESULTS/all.html
#
# or let Slurm do it after the array: sbatch --dependency=afterok:JOBID --wrap "milp bench merge …"
#
# `milp` must be on PATH (or set MILP), and the sweep's instance files must be readable from
# every node at the paths the sweep file gives (relative to the sweep file).
# Benchmarks/distributed-check.sh submits this script to a one-node cluster of its own and checks
# that the merged shards equal the whole sweep.
#SBATCH --job-name=milp-sweep
#SBATCH --cpus-per-task=2
#SBATCH --mem=16G
#SBATCH --time=12:00:00
#SBATCH --output=milp-sweep-%A_%a.log
set -euo pipefail

sweep=${1:?usage: sbatch --array=0-N Benchmarks/slurm-sweep.sh SWEEP.json [RESULTS_DIR]}
results=${2:-results}
milp=${MILP:-milp}
: "${SLURM_ARRAY_TASK_ID:?run this script as a job array: sbatch --array=0-3 $0 SWEEP.json}"
shards=${SLURM_ARRAY_TASK_COUNT:?this Slurm does not set SLURM_ARRAY_TASK_COUNT}

mkdir -p "$results"
# One run per allocated core; each run is limited by the sweep's time and memory limits.
exec "$milp" bench run "$sweep" \
    --shard "$SLURM_ARRAY_TASK_ID/$shards" \
    --store "$results/shard-$SLURM_ARRAY_TASK_ID.db" \
    --jobs "${SLURM_CPUS_PER_TASK:-1}"
