#!/usr/bin/env bash
# Refreshes regressions/TARGET/ (replayed by `cargo test`) from corpus/TARGET/ (run `cargo fuzz cmin`
# first): libFuzzer measures the edges and features of every corpus input (a merge with a control
# file), then a greedy pick takes the input adding the most new edges (ties: the smaller), then the
# most new features, until nothing is added or 200 files / ~1 MB are reached. crash-* reproducers are
# always kept and not counted.
#   fuzz/regressions.sh [TARGET...]      default: every target
set -euo pipefail
cd "$(dirname "$0")"
export RUSTC_BOOTSTRAP=1

refresh() {
  local target=$1 max_len=4096 work
  if [ "$target" = spec_loader ] || [ "$target" = parser_agreement ]; then max_len=16384; fi
  if [ "$target" = spec_names ]; then max_len=512; fi
  work=$(mktemp -d)
  mkdir "$work/out"
  cargo fuzz run -s none "$target" "$work/out" "corpus/$target" -- \
    -merge=1 -merge_control_file="$work/control" -max_len="$max_len" -timeout=20 >"logs/merge-$target.log" 2>&1
  mkdir -p "regressions/$target"
  find "regressions/$target" -type f ! -name 'crash-*' -delete
  python3 - "$work/control" "regressions/$target" <<'PY'
import os, shutil, sys

control, dest = sys.argv[1], sys.argv[2]
MAX_FILES, MAX_BYTES = 200, 1_000_000
lines = open(control).read().splitlines()
count = int(lines[0])
paths = lines[2:2 + count]
edges, features = {}, {}
for line in lines[2 + count:]:
    kind, index, *values = line.split()
    if kind in ("COV", "FT"):
        (edges if kind == "COV" else features)[int(index)] = set(map(int, values))
size = {i: os.path.getsize(p) for i, p in enumerate(paths)}
chosen, used = [], 0
for measure in (edges, features):
    covered = set().union(*(measure.get(i, set()) for i in chosen))
    while len(chosen) < MAX_FILES:
        best = max(
            (i for i in measure if i not in chosen and used + size[i] <= MAX_BYTES),
            key=lambda i: (len(measure[i] - covered), -size[i]),
            default=None,
        )
        if best is None or not measure[best] - covered:
            break
        chosen.append(best)
        covered |= measure[best]
        used += size[best]
all_edges = set().union(*edges.values())
kept_edges = set().union(*(edges.get(i, set()) for i in chosen))
for i in chosen:
    shutil.copy(paths[i], dest)
print(f"{dest}: {len(chosen)} of {count} inputs, {used} bytes, {len(kept_edges)} of {len(all_edges)} edges")
PY
  rm -rf "$work"
}

mkdir -p logs
if [ $# -ge 1 ]; then targets=("$@"); else
  targets=(decode_orders_list decode_order_details decode_items_list decode_tree spec_loader spec_names parser_agreement)
fi
for target in "${targets[@]}"; do refresh "$target"; done
