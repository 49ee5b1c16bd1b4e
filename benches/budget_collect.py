#!/usr/bin/env python3
"""Takes one measurement of benches/budgets.sh and prints it as JSON lines (stdout).

Usage:
  budget_collect.py build DIR TARGET SIDE STEP RUN UNITS -- CARGO_BUILD_ARGS...
      runs `cargo build --quiet --timings CARGO_BUILD_ARGS` in DIR with CARGO_TARGET_DIR=TARGET, and
      records: the rustc duration of each unit named in UNITS (space-separated package names) from
      cargo's --timings report and their sum; the wall time of the whole cargo command; and the CPU
      time (user + system) of cargo and every rustc it ran, which moves less than wall time when
      other builds share the cores.
  budget_collect.py decode CRITERION_DIR SIDE ROUND DOC...
      criterion's median of `decode/<DOC>/typed` for each DOC, with its throughput in bytes.
"""

import json
import os
import pathlib
import resource
import subprocess
import sys
import time


def build(directory, target, side, step, run, units, cargo_args):
    env = dict(os.environ, CARGO_TARGET_DIR=target)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(["cargo", "build", "--quiet", "--timings", *cargo_args], cwd=directory, env=env, check=True,
                   stderr=subprocess.DEVNULL)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    row = timings(pathlib.Path(target) / "cargo-timings" / "cargo-timing.html", units.split())
    return {"step": step, "side": side, "run": int(run), **row, "wall_s": wall, "cpu_s": cpu}


def timings(html, units):
    """The rustc duration of each unit in cargo's --timings report, and their sum."""
    text = pathlib.Path(html).read_text(encoding="utf-8")
    at = text.index("UNIT_DATA = [") + len("UNIT_DATA = ")
    data = json.loads(text[at : text.index("];", at) + 1])
    durations, spans = {}, {}
    for name in units:
        # The crate itself: its lib (target "") or bin (target ' name "bin"'), not its build script.
        found = [u for u in data if u["name"] == name and "build-script" not in u.get("target", "")]
        if len(found) != 1:
            raise SystemExit(f"{html}: expected one `{name}` unit in the timing report, found {len(found)}")
        durations[name] = found[0]["duration"]
        # rustc's phases as cargo reports them (e.g. frontend, codegen; link for a binary), in seconds.
        spans[name] = {phase: round(span["end"] - span["start"], 3) for phase, span in (found[0].get("sections") or [])}
    return {"units_s": durations, "sum_s": sum(durations.values()), "sections_s": spans}


def decode(criterion, side, round_, docs):
    rows = []
    for doc in docs:
        base = pathlib.Path(criterion) / f"decode_{doc}" / "typed" / "new"
        median = json.loads((base / "estimates.json").read_text())["median"]["point_estimate"] / 1e9
        throughput = json.loads((base / "benchmark.json").read_text())["throughput"]
        size = throughput.get("BytesDecimal") or throughput.get("Bytes")
        rows.append({"step": "decode", "side": side, "run": int(round_), "doc": doc, "median_s": median,
                     "bytes": size, "mb_s": size / median / 1e6})
    return rows


def main():
    args = sys.argv[1:]
    if len(args) >= 8 and args[0] == "build" and args[7] == "--":
        print(json.dumps(build(*args[1:7], args[8:])))
    elif len(args) >= 5 and args[0] == "decode":
        for row in decode(args[1], args[2], args[3], args[4:]):
            print(json.dumps(row))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
