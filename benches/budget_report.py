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


def sections(rows, units):
    """Median seconds of each rustc phase cargo reports (frontend, codegen), per unit."""
    out = {}
    for unit in units:
        phases = {phase for r in rows for phase in r.get("sections_s", {}).get(unit, {})}
        out[unit] = {p: statistics.median(r["sections_s"][unit].get(p, 0.0) for r in rows) for p in sorted(phases)
                     if all(p in r.get("sections_s", {}).get(unit, {}) for r in rows)}
    return out


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
            "section_median_s": sections(mine, units),
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


def decode_ab_step(rows):
    """The interleaved A/B (budget_decode_ab.py): one row per document, ratio = new / old MB/s."""
    out = {r["doc"]: dict(r, met=r["ratio"] >= 1.0) for r in rows if r["step"] == "decode_ab" and r["pair"] == "old/new"}
    for r in rows:
        if r["step"] == "decode_ab" and r["pair"] == "old/old" and r["doc"] in out:
            out[r["doc"]]["noise_ratio"] = r["ratio"]
            out[r["doc"]]["noise_range"] = [r["ratio_min"], r["ratio_max"]]
    return out or None


def markdown(lines, lib, app, decode, decode_ab, machine):
    out = []
    say = out.append
    say("| budget | old | new | new / old | verdict |")
    say("|---|---:|---:|---:|---|")

    def row(label, cells):
        """One table row; `cells` is (old, new, ratio, verdict) or None when the step was not run."""
        say(f"| {label} | " + (" | ".join(cells) if cells else "(not run) | | |") + " |")

    row("generated code lines ≤ 75%", lines and (str(lines["old"]["code"]), str(lines["new"]["code"]),
                                                  f"{lines['ratio']:.3f}", verdict(lines["met"])))
    for name, step in (("compile: old dangdang-api vs runtime + dangdang-api ≤ 70% (rustc s, median)", lib),
                       ("compile: small app's own crate ≤ 70% (rustc s, median)", app)):
        row(name, step and (f"{step['old']['sum_median_s']:.2f}", f"{step['new']['sum_median_s']:.2f}",
                            f"{step['ratio']:.2f} (wall {step['wall_ratio']:.2f}, CPU {step['cpu_ratio']:.2f})",
                            verdict(step["met"])))
    if lib and app:
        old = lib["old"]["sum_median_s"] + app["old"]["sum_median_s"]
        new = lib["new"]["sum_median_s"] + app["new"]["sum_median_s"]
        row("(informational) library + app, rustc s", (f"{old:.2f}", f"{new:.2f}", f"{new / old:.2f}", "—"))
    for doc in DOCS:
        d = decode and decode.get(doc)
        row(f"typed decode {doc} no worse: criterion back to back, MB/s (median of rounds; ratio: median of per-round ratios)",
            d and (f"{statistics.median(d['old_mb_s']):.1f}", f"{statistics.median(d['new_mb_s']):.1f}",
                   f"{d['ratio']:.3f}", verdict(d["met"])))
        d = decode_ab and decode_ab.get(doc)
        row(f"typed decode {doc} no worse: one process, interleaved (median of per-round ratios)",
            d and (f"{d['old_mb_s']:.1f}", f"{d['new_mb_s']:.1f}",
                   f"{d['ratio']:.3f} (rounds {d['ratio_min']:.2f}–{d['ratio_max']:.2f}; old/old {d.get('noise_ratio', float('nan')):.3f})",
                   verdict(d["met"])))
    say("")
    for name, step in (("library", lib), ("app", app)):
        if not step:
            continue
        for side in ("old", "new"):
            s = step[side]
            units = ", ".join(
                f"{u} {v:.2f}" + "".join(f" ({p} {t:.2f})" for p, t in s["section_median_s"].get(u, {}).items())
                for u, v in s["unit_median_s"].items())
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
    decode_ab = decode_ab_step(rows)
    machine_path = results / "budgets.machine.txt"
    machine = machine_path.read_text() if machine_path.exists() else "(no machine info)"
    (results / "budgets.json").write_text(json.dumps({"lines": lines, "lib": lib, "app": app, "decode": decode, "decode_ab": decode_ab}, indent=2) + "\n")
    report = markdown(lines, lib, app, decode, decode_ab, machine)
    (results / "budgets.md").write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
