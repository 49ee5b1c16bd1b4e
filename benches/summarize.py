#!/usr/bin/env python3
"""Collects the benchmark results of one `benches/run_all.sh` run into a Markdown report.

Usage: summarize.py TARGET_DIR [OUT_MD]

Reads, under TARGET_DIR (the cargo target directory):
- criterion/decode_*/<bench>/new/{estimates,benchmark}.json   (cargo bench -p dangdang-benches --bench decode)
- criterion/generate/<phase>/new/estimates.json               (cargo bench -p dangdang-benches --bench generate)
- bench-results/request.json        (cargo bench -p dangdang-benches --bench request)
- bench-results/xmltodict.json      (benches/xmltodict_bench.py)
- bench-results/gen_wall.json       (benches/gen_wall.sh: hyperfine export or timed loop)
- bench-results/compile_time.json   (benches/compile_time.sh)
Every ratio compares numbers measured in the same run. Criterion figures are medians.
Missing inputs are reported as such; the exit status is 0 either way (budgets are reported, not
enforced: the machine is shared and noisy).
"""

import json
import pathlib
import sys

DOCS = ["order_details_200_lines", "orders_list_20_orders", "item_200_skus"]


def load(path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def criterion_median(target, group_dir, bench):
    """Median time in seconds of one criterion benchmark, or None."""
    estimates = load(target / "criterion" / group_dir / bench / "new" / "estimates.json")
    return estimates["median"]["point_estimate"] / 1e9 if estimates else None


def verdict(ok):
    return "**met**" if ok else "**missed**"


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    target = pathlib.Path(sys.argv[1])
    results = target / "bench-results"
    out = []
    say = out.append

    # --- decode ---------------------------------------------------------------------------------
    say("### Decode: typed vs raw quick-xml scan (same bytes, same run)\n")
    say("| document | GBK bytes | typed MB/s | raw scan MB/s | typed / raw | budget ≥ 0.33 | GBK→UTF-8 MB/s | generic tree MB/s |")
    say("|---|---:|---:|---:|---:|---|---:|---:|")
    typed_seconds = {}
    for doc in DOCS:
        group = f"decode_{doc}"
        info = load(target / "criterion" / group / "typed" / "new" / "benchmark.json")
        if not info:
            say(f"| {doc} | (not run) | | | | | | |")
            continue
        size = info["throughput"]["BytesDecimal"]
        t = {b: criterion_median(target, group, b) for b in ["typed", "raw_scan", "gbk_decode", "tree"]}
        mbps = {b: (size / s / 1e6 if s else float("nan")) for b, s in t.items()}
        ratio = t["raw_scan"] / t["typed"]
        typed_seconds[doc] = (size, t["typed"])
        say(
            f"| {doc} | {size} | {mbps['typed']:.1f} | {mbps['raw_scan']:.1f} | {ratio:.2f} | {verdict(ratio >= 1 / 3)} "
            f"(×{ratio * 3:.2f} of budget) | {mbps['gbk_decode']:.0f} | {mbps['tree']:.1f} |"
        )
    say("")

    # --- xmltodict ------------------------------------------------------------------------------
    py = load(results / "xmltodict.json")
    say("### Decode: Rust typed vs Python xmltodict (same GBK bytes)\n")
    if py and typed_seconds:
        say(f"Python {py['python']}, xmltodict {py['xmltodict']} (best of 7 timeit repeats; Rust: criterion median).\n")
        say("| document | xmltodict µs/parse | xmltodict MB/s | Rust typed µs/decode | Rust speed-up | budget ≥ 20× |")
        say("|---|---:|---:|---:|---:|---|")
        for doc in DOCS:
            if doc not in py["documents"] or doc not in typed_seconds:
                continue
            p = py["documents"][doc]
            size, rust = typed_seconds[doc]
            if p["bytes"] != size:
                say(f"| {doc} | size mismatch: Python read {p['bytes']} bytes, Rust {size} | | | | |")
                continue
            speedup = p["seconds_per_parse"] / rust
            say(
                f"| {doc} | {p['seconds_per_parse'] * 1e6:.0f} | {p['mb_per_s']:.1f} | {rust * 1e6:.0f} | "
                f"{speedup:.1f}× | {verdict(speedup >= 20)} (×{speedup / 20:.2f} of budget) |"
            )
    else:
        say("(not run)")
    say("")

    # --- request overhead -----------------------------------------------------------------------
    req = load(results / "request.json")
    say("### Request overhead: Client vs bare reqwest against the loopback fake\n")
    if req:
        cps = req["calls_per_second"]
        over = req["overhead_vs_bare"]
        say(
            f"{req['rounds']} interleaved rounds × {req['calls_per_round']} sequential calls per loop; "
            f"reply: `{req['document']}`, {req['reply_bytes']} GBK bytes, identical for every loop.\n"
        )
        say("| loop | calls/s (median of rounds) | overhead vs bare (median of per-round ratios) | range over rounds | budget ≤ 10% |")
        say("|---|---:|---:|---|---|")
        say(f"| bare_reqwest | {cps['bare_reqwest']:.0f} | — | — | — |")
        for name in ["client_raw", "client_typed"]:
            o = over[name]
            budget = verdict(o["median"] <= 0.10) if name == "client_typed" else "(informational)"
            say(
                f"| {name} | {cps[name]:.0f} | {o['median'] * 100:+.1f}% | {o['min'] * 100:+.1f}% … {o['max'] * 100:+.1f}% | {budget} |"
            )
    else:
        say("(not run)")
    say("")

    # --- generation -----------------------------------------------------------------------------
    say("### Generation\n")
    wall = load(results / "gen_wall.json")
    if wall:
        say(
            f"`cargo xtask gen` (warm, nothing to write), {wall['runs']} runs with {wall['tool']}: "
            f"median {wall['median_s'] * 1000:.0f} ms, mean {wall['mean_s'] * 1000:.0f} ms ± {wall['stddev_s'] * 1000:.0f} ms, "
            f"min {wall['min_s'] * 1000:.0f} ms; the xtask binary alone (no cargo): median {wall['binary_median_s'] * 1000:.0f} ms. "
            f"Budget < 1 s: {verdict(wall['median_s'] < 1.0)} ({wall['median_s']:.2f} s, ×{wall['median_s']:.2f} of budget).\n"
        )
    phases = ["1_load_and_validate", "2_lower", "3_emit_tokens", "4_render_syn_prettyplease"]
    t = {p: criterion_median(target, "generate", p) for p in phases + ["total_generate", "xtask_compare_with_disk"]}
    if t["total_generate"]:
        total = t["total_generate"]
        say("In process (criterion medians, `cargo bench -p dangdang-benches --bench generate`):\n")
        say("| phase | ms | share of `generate` |")
        say("|---|---:|---:|")
        for p in phases:
            say(f"| {p} | {t[p] * 1000:.1f} | {t[p] / total * 100:.0f}% |")
        say(f"| sum of phases | {sum(t[p] for p in phases) * 1000:.1f} | {sum(t[p] for p in phases) / total * 100:.0f}% |")
        say(f"| `generate` (whole) | {total * 1000:.1f} | 100% |")
        say(f"| xtask: compare with the files on disk | {t['xtask_compare_with_disk'] * 1000:.1f} | (after `generate`) |")
    else:
        say("(in-process phases not run)")
    say("")

    # --- compile time ---------------------------------------------------------------------------
    ct = load(results / "compile_time.json")
    say("### Compile time of `dangdang-api` (dependencies already built)\n")
    if ct:
        say(f"{ct['method']}\n")
        say("| configuration | features | rustc time, median (s) | cargo wall, median (s) | runs (rustc s) |")
        say("|---|---|---:|---:|---|")
        for name, c in ct["configs"].items():
            runs = ", ".join(f"{r:.2f}" for r in c["unit_s"])
            say(f"| {name} | `{c['flags'] or '(default)'}` | {c['unit_median_s']:.2f} | {c['wall_median_s']:.2f} | {runs} |")
        core, one, full = (ct["configs"][n]["unit_median_s"] for n in ["core", "one_group", "all_groups"])
        say("")
        say(f"- all groups / core alone: **{full / core:.2f}×** — budget ≤ 2×: {verdict(full / core <= 2)}")
        say(f"- one group (orders) / all groups: **{one / full * 100:.0f}%** — budget ≤ 40%: {verdict(one / full <= 0.4)}")
        say(f"- generated code's own cost: all groups − core = {full - core:.2f} s; orders − core = {one - core:.2f} s "
            f"({(one - core) / (full - core) * 100:.0f}% of the generated cost)")
    else:
        say("(not run)")
    say("")
    text = "\n".join(out)
    print(text)
    if len(sys.argv) == 3:
        pathlib.Path(sys.argv[2]).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
