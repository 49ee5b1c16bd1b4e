#!/usr/bin/env python3
"""Python's xmltodict on the same GBK documents the Rust decode bench uses.

Usage: xmltodict_bench.py DATA_DIR OUT_JSON

DATA_DIR is <target>/bench-data, written by `cargo bench -p dangdang-benches --bench decode`. Each
document is parsed from its GBK bytes: pyexpat cannot read multi-byte encodings, so the bytes are
decoded (`bytes.decode("gbk")`) and the text handed to `xmltodict.parse`, which is what a Python
client has to do; the Rust side likewise decodes GBK to UTF-8 before parsing. Timing: timeit, the
best of 7 repeats of a loop sized to take about 0.2 s (the usual timeit convention: the minimum is
the least disturbed by other load).
"""

import json
import pathlib
import sys
import timeit

import xmltodict


def parse(raw: bytes):
    return xmltodict.parse(raw.decode("gbk"))


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    data_dir, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    docs = sorted(data_dir.glob("*.xml"))
    if not docs:
        print(f"no documents in {data_dir}: run `cargo bench -p dangdang-benches --bench decode` first", file=sys.stderr)
        return 1
    results = {}
    for path in docs:
        raw = path.read_bytes()
        assert "response" in parse(raw), path
        timer = timeit.Timer(lambda: parse(raw))
        number, _ = timer.autorange()
        best = min(timer.repeat(repeat=7, number=number)) / number
        results[path.stem] = {"bytes": len(raw), "seconds_per_parse": best, "mb_per_s": len(raw) / best / 1e6}
        print(f"  xmltodict {path.stem:<26} {best * 1e6:9.1f} µs/parse  {len(raw) / best / 1e6:7.1f} MB/s")
    version = getattr(xmltodict, "__version__", None)
    if version is None:
        import importlib.metadata

        version = importlib.metadata.version("xmltodict")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"python": sys.version.split()[0], "xmltodict": version, "documents": results}, indent=2))
    print(f"  written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
