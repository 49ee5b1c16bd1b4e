#!/usr/bin/env bash
# The quick mode of the benchmarks, for CI (`.ci/run`): the whole sync on 3,000 orders (sync loop,
# bare-reqwest floor, Python integrator; 3 interleaved rounds), its memory in separate processes,
# and `cargo xtask gen` warm; then benches/quick_check.py compares the figures with
# benches/quick_baseline.json and fails only when one is more than 2x worse, naming it, its baseline
# and the new value. About a minute once the benches are built (their release build comes first).
#   bash benches/quick.sh            check against the baseline
#   bash benches/quick.sh --record   rewrite the baseline from this run (after a deliberate change)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
results="$target/bench-results"
mkdir -p "$results"

bash benches/setup.sh > /dev/null
cargo bench --quiet -p dangdang-benches --bench sync --bench sync_memory --no-run
started=$(date +%s)
ORDERS=3000 ROUNDS=3 cargo bench --quiet -p dangdang-benches --bench sync --bench sync_memory
RUNS=5 bash benches/gen_wall.sh > /dev/null
echo "quick mode: measured in $(($(date +%s) - started)) s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
python3 benches/quick_check.py benches/quick_baseline.json "$results" "$@"
