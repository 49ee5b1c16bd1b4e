#!/usr/bin/env bash
# Issue 10's budgets (runtime split), measured in one run against the commit before the work:
#   bash benches/budgets.sh                      (about 10 minutes on 2 cores once both sides are built)
# The old side is a detached worktree of BASELINE (default 805d065) at OLD_TREE (default
# <target>/budget-old, added with `git worktree add` when missing), built in OLD_TARGET (default
# <OLD_TREE>/target); the new side is this tree (or NEW_TREE), built in CARGO_TARGET_DIR (default
# <this tree>/target). OLD_TREE=NEW_TREE=<baseline checkout> (CARGO_TARGET_DIR its target) is an
# A/A run: the noise floor of every step.
# Steps (STEPS, default "lines lib app decode decode_ab"), every timed step interleaving old and new run by run:
# - lines: generated code lines (no docs, comments, blanks) of both trees (benches/budget_lines.py);
# - lib:   `cargo build -p dangdang-api` right after `cargo clean -p` of dangdang-api (and of
#          open-platform-runtime when dangdang-api depends on it), third-party dependencies cached;
# - app:   a small app calling every method once (benches/budget_app.py, made under each side's
#          target dir), `touch src/main.rs && cargo build`, its dependencies cached;
# - decode: `cargo bench -p dangdang-benches --bench decode -- typed` (criterion, 1 s warm-up and
#          3 s per benchmark), DECODE_ROUNDS (default 3) rounds, old then new;
# - decode_ab: both decoders in one process, alternating in 20 ms batches for AB_ROUNDS (default
#          100) rounds (benches/budget_decode_ab.py): the steadier comparison on a shared machine.
# RUNS (default 5) runs per side for lib and app; dev profile with CARGO_INCREMENTAL=0 (each timed
# build compiles the crate in full, as for compile_time.sh). Each build records rustc's time per
# crate (cargo --timings), the wall time and the CPU time (budget_collect.py). Results in
# <target>/bench-results/budgets.*: every measurement as JSON lines, then budgets.json and
# budgets.md from benches/budget_report.py.
set -euo pipefail
cd "$(dirname "$0")/.."
benches="$PWD/benches"
target="$(realpath -m "${CARGO_TARGET_DIR:-target}")"
new_tree="$(realpath "${NEW_TREE:-$PWD}")"
baseline="${BASELINE:-805d065}"
old_tree="$(realpath -m "${OLD_TREE:-$target/budget-old}")"
old_target="$(realpath -m "${OLD_TARGET:-$old_tree/target}")"
runs="${RUNS:-5}"
decode_rounds="${DECODE_ROUNDS:-3}"
# Criterion's times per benchmark and round: short, so that old and new alternate more often.
decode_args="${DECODE_ARGS:---warm-up-time 1 --measurement-time 3}"
ab_rounds="${AB_ROUNDS:-100}"
steps="${STEPS:-lines lib app decode decode_ab}"
export CARGO_INCREMENTAL=0
results="$target/bench-results"
log="$results/budgets.runs.jsonl"
mkdir -p "$results"
docs=(order_details_200_lines orders_list_20_orders item_200_skus)

if [ ! -d "$old_tree" ]; then
  # --force: a worktree deleted with its target dir (cargo clean) is still registered at this path.
  git worktree add --force --detach "$old_tree" "$baseline"
fi
if [ "$(git -C "$old_tree" rev-parse HEAD)" != "$(git rev-parse "$baseline^{commit}")" ]; then
  echo "$old_tree is not at $baseline" >&2
  exit 1
fi

# tree_of SIDE / target_of SIDE: where a side's sources and build live.
tree_of() { if [ "$1" = old ]; then echo "$old_tree"; else echo "$new_tree"; fi; }
target_of() { if [ "$1" = old ]; then echo "$old_target"; else echo "$target"; fi; }
# The workspace packages that make up "the old dangdang-api" on a side.
packages_of() {
  if grep -q '^open-platform-runtime' "$(tree_of "$1")/dangdang-api/Cargo.toml"; then
    echo "open-platform-runtime dangdang-api"
  else
    echo "dangdang-api"
  fi
}

# timed SIDE STEP RUN DIR TARGET UNITS -- CARGO_BUILD_ARGS...: one timed build, one JSON line in the log.
timed() {
  python3 "$benches/budget_collect.py" build "$4" "$5" "$1" "$2" "$3" "$6" "${@:7}" | tee -a "$log" | sed "s/^/  /"
}

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "rustc: $(rustc --version)"
  echo "nproc: $(nproc)"
  echo "old: $old_tree at $(git -C "$old_tree" rev-parse --short HEAD), target $old_target"
  echo "new: $new_tree at $(git -C "$new_tree" rev-parse --short HEAD)$(git -C "$new_tree" diff --quiet HEAD -- . ':!BENCHMARKS.md' || echo ' (with local changes)'), target $target"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$results/budgets.machine.txt"
: > "$log"
rm -f "$results/budgets.lines.json" "$results"/budgets.decode-*.log

for step in $steps; do
  case "$step" in
    lines)
      python3 "$benches/budget_lines.py" "$old_tree" "$new_tree" "$results/budgets.lines.json"
      ;;
    lib)
      echo "lib: building dependencies of both sides (not timed)"
      for side in old new; do
        (cd "$(tree_of $side)" && CARGO_TARGET_DIR="$(target_of $side)" cargo build --quiet -p dangdang-api)
      done
      for run in $(seq 1 "$runs"); do
        for side in old new; do
          packages="$(packages_of $side)"
          # shellcheck disable=SC2046,SC2086 # -p per package
          (cd "$(tree_of $side)" && CARGO_TARGET_DIR="$(target_of $side)" cargo clean --quiet $(printf -- '-p %s ' $packages))
          echo "lib run $run, $side ($packages):"
          timed "$side" lib "$run" "$(tree_of $side)" "$(target_of $side)" "$packages" -- -p dangdang-api
        done
      done
      ;;
    app)
      echo "app: generating the apps and building their dependencies (not timed)"
      for side in old new; do
        app="$(target_of $side)/budget-app"
        python3 "$benches/budget_app.py" "$(tree_of $side)" "$app"
        (cd "$app" && CARGO_TARGET_DIR="$app/target" cargo build --quiet)
      done
      if ! diff <(grep 'let _ = ' "$old_target/budget-app/src/main.rs") <(grep 'let _ = ' "$target/budget-app/src/main.rs") > /dev/null; then
        echo "  note: the method calls differ between the old and new apps (signatures of Request::new changed)"
      fi
      for run in $(seq 1 "$runs"); do
        for side in old new; do
          app="$(target_of $side)/budget-app"
          touch "$app/src/main.rs"
          echo "app run $run, $side:"
          timed "$side" app "$run" "$app" "$app/target" budget-app --
        done
      done
      ;;
    decode)
      echo "decode: building both benches (release, not timed)"
      for side in old new; do
        (cd "$(tree_of $side)" && CARGO_TARGET_DIR="$(target_of $side)" cargo bench --quiet -p dangdang-benches --bench decode --no-run)
      done
      for round in $(seq 1 "$decode_rounds"); do
        for side in old new; do
          echo "decode round $round, $side:"
          # shellcheck disable=SC2086 # decode_args is a word list
          (cd "$(tree_of $side)" && CARGO_TARGET_DIR="$(target_of $side)" cargo bench --quiet -p dangdang-benches --bench decode -- typed $decode_args > "$results/budgets.decode-$side-$round.log" 2>&1)
          python3 "$benches/budget_collect.py" decode "$(target_of $side)/criterion" "$side" "$round" "${docs[@]}" | tee -a "$log" | sed "s/^/  /"
        done
      done
      ;;
    decode_ab)
      ab="$target/decode-ab"
      python3 "$benches/budget_decode_ab.py" "$old_tree" "$new_tree" "$ab"
      (cd "$ab" && CARGO_TARGET_DIR="$ab/target" cargo build --quiet --release)
      if [ ! -f "$target/bench-data/orders_list_20_orders.xml" ]; then
        (CARGO_TARGET_DIR="$target" cargo bench --quiet -p dangdang-benches --bench decode -- --test > /dev/null)
      fi
      echo "decode A/B, $ab_rounds interleaved rounds:"
      "$ab/target/release/decode-ab" "$target/bench-data" "$ab_rounds" | tee -a "$log" | sed "s/^/  /"
      ;;
    *)
      echo "unknown step $step (lines, lib, app, decode, decode_ab)" >&2
      exit 2
      ;;
  esac
done

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/budgets.machine.txt"
python3 "$benches/budget_report.py" "$results"
