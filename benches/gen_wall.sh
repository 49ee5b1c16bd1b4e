#!/usr/bin/env bash
# Wall time of `cargo xtask gen` on the full spec, warm (xtask built, generated code up to date, so
# nothing is written): with hyperfine when installed (benches/setup.sh installs it), else a timed
# loop. Also times the built xtask binary alone, to separate cargo's own start-up and freshness
# check. Writes <target>/bench-results/gen_wall.json.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
runs="${RUNS:-20}"
mkdir -p "$target/bench-results"
out="$target/bench-results/gen_wall.json"

cargo xtask gen > /dev/null # build xtask; writes nothing when the generated code is up to date
git diff --quiet -- dangdang-api/src/generated docs/methods.md \
  || { echo "generated code differs from the committed copy; commit or regenerate first" >&2; exit 1; }
xtask="$target/debug/xtask"

if command -v hyperfine > /dev/null; then
  hyperfine --warmup 3 --runs "$runs" --export-json "$target/bench-results/gen_wall.hyperfine.json" \
    'cargo xtask gen' "$xtask gen"
  python3 - "$target/bench-results/gen_wall.hyperfine.json" "$out" "$(hyperfine --version)" <<'PY'
import json, sys
src, out, tool = sys.argv[1:]
cargo, binary = json.load(open(src))["results"]
json.dump({"tool": tool, "runs": len(cargo["times"]), "median_s": cargo["median"], "mean_s": cargo["mean"],
           "stddev_s": cargo["stddev"], "min_s": cargo["min"], "binary_median_s": binary["median"]}, open(out, "w"), indent=2)
PY
else
  python3 - "$runs" "$xtask" "$out" <<'PY'
import json, statistics, subprocess, sys, time
runs, xtask, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
def times(cmd):
    for _ in range(3):
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        result.append(time.perf_counter() - start)
    return result
cargo, binary = times(["cargo", "xtask", "gen"]), times([xtask, "gen"])
json.dump({"tool": "a timed loop (python perf_counter)", "runs": runs, "median_s": statistics.median(cargo),
           "mean_s": statistics.mean(cargo), "stddev_s": statistics.stdev(cargo), "min_s": min(cargo),
           "binary_median_s": statistics.median(binary)}, open(out, "w"), indent=2)
PY
fi
echo "written to $out"
