#!/usr/bin/env python3
"""Cross-references the public reference with the spec: every wire name the reference gives for a
method (parameter-table names, upload and response tree elements, upload field names) must appear in
that method's spec entry, every result code in a method's code tables must appear in the spec, and
every method must be present. `functionID` and `time` head every document and are added by the
runtime, so they are not listed per method.

Usage: spec/tools/crosscheck.py [path/to/dangdang-methods.md]   (default: ../shared/reference/...)
Exit status 1 lists what is missing.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
REFERENCE = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/reference/dangdang-methods.md"
IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
TREE_LINE = re.compile(r"^[\s│]*[├└]─\s*(.*)$")
CONTINUATION = re.compile(r"^[\s│]*│\s+([A-Za-z_].*)$")
# Prose words that appear in tree comments, not element names.
NOT_ELEMENTS = {"functionID", "time", "request", "response", "and", "or", "the", "one", "per", "sic", "optional", "int", "long", "text",
                "decimal", "datetime", "date", "string", "all", "v3", "only", "same", "as", "deprecated", "in",
                "below", "table", "float", "whether", "waybill", "total", "echo", "fill", "on", "value"}


def method_sections(text):
    parts = re.split(r"(?m)^## (\d+)\. (dangdang\.[\w.]+)\s*$", text)
    for i in range(1, len(parts), 3):
        yield parts[i + 1], parts[i + 2]


def names_in_section(body):
    names = set()
    # Parameter tables: first column is a backticked wire name.
    for match in re.finditer(r"(?m)^\| `([^`]+)` \|", body):
        for name in re.split(r"[\s/…,]+", match.group(1)):
            if IDENT.match(name):
                names.add(name)
    # Element trees in code fences: branch lines and their continuation lines.
    for block in re.findall(r"```\n(.*?)```", body, re.S):
        for line in block.splitlines():
            m = TREE_LINE.match(line) or CONTINUATION.match(line)
            if not m:
                continue
            content = re.sub(r"\(.*?\)", "", m.group(1))
            content = re.split(r"—", content)[0]
            for token in re.split(r"[,\s]+", content):
                token = token.rstrip("*")
                if IDENT.match(token) and token not in NOT_ELEMENTS:
                    names.add(token)
    # Upload field names.
    for field in re.findall(r"upload field `(\w+)`", body):
        names.add(field)
    return names


def codes_in_section(body):
    """Numeric result codes from the section's code tables (rows starting `| 35 |` or `| 100 / 101 |`)."""
    codes = set()
    for match in re.finditer(r"(?m)^\| (-?\d+(?: / -?\d+)*) \|", body):
        codes.update(match.group(1).split(" / "))
    return codes


def spec_methods():
    """Method name -> text of its spec entry, across the root file and its includes."""
    entries = {}
    for path in sorted((ROOT / "spec").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        for block in re.split(r"(?m)^(?=  - name: )", text):
            m = re.match(r"  - name: (dangdang\.[\w.]+)", block)
            if m:
                entries[m.group(1)] = block
    return entries


def main():
    if not REFERENCE.exists():
        print(f"reference not found: {REFERENCE}", file=sys.stderr)
        return 2
    spec = spec_methods()
    all_spec_text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "spec").rglob("*.yaml"))
    spec_numbers = set(re.findall(r"-?\d+", all_spec_text))
    missing = []
    checked = 0
    for name, body in method_sections(REFERENCE.read_text(encoding="utf-8")):
        entry = spec.get(name)
        if entry is None:
            missing.append(f"{name}: method missing from the spec")
            continue
        words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", entry))
        for wire in sorted(names_in_section(body)):
            checked += 1
            if wire not in words:
                missing.append(f"{name}: `{wire}` not in its spec entry")
        for code in sorted(codes_in_section(body)):
            checked += 1
            if code not in spec_numbers:
                missing.append(f"{name}: result code {code} not in the spec")
    print(f"{len(spec)} methods in the spec; {checked} reference names and codes checked; {len(missing)} missing")
    for line in missing:
        print("  " + line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
