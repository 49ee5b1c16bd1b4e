#!/usr/bin/env bash
# Investigation of the compile-time budgets: how much of dangdang-api's compile time the serde
# derives of the generated response types cost. Copies the workspace into <target>/serde-cost/<variant>,
# edits each copy's generated code (benches/serde_cost_variant.py: baseline, no_path_tracking,
# no_decode_calls, no_derives), and times `cargo build -p dangdang-api` (CARGO_INCREMENTAL=0,
# dangdang-api's rustc time from --timings) for each, plus the core alone, RUNS (default 3)
# interleaved runs each, medians. The real tree is never modified. Writes
# <target>/bench-results/serde_cost.json.
set -euo pipefail
cd "$(dirname "$0")/.."
target="$(realpath -m "${CARGO_TARGET_DIR:-target}")"
runs="${RUNS:-3}"
scratch="$target/serde-cost"
export CARGO_TARGET_DIR="$scratch/target" CARGO_INCREMENTAL=0
variants=(baseline no_path_tracking no_decode_calls no_derives)
mkdir -p "$scratch" "$target/bench-results"
log="$target/bench-results/serde_cost.runs.jsonl"
: > "$log"

for variant in "${variants[@]}"; do
  rm -rf "${scratch:?}/$variant"
  mkdir -p "$scratch/$variant"
  git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$scratch/$variant"
  python3 benches/serde_cost_variant.py "$scratch/$variant/dangdang-api/src" "$variant"
  (cd "$scratch/$variant" && cargo build --quiet -p dangdang-api)
done
(cd "$scratch/baseline" && cargo build --quiet -p dangdang-api --no-default-features)

measure() { # name dir flags
  (cd "$2" && touch dangdang-api/src/lib.rs && cargo build --quiet -p dangdang-api $3 --timings 2> /dev/null)
  python3 - "$CARGO_TARGET_DIR/cargo-timings/cargo-timing.html" "$1" >> "$log" <<'PY'
import json, sys
text = open(sys.argv[1]).read()
at = text.index("UNIT_DATA = [") + len("UNIT_DATA = ")
unit = [u for u in json.loads(text[at:text.index("];", at) + 1]) if u["name"] == "dangdang-api"][0]
print(json.dumps({"variant": sys.argv[2], "unit_s": unit["duration"], "frontend_s": dict(unit["sections"])["frontend"]["end"]}))
PY
  tail -n 1 "$log" | sed 's/^/  /'
}
for run in $(seq 1 "$runs"); do
  measure core "$scratch/baseline" --no-default-features
  for variant in "${variants[@]}"; do
    measure "$variant" "$scratch/$variant" ""
  done
done

python3 - "$log" "$target/bench-results/serde_cost.json" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
names = ["core", "baseline", "no_path_tracking", "no_decode_calls", "no_derives"]
med = {n: statistics.median(r["unit_s"] for r in rows if r["variant"] == n) for n in names}
fe = {n: statistics.median(r["frontend_s"] for r in rows if r["variant"] == n) for n in names}
json.dump({"median_unit_s": med, "median_frontend_s": fe}, open(sys.argv[2], "w"), indent=2)
for n in names:
    print(f"  {n:<17} {med[n]:5.2f} s (frontend {fe[n]:.2f} s)  {med[n] / med['core']:.2f}x core")
PY
