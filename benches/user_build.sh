#!/usr/bin/env bash
# Build cost for users (issue 16, budget 5): a new binary crate depending on dangdang-api (path,
# default features) vs the same crate depending only on reqwest (dangdang-api's features) + tokio.
#
# Both crates are generated outside the workspace, under <target>/user-build/, each with a copy of
# the workspace's Cargo.lock (same versions on both sides). Each run builds one crate cold (`cargo
# build`, dev profile, CARGO_INCREMENTAL=0) in a fresh target dir that is deleted afterwards; the
# two crates alternate run by run so background load hits them alike. RUNS (default 2) runs each.
# Reports the wall and CPU times (cargo + rustc, /usr/bin/time), their ratios (medians), the crates compiled and every `syn` version in the
# tree. Writes <target>/bench-results/user_build.json.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
target="${CARGO_TARGET_DIR:-target}"
target=$(cd "$target" 2> /dev/null && pwd || { mkdir -p "$target" && cd "$target" && pwd; })
runs="${RUNS:-2}"
root="$target/user-build"
results="$target/bench-results"
mkdir -p "$root" "$results"
log="$results/user_build.runs.jsonl"
: > "$log"

tokio_dep='tokio = { version = "1", features = ["macros", "rt-multi-thread"] }'
# dangdang-api's own reqwest line (default features off, its features), read from its manifest.
reqwest_dep=$(grep '^reqwest' dangdang-api/Cargo.toml)

write_crate() { # name, dependency lines, main.rs
  local dir="$root/$1"
  mkdir -p "$dir/src"
  printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[workspace]\n\n[dependencies]\n%s\n' \
    "$1" "$2" > "$dir/Cargo.toml"
  printf '%s\n' "$3" > "$dir/src/main.rs"
  cp Cargo.lock "$dir/Cargo.lock"
}

write_crate with-dangdang-api "dangdang-api = { path = \"$repo/dangdang-api\" }
$tokio_dep" '//! A user app: one typed call.
#[tokio::main]
async fn main() {
    let client = dangdang_api::Client::builder("key", "secret", "session").build().expect("client");
    let reply = client.send(&dangdang_api::orders::orders_list_get::Request::new()).await;
    println!("{}", reply.is_ok());
}'

write_crate reqwest-only "$reqwest_dep
$tokio_dep" '//! The same app with the bare HTTP client.
#[tokio::main]
async fn main() {
    let reply = reqwest::Client::new().get("http://127.0.0.1:9/openapi/rest").send().await;
    println!("{}", reply.is_ok());
}'

# Sources fetched once (not timed); offline afterwards so the timed builds only compile.
for name in with-dangdang-api reqwest-only; do
  (cd "$root/$name" && cargo fetch --quiet)
done

for run in $(seq 1 "$runs"); do
  for name in with-dangdang-api reqwest-only; do
    dir="$root/$name"
    build_dir="$root/runs/$name-$run"
    rm -rf "$build_dir"
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    # Wall time, and the CPU time of cargo and every rustc it ran (less sensitive to other load).
    (cd "$dir" && CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$build_dir" /usr/bin/time -f '%e %U %S' -o "$root/$name.time" \
      cargo build --offline 2> "$root/$name.log")
    read -r wall user sys < "$root/$name.time"
    crates=$(grep -c '^ *Compiling ' "$root/$name.log")
    rm -rf "$build_dir"
    echo "{\"crate\": \"$name\", \"run\": $run, \"wall_s\": $wall, \"cpu_s\": $(echo "$user + $sys" | bc), \"compiled\": $crates, \"load_before\": \"$load\"}" \
      | tee -a "$log"
  done
done

syn_versions() { (cd "$root/$1" && cargo tree --offline -e normal,build --prefix none | grep -o '^syn v[0-9.]*' | sort -u | tr '\n' ' '); }
tree_size() { (cd "$root/$1" && cargo tree --offline -e normal,build --prefix none | sed 's/ (\*)//' | sort -u | wc -l); }
python3 - "$log" "$results/user_build.json" "$(rustc --version)" "$(syn_versions with-dangdang-api)" \
  "$(syn_versions reqwest-only)" "$(tree_size with-dangdang-api)" "$(tree_size reqwest-only)" <<'EOF'
import json, statistics, sys
log, out, rustc, syn_api, syn_bare, tree_api, tree_bare = sys.argv[1:]
rows = [json.loads(line) for line in open(log)]
def side(name):
    mine = [r for r in rows if r["crate"] == name]
    return {"wall_s": [r["wall_s"] for r in mine], "median_s": statistics.median(r["wall_s"] for r in mine),
            "cpu_s": [r["cpu_s"] for r in mine], "cpu_median_s": statistics.median(r["cpu_s"] for r in mine),
            "compiled": mine[0]["compiled"], "loads_before": [r["load_before"] for r in mine]}
api, bare = side("with-dangdang-api"), side("reqwest-only")
ratio = api["median_s"] / bare["median_s"]
cpu_ratio = api["cpu_median_s"] / bare["cpu_median_s"]
pairs = [a / b for a, b in zip(api["wall_s"], bare["wall_s"])]
result = {"method": f"cold `cargo build` (dev, CARGO_INCREMENTAL=0, fresh target dir per run), {len(pairs)} interleaved "
                    f"runs per crate, {rustc}",
          "with_dangdang_api": api, "reqwest_only": bare, "ratio_median": ratio, "ratio_per_run": pairs, "cpu_ratio_median": cpu_ratio,
          "syn_with_dangdang_api": syn_api.split(), "syn_reqwest_only": syn_bare.split(),
          "tree_packages": {"with_dangdang_api": int(tree_api), "reqwest_only": int(tree_bare)}}
json.dump(result, open(out, "w"), indent=2)
print(f"user build: dangdang-api {api['median_s']:.1f} s ({api['compiled']} crates) vs reqwest+tokio "
      f"{bare['median_s']:.1f} s ({bare['compiled']} crates): {ratio:.2f}x wall (per run {', '.join(f'{p:.2f}' for p in pairs)}), "
      f"{cpu_ratio:.2f}x CPU ({api['cpu_median_s']:.0f} vs {bare['cpu_median_s']:.0f} s); "
      f"syn: {syn_api.strip() or 'none'}; written to {out}")
EOF
