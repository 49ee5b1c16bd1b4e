#!/usr/bin/env python3
"""The tables of issue 16's user-facing budgets (whole sync, memory, build cost for users,
generation) from one `benches/run_all.sh` run, as Markdown.

Usage: sync_summary.py TARGET_DIR [OUT_MD]

Reads <TARGET_DIR>/bench-results/{sync,sync_memory,user_build,gen_wall}.json; a missing file is
reported as not run. Budgets are reported, not enforced (benches/quick_check.py guards regressions).
"""

import json
import pathlib
import sys


def load(path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def verdict(ok):
    return "**met**" if ok else "**missed**"


def sync_table(say, sync):
    say("### Whole sync (budget 1): orders/s walking the sandbox shop on loopback\n")
    if not sync:
        say("(not run: `cargo bench -p dangdang-benches --bench sync`)\n")
        return
    say(f"{sync['orders']} orders, {sync['list_calls_per_sync_walk']} list pages of 20 + one details call per order "
        f"per sync walk, {sync['window_days']}-day windows, {sync['rounds']} interleaved rounds (medians); "
        f"concurrency {sync['concurrency']} details calls in flight.\n")
    say("| variant | orders/s | calls | sandbox handler µs/call | sandbox share of wall time |")
    say("|---|---:|---:|---:|---:|")
    for name, v in sync["variants"].items():
        say(f"| {name} | {v['orders_per_s']:.0f} | {v['calls']} | {v['sandbox_handler_us_per_call']:.1f} | "
            f"{v['sandbox_handler_share_of_wall'] * 100:.0f}% |")
    r = sync["ratios"]
    say("")
    say("| budget | measured (median of per-round ratios) | verdict |")
    say("|---|---:|---|")
    for name, budget in [("sync_sequential_vs_python", 20), ("sync_concurrent_vs_python", 50)]:
        value = r.get(name)
        shown = f"{value:.1f}×" if value is not None else "(python not run)"
        say(f"| {name} ≥ {budget}× | {shown} | {verdict(value is not None and value >= budget)} |")
    for name in ["sync_sequential_vs_bare_sequential", "sync_concurrent_vs_bare_concurrent"]:
        if r.get(name) is not None:
            say(f"| {name} (distance from the floor, no budget) | {r[name]:.2f} | — |")
    python = sync.get("python") or {}
    if python:
        say(f"\nPython {python.get('python')}, requests {python.get('requests')}, xmltodict {python.get('xmltodict')}.")
    say("")


def memory_table(say, memory):
    say("### Memory (budget 2): peak RSS in a process of its own\n")
    if not memory:
        say("(not run: `cargo bench -p dangdang-benches --bench sync_memory`)\n")
        return
    mb = lambda kb: kb / 1024
    say("| process | peak RSS (VmHWM) | at start | budget | verdict |")
    say("|---|---:|---:|---|---|")
    for name in ["sync_sequential", "sync_concurrent"]:
        v = memory[name]
        say(f"| {memory['orders']}-order walk, {name} | {mb(v['peak_kb']):.1f} MB | {mb(v['peak_kb_at_start']):.1f} MB | "
            f"≤ 64 MB | {verdict(mb(v['peak_kb']) <= 64)} |")
    huge = memory["huge_reply"]
    sent = huge["sandbox_sent_bytes"] / 1048576
    say(f"| one 64 MB reply, default cap {huge['body_cap_bytes'] / 1048576:.0f} MB | {mb(huge['peak_kb']):.1f} MB | "
        f"{mb(huge['peak_kb_at_start']):.1f} MB | bounded | {verdict(mb(huge['peak_kb']) <= 64)} |")
    say(f"\nThe 64 MB reply: the sandbox handed {sent:.1f} MB to the connection before the client stopped "
        f"reading; the call failed with `{huge['error']}`.\n")


def build_table(say, build):
    say("### Build cost for users (budget 5): a new binary crate, cold `cargo build`\n")
    if not build:
        say("(not run: `bash benches/user_build.sh`)\n")
        return
    api, bare = build["with_dangdang_api"], build["reqwest_only"]
    say(f"{build['method']}.\n")
    say("| crate | wall s (median) | wall s per run | CPU s (median) | crates compiled | packages in tree |")
    say("|---|---:|---|---:|---:|---:|")
    for label, side, key in [("dangdang-api + tokio", api, "with_dangdang_api"), ("reqwest + tokio", bare, "reqwest_only")]:
        say(f"| {label} | {side['median_s']:.1f} | {', '.join(f'{w:.0f}' for w in side['wall_s'])} | "
            f"{side['cpu_median_s']:.0f} | {side['compiled']} | {build['tree_packages'][key]} |")
    ratio, cpu = build["ratio_median"], build["cpu_ratio_median"]
    say("")
    say("| budget | measured | verdict |")
    say("|---|---:|---|")
    say(f"| wall ≤ 1.25× | {ratio:.2f}× (per run {', '.join(f'{p:.2f}' for p in build['ratio_per_run'])}); CPU {cpu:.2f}× | "
        f"{verdict(ratio <= 1.25)} |")
    syn = build["syn_with_dangdang_api"]
    say(f"| `syn` at most once | {len(syn) // 2} version(s): {' '.join(syn) or 'none'} | {verdict(len(syn) <= 2)} |\n")


def gen_table(say, gen):
    say("### Generation (budget 6): `cargo xtask gen` warm\n")
    if not gen:
        say("(not run: `bash benches/gen_wall.sh`)\n")
        return
    say("| measured | median | mean ± sd | xtask binary alone | budget | verdict |")
    say("|---|---:|---:|---:|---|---|")
    say(f"| {gen['tool']}, {gen['runs']} runs | {gen['median_s'] * 1000:.0f} ms | {gen['mean_s'] * 1000:.0f} ± "
        f"{gen['stddev_s'] * 1000:.0f} ms | {gen['binary_median_s'] * 1000:.0f} ms | < 1 s | {verdict(gen['median_s'] < 1)} |\n")


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    results = pathlib.Path(sys.argv[1]) / "bench-results"
    out = []
    sync_table(out.append, load(results / "sync.json"))
    memory_table(out.append, load(results / "sync_memory.json"))
    build_table(out.append, load(results / "user_build.json"))
    gen_table(out.append, load(results / "gen_wall.json"))
    text = "\n".join(out)
    if len(sys.argv) == 3:
        pathlib.Path(sys.argv[2]).write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
