#!/usr/bin/env python3
"""MB/s of the pathological reply shapes against the normal 20-order page, from one criterion run.

Usage: pathological_summary.py TARGET_DIR [OUT_MD]

Reads TARGET_DIR/criterion/pathological_<shape>/{typed,tree}/new/{estimates,benchmark}.json
(`cargo bench -p dangdang-benches --bench pathological`) and prints a Markdown table: bytes, MB/s
(10^6 bytes per second, criterion medians) and the ratio to the normal page decoded the same way,
against the budget "within 5x" (ratio >= 0.2). Budgets are reported, not enforced.
"""

import json
import pathlib
import sys

BASELINE = "normal_orders_page"
SHAPES = ["attributes_50k", "deep_to_limit", "tiny_elements_50k", "empty_records_10k", "sibling_lists_10k",
          "entity_refs_1m"]


def load(path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def throughput(target, shape, way):
    """(bytes, MB/s) of one benchmark, or None when it was not run."""
    folder = target / "criterion" / f"pathological_{shape}" / way / "new"
    estimates, info = load(folder / "estimates.json"), load(folder / "benchmark.json")
    if not estimates or not info:
        return None
    size = info["throughput"]["BytesDecimal"]
    return size, size / (estimates["median"]["point_estimate"] / 1e9) / 1e6


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    target = pathlib.Path(sys.argv[1])
    out = ["| shape | bytes | typed MB/s | typed / normal | tree MB/s | tree / normal | budget ≥ 0.2 (within 5×) |",
           "|---|---:|---:|---:|---:|---:|---|"]
    base = {way: throughput(target, BASELINE, way) for way in ("typed", "tree")}
    for shape in [BASELINE] + SHAPES:
        cells, ok = [shape], True
        for way in ("typed", "tree"):
            result = throughput(target, shape, way)
            if result is None or base[way] is None:
                cells += ["(not run)", ""] if way == "tree" else ["(not run)", "(not run)", ""]
                ok = False
                continue
            size, mbs = result
            ratio = mbs / base[way][1]
            ok = ok and ratio >= 0.2
            if way == "typed":
                cells.append(str(size))
            cells += [f"{mbs:.1f}", f"{ratio:.2f}"]
        cells.append("—" if shape == BASELINE else ("**met**" if ok else "**missed**"))
        out.append("| " + " | ".join(cells) + " |")
    text = "\n".join(out) + "\n"
    print(text, end="")
    if len(sys.argv) == 3:
        pathlib.Path(sys.argv[2]).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
