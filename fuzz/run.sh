#!/usr/bin/env bash
# Fuzzes one target (or all, one after another) on ONE core, then prints libFuzzer's final stats.
#   fuzz/run.sh [TARGET [SECONDS]]     default: every target, 300 s per decoder, 480 s for spec_loader, 300 s for parser_agreement
# Needs cargo-fuzz (`cargo install cargo-fuzz`); runs on stable through RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")"
export RUSTC_BOOTSTRAP=1
mkdir -p logs

run() {
  local target=$1 seconds=$2 dict=dict/xml.dict max_len=4096 timeout=5
  if [ "$target" = spec_loader ] || [ "$target" = parser_agreement ]; then dict=dict/yaml.dict max_len=16384 timeout=20; fi
  if [ "$target" = spec_names ]; then dict=/dev/null max_len=512 timeout=20; fi
  # The regression corpus is read as extra seeds; new inputs go to corpus/$target only.
  mkdir -p "corpus/$target"
  cargo fuzz run -s none "$target" "corpus/$target" "regressions/$target" -- \
    -jobs=1 -workers=1 -max_total_time="$seconds" -print_final_stats=1 \
    -dict="$dict" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=4096 >/dev/null 2>&1 || true
  cp fuzz-0.log "logs/$target.log"
  echo "== $target"
  grep -E '^(Done|stat::)|ERROR|panicked|artifact' "logs/$target.log" || true
}

if [ $# -ge 1 ]; then
  run "$1" "${2:-300}"
else
  for target in decode_orders_list decode_order_details decode_items_list decode_tree; do run "$target" 300; done
  run spec_loader 480
  run spec_names 300
  run parser_agreement 300
fi
