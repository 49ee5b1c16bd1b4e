#!/usr/bin/env bash
# Compile time of the dangdang-api crate itself, its dependencies already built, in three
# configurations: every group (default features), one group (orders), the hand-written core alone.
#
# For each run: touch dangdang-api/src/lib.rs, `cargo build -p dangdang-api <flags> --timings`, and
# take dangdang-api's own rustc duration (and its frontend/codegen split) from cargo's timing report,
# plus the wall time of the whole cargo command. CARGO_INCREMENTAL=0 so every run compiles the crate
# in full, as a dependency is compiled (with incremental, a touch without edits is mostly cache hits).
# Configurations are interleaved run by run so background load hits them alike; RUNS (default 3)
# runs each, medians reported. Writes <target>/bench-results/compile_time.json.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
runs="${RUNS:-3}"
export CARGO_INCREMENTAL=0
mkdir -p "$target/bench-results"
log="$target/bench-results/compile_time.runs.jsonl"
: > "$log"

names=(all_groups one_group core)
flags=("" "--no-default-features --features orders" "--no-default-features")

echo "compile time: building dependencies for each configuration"
for i in "${!names[@]}"; do
  # shellcheck disable=SC2086 # flags are word lists
  cargo build --quiet -p dangdang-api ${flags[$i]}
done

for run in $(seq 1 "$runs"); do
  for i in "${!names[@]}"; do
    touch dangdang-api/src/lib.rs
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    cargo build --quiet -p dangdang-api ${flags[$i]} --timings 2> /dev/null
    end=$(date +%s.%N)
    python3 - "$target/cargo-timings/cargo-timing.html" "${names[$i]}" "${flags[$i]}" "$start" "$end" >> "$log" <<'EOF'
import json, sys
html, name, flags, start, end = sys.argv[1:]
text = open(html).read()
at = text.index("UNIT_DATA = [") + len("UNIT_DATA = ")
units = json.loads(text[at:text.index("];", at) + 1])
unit = [u for u in units if u["name"] == "dangdang-api"]
assert len(unit) == 1, f"expected one dangdang-api unit in the timing report, found {len(unit)}"
sections = dict(unit[0].get("sections") or [])
frontend = sections.get("frontend", {}).get("end")
print(json.dumps({"config": name, "flags": flags, "unit_s": unit[0]["duration"], "frontend_s": frontend,
                  "wall_s": float(end) - float(start)}))
EOF
    tail -n 1 "$log" | sed "s/^/  run $run: /"
  done
done

python3 - "$log" "$target/bench-results/compile_time.json" "$runs" "$(rustc --version)" <<'EOF'
import json, statistics, sys
log, out, runs, rustc = sys.argv[1:]
rows = [json.loads(line) for line in open(log)]
configs = {}
for name in ["all_groups", "one_group", "core"]:
    mine = [r for r in rows if r["config"] == name]
    configs[name] = {
        "flags": mine[0]["flags"],
        "unit_s": [r["unit_s"] for r in mine],
        "unit_median_s": statistics.median(r["unit_s"] for r in mine),
        "frontend_median_s": statistics.median(r["frontend_s"] for r in mine) if all(r["frontend_s"] is not None for r in mine) else None,
        "wall_median_s": statistics.median(r["wall_s"] for r in mine),
    }
method = (f"`cargo build -p dangdang-api` (dev profile, CARGO_INCREMENTAL=0) after touching src/lib.rs, {runs} interleaved "
          f"runs per configuration, {rustc}; \"rustc time\" is dangdang-api's unit duration in cargo's --timings report.")
json.dump({"method": method, "configs": configs}, open(out, "w"), indent=2)
c = configs
print(f"  median rustc s: all {c['all_groups']['unit_median_s']:.2f}, orders {c['one_group']['unit_median_s']:.2f}, "
      f"core {c['core']['unit_median_s']:.2f}; all/core {c['all_groups']['unit_median_s'] / c['core']['unit_median_s']:.2f}x, "
      f"orders/all {c['one_group']['unit_median_s'] / c['all_groups']['unit_median_s'] * 100:.0f}%")
print(f"  written to {out}")
EOF
