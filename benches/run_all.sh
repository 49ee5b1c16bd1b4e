#!/usr/bin/env bash
# Every benchmark of BENCHMARKS.md, in one go, then the summary with every ratio and budget:
#   bash benches/run_all.sh            (about 30 minutes on 2 cores, builds included)
#   bash benches/run_all.sh --quick    the CI subset checked against a baseline (benches/quick.sh)
# Writes <target>/bench-results/summary.md and budgets.md (and the raw results beside it, criterion's under
# <target>/criterion). Ratios compare numbers of this same run; the machine may be shared, so
# absolute numbers vary from run to run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --quick ]; then
  shift
  exec bash benches/quick.sh "$@"
fi
target="${CARGO_TARGET_DIR:-target}"
results="$target/bench-results"
mkdir -p "$results"

bash benches/setup.sh

{
  echo "nproc: $(nproc)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p')"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "rustc: $(rustc --version)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$results/machine.txt"

# 1. decode (criterion), hostile reply shapes (criterion) and request overhead (interleaved loops);
#    writes <target>/bench-data too
cargo bench -p dangdang-benches --bench decode --bench request --bench pathological
python3 benches/pathological_summary.py "$target" "$results/pathological.md"
# 2. the same GBK documents with Python's xmltodict
"$target/bench-venv/bin/python" benches/xmltodict_bench.py "$target/bench-data" "$results/xmltodict.json"
# 3. generation: in-process phases (criterion), then `cargo xtask gen` wall time
cargo bench -p dangdang-benches --bench generate
bash benches/gen_wall.sh
# 4. compile time of dangdang-api per feature set
bash benches/compile_time.sh
# 5. issue 10's budgets against the commit before the runtime split (builds that commit in its own
#    worktree and target dir the first time: add ~10 minutes); SKIP_BUDGETS=1 leaves them out
if [ "${SKIP_BUDGETS:-0}" != 1 ]; then
  bash benches/budgets.sh
fi

# 6. issue 16: the whole sync against the sandbox (sequential, concurrent, bare floor, Python
#    integrator) and its memory in separate processes; then the build cost for users (cold builds
#    of two new crates, interleaved: add ~10 minutes); SKIP_USER_BUILD=1 leaves it out
cargo bench -p dangdang-benches --bench sync --bench sync_memory
if [ "${SKIP_USER_BUILD:-0}" != 1 ]; then
  bash benches/user_build.sh
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/machine.txt"
python3 benches/summarize.py "$target" "$results/summary.md"
python3 benches/sync_summary.py "$target" "$results/sync_summary.md"
