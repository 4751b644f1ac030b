#!/usr/bin/env bash
# Fuzzes the MPS and CPLEX LP readers (with write-and-read-back and gzip round trips, and an LP
# solve through GLPK of every model they accept) with
# libFuzzer under AddressSanitizer (leak checking included), seeded with the public instances and
# the test fixtures.
#
#   Scripts/fuzz-readers.sh [SECONDS]       (make fuzz)
#
# SECONDS (default 600) is the total fuzzing time. The corpus grows in .build-fuzz/corpus across
# runs; an input that crashes, leaks or hangs (over 10 s) is saved to .build-fuzz/artifacts/ and
# the script exits nonzero. Replay it with `swift run reader-fuzzer FILE`, fix the reader, and
# keep the input in Fuzz/regressions/, which the test suite replays.
set -euo pipefail
seconds=${1:-600}
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$root/.build-fuzz
cd "$root"

# SwiftPM passes each --sanitize as its own -sanitize flag and swiftc keeps only the last, so the
# combined flag goes to swiftc directly.
swift build -c release --product reader-fuzzer --scratch-path "$scratch" \
    --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
mkdir -p "$scratch/corpus" "$scratch/artifacts"
for seed in Instances/public/*.mps Tests/MILPFormatsTests/FailingModels/* Tests/MILPFormatsTests/MPSFixtures/* \
        Tests/GLPKTests/Fixtures/*.lp Tests/MILPCommandTests/Fixtures/* Fuzz/regressions/*; do
    # Seeds over 64 KiB would only slow every mutation down.
    if [ -f "$seed" ] && [ "$(wc -c < "$seed")" -le 65536 ]; then cp "$seed" "$scratch/corpus/"; fi
done
"$scratch/release/reader-fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$scratch/artifacts/" "$scratch/corpus"
