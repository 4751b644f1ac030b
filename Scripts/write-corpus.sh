#!/usr/bin/env bash
# Writes the corpus of LP and MPS files that other tools make from public MIPs, which the test
# suite reads and solves (CorpusSolveTests): HiGHS, PuLP, OR-Tools and SCIP each read the MPS file
# and write it as CPLEX LP and as MPS, into Instances/corpus/TOOL/. The tools are installed from
# PyPI into a scratch virtual environment under .build-corpus/ (needs python3 with venv).
#
#   Scripts/write-corpus.sh [FILE.mps ...]
#
# By default: the public MIPs that solve fast (and one LP), so that the corpus stays small.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$root/.build-corpus
cd "$root"
if [ $# -eq 0 ]; then
    set -- Instances/public/{afiro,egout,flugpl,lseu,p0548,rgn}.mps
fi
if [ ! -x "$scratch/venv/bin/python" ]; then
    python3 -m venv "$scratch/venv"
    "$scratch/venv/bin/pip" install --quiet highspy pulp ortools pyscipopt
fi
"$scratch/venv/bin/python" Scripts/corpus/write_corpus.py Instances/corpus "$@"
