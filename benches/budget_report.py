#!/usr/bin/env python3
"""The verdicts of issue 10's budgets from one benches/budgets.sh run.

Usage: budget_report.py RESULTS_DIR

Reads RESULTS_DIR/budgets.lines.json (budget_lines.py), budgets.runs.jsonl (budget_collect.py, one
line per timed build or decoded document) and budgets.machine.txt; writes budgets.json and
budgets.md beside them and prints the Markdown. Every ratio is new / old within this run, from
medians over the runs of each side. A step that was not run is reported as such.
"""

import json
import pathlib
import statistics
import sys

COMPILE_BUDGET = 0.70
LINES_BUDGET = 0.75
DOCS = ["order_details_200_lines", "orders_list_20_orders", "item_200_skus"]


def verdict(ok):
    return "**met**" if ok else "**missed**"


def compile_step(rows, step):
    """Medians of one timed step, per side, and the new / old ratios."""
    sides = {}
    for side in ("old", "new"):
        mine = [r for r in rows if r["step"] == step and r["side"] == side]
        if not mine:
            return None
        units = sorted(mine[0]["units_s"])
        sides[side] = {
            "runs": len(mine),
            "units": units,
            "sum_s": [round(r["sum_s"], 3) for r in mine],
            "wall_s": [round(r["wall_s"], 3) for r in mine],
            "cpu_s": [round(r["cpu_s"], 3) for r in mine],
            "sum_median_s": statistics.median(r["sum_s"] for r in mine),
            "wall_median_s": statistics.median(r["wall_s"] for r in mine),
            "cpu_median_s": statistics.median(r["cpu_s"] for r in mine),
            "unit_median_s": {u: statistics.median(r["units_s"][u] for r in mine) for u in units},
        }
    old, new = sides["old"], sides["new"]
    ratio = new["sum_median_s"] / old["sum_median_s"]
    return {
        **sides,
        "ratio": ratio,
        "wall_ratio": new["wall_median_s"] / old["wall_median_s"],
        "cpu_ratio": new["cpu_median_s"] / old["cpu_median_s"],
        "budget": COMPILE_BUDGET,
        "met": ratio <= COMPILE_BUDGET,
    }


def decode_step(rows):
    rows = [r for r in rows if r["step"] == "decode"]
    if not rows:
        return None
    out = {}
    for doc in DOCS:
        mine = {side: [r for r in rows if r["doc"] == doc and r["side"] == side] for side in ("old", "new")}
        old = {r["run"]: r["mb_s"] for r in mine["old"]}
        new = {r["run"]: r["mb_s"] for r in mine["new"]}
        rounds = sorted(set(old) & set(new))
        ratios = [new[n] / old[n] for n in rounds]
        old_values = list(old.values())
        out[doc] = {
            "bytes": mine["old"][0]["bytes"],
            "old_mb_s": [round(v, 1) for v in old_values],
            "new_mb_s": [round(v, 1) for v in new.values()],
            "ratio_per_round": [round(r, 3) for r in ratios],
            # Old and new of one round ran back to back: the median of the per-round ratios.
            "ratio": statistics.median(ratios),
            # How much the old side alone moved between rounds: the noise to read the ratio against.
            "old_spread": (max(old_values) / min(old_values) - 1) if len(old_values) > 1 else None,
        }
        out[doc]["met"] = out[doc]["ratio"] >= 1.0
    return out


def markdown(lines, lib, app, decode, machine):
    out = []
    say = out.append
    say("| budget | old | new | new / old | verdict |")
    say("|---|---:|---:|---:|---|")
    if lines:
        say(f"| generated code lines ≤ 75% | {lines['old']['code']} | {lines['new']['code']} | {lines['ratio']:.3f} | {verdict(lines['met'])} |")
    else:
        say("| generated code lines ≤ 75% | (not run) | | | |")
    for name, step in (("compile: old dangdang-api vs runtime + dangdang-api ≤ 70%", lib),
                       ("compile: small app's own crate ≤ 70%", app)):
        if step:
            say(f"| {name} (rustc s, median) | {step['old']['sum_median_s']:.2f} | {step['new']['sum_median_s']:.2f} | "
                f"{step['ratio']:.2f} (wall {step['wall_ratio']:.2f}, CPU {step['cpu_ratio']:.2f}) | {verdict(step['met'])} |")
        else:
            say(f"| {name} | (not run) | | | |")
    if lib and app:
        old = lib["old"]["sum_median_s"] + app["old"]["sum_median_s"]
        new = lib["new"]["sum_median_s"] + app["new"]["sum_median_s"]
        say(f"| (informational) library + app, rustc s | {old:.2f} | {new:.2f} | {new / old:.2f} | — |")
    if decode:
        for doc, d in decode.items():
            say(f"| typed decode {doc} no worse, MB/s (median of rounds; ratio: median of per-round ratios) | {statistics.median(d['old_mb_s']):.1f} | "
                f"{statistics.median(d['new_mb_s']):.1f} | {d['ratio']:.3f} | {verdict(d['met'])} |")
    else:
        say("| typed decode MB/s no worse | (not run) | | | |")
    say("")
    for name, step in (("library", lib), ("app", app)):
        if not step:
            continue
        for side in ("old", "new"):
            s = step[side]
            units = ", ".join(f"{u} {v:.2f}" for u, v in s["unit_median_s"].items())
            say(f"- {name}, {side}: rustc s per run {s['sum_s']}, wall s {s['wall_s']}, CPU s {s['cpu_s']}; "
                f"medians by unit: {units}")
    if decode:
        for doc, d in decode.items():
            spread = f"{d['old_spread'] * 100:.1f}%" if d["old_spread"] is not None else "n/a"
            say(f"- decode {doc} ({d['bytes']} bytes): old MB/s {d['old_mb_s']}, new MB/s {d['new_mb_s']}, "
                f"new / old per round {d['ratio_per_round']}; old side's own spread between rounds {spread}")
    if lines:
        say(f"- lines: all lines incl. docs/comments/blanks old {lines['old']['all_lines']}, new {lines['new']['all_lines']}; "
            f"code lines by part old {lines['old']['code_by_part']}, new {lines['new']['code_by_part']}")
    say("")
    say("```")
    say(machine.strip())
    say("```")
    return "\n".join(out) + "\n"


def load(path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    results = pathlib.Path(sys.argv[1])
    lines = load(results / "budgets.lines.json")
    runs_path = results / "budgets.runs.jsonl"
    rows = [json.loads(line) for line in runs_path.read_text().splitlines() if line.strip()] if runs_path.exists() else []
    lib, app, decode = compile_step(rows, "lib"), compile_step(rows, "app"), decode_step(rows)
    machine_path = results / "budgets.machine.txt"
    machine = machine_path.read_text() if machine_path.exists() else "(no machine info)"
    (results / "budgets.json").write_text(json.dumps({"lines": lines, "lib": lib, "app": app, "decode": decode}, indent=2) + "\n")
    report = markdown(lines, lib, app, decode, machine)
    (results / "budgets.md").write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
