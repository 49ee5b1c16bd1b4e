#!/usr/bin/env python3
"""Cross-references the Wangdian (旺店通旗舰版) reference with spec/wangdian.yaml and its includes.

From the reference's §2 catalog, every method must be in the spec (and no other), with its 中文名 (`zh`),
category, read/write (`safety`), paged or not (pager params and `pagination` from page 0), time-window text
(`window`, verbatim), positional arguments (`args`, in order; a paged query sends only `params`), source keys
and provenance status (`documented` for the §4 methods, `unknown` for S4-only ones, else `partial`), and one
group per category. The page-size caps of §1.4 must be the `page_size` maxima. For each §4 method, every
argument and field name of its tables, of the newer-scrape (S4) lists and of the published request/response
examples must be in the method's typed entry, under the argument or element the table belongs to, with a type
compatible with the declared one; buyer personal data must be `personal: true`; a window of N minutes, hours
or days must be a `max_span` rule.

Usage: spec/tools/crosscheck_wangdian.py [path/to/wangdian-methods.md]   (default: ../shared/reference/...)
Needs PyYAML (`python3 -c 'import yaml'`). Exit status 1 lists every problem.
"""
import json
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
REFERENCE = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/reference/wangdian-methods.md"
SPEC = ROOT / "spec/wangdian.yaml"
PERSONAL = re.compile(r"^(?:swap_)?receiver_(?:name|address|mobile|telno|zip|area)$|^(?:buyer_nick|pay_account|customer_name|id_card|nick_name)$")
# Declared doc type (lower case, spaces removed) -> spec types that encode it.
COMPATIBLE = [
    (re.compile(r"^(decimal|bigdecimal)"), {"decimal"}),
    (re.compile(r"^long$"), {"long"}),
    (re.compile(r"^(int|integer|byte)$"), {"int", "long", "datetime"}),
    (re.compile(r"^(boolean|bool)$"), {"bool"}),
    (re.compile(r"^(string|varchar)$"), {"string", "datetime"}),
    (re.compile(r"^list<(string|long)>$"), {"json", "string", "long"}),
]


def load_spec():
    root = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    methods, shapes, types = [], {}, {}
    for doc in [root] + [yaml.safe_load((SPEC.parent / inc).read_text(encoding="utf-8")) or {} for inc in root.get("include", [])]:
        methods += doc.get("methods") or []
        shapes.update(doc.get("shapes") or {})
        types.update(doc.get("types") or {})
    return methods, shapes, types


def catalog(text):
    sec = text.split("## 2. Catalog", 1)[1].split("\n## 3.", 1)[0]
    rows = []
    for line in sec.splitlines():
        m = re.match(r"^\| (\d+) \| `([^`]+)` \|(.*)\|\s*$", line)
        if m:
            zh, cat, paged, rw, window, args, data, src = [c.strip() for c in m.group(3).split("|")]
            rows.append(dict(name=m.group(2), zh=zh, cat=cat, paged=paged, rw=rw, window=window, args=args, src=src.split()))
    return rows


def page_caps(text):
    sec = text.split("4. **Page size caps", 1)[1].split("\n5. ", 1)[0]
    caps, cap = {}, None
    for line in sec.splitlines():
        m = re.search(r"≤ (\d+)", line)
        if m:
            cap = int(m.group(1))
        if "建议200以下" in line:
            break
        for name in re.findall(r"`([a-z]+\.[\w.]+)`", line):
            caps[name] = cap
    return caps


def expected_args(row):
    args = row["args"]
    if row["paged"] in ("yes", "yes*"):
        return ["params"]
    if args.startswith("(S4)"):
        return [re.match(r"\(S4\) (\w+)", args).group(1)]
    if args.startswith("one string"):
        return None  # the doc names no argument: one argument of any name
    return [a.strip().split(" ")[0] for a in re.sub(r"\(.*?\)", "", args).split(",")]


def sections(text):
    return {m.group(1): m.group(2) for m in re.finditer(r"(?ms)^## 4\.\d+ (\S+) — .*?$(.*?)(?=^## )", text)}


def tables(body):
    """Table name -> rows (wire, declared type). A bold marker row inside a table starts a sub-table of that name
    when the table lists a field of that name (setting.Logistics.queryLogistics' details), else it is a heading."""
    out = {}
    parts = re.split(r"(?m)^_Table: (.*)_\s*$", body)
    for i in range(1, len(parts), 2):
        name = parts[i].split("(")[0].strip().replace("dat a", "data")
        current = out.setdefault(name, [])
        for line in parts[i + 1].split("\n\n**", 1)[0].splitlines():
            marker = re.match(r"^\| \*\*(\w+)\*\* \|", line)
            if marker and any(w == marker.group(1) for w, _ in current):
                current = out.setdefault(marker.group(1), [])
            m = re.match(r"^\| `([^`]+)` \| ([^|]*) \|", line)
            if m:
                current.append((m.group(1), m.group(2).replace(" ", "").lower()))
    return out


def rows_meaning(body, table):
    """Wire -> meaning text of one table of a §4 section (a sub-table printed inside `data` is looked up there)."""
    found = {}
    parts = re.split(r"(?m)^_Table: (.*)_\s*$", body)
    for exact in (False, True):
        for i in range(1, len(parts), 2):
            name = parts[i].split("(")[0].strip().replace("dat a", "data")
            if name == table if exact else name == "data":
                found.update(re.findall(r"(?m)^\| `([^`]+)` \|[^|]*\|[^|]*\|[^|]*\| (.*) \|\s*$", parts[i + 1]))
    return found


def check_codes(types, code_text, problems):
    """Every code of a code table appears in the doc text of a field typed with it (no invented codes), and
    every table is used."""
    for name, table in types.items():
        text = " ".join(code_text.get(name, []))
        if not text:
            problems.append(f"code table {name}: no §4 field uses it")
            continue
        for value in table.get("values") or []:
            if not re.search(rf"(?<![\d-]){re.escape(str(value['code']))}(?!\d)", text):
                problems.append(f"code table {name}: code {value['code']} is not in the doc text of its fields")


def s4_fields(body):
    """(table, wire) pairs of the newer-scrape list; `OrderItem` -> order, `Request` -> params."""
    m = re.search(r"(?s)\*\*Fields present in the newer doc scrape.*?\n\n(.*?)\n\n", body)
    out = []
    for where, wire in re.findall(r"(?m)^\| (\w+) \| `([^`]+)` \|", m.group(1) if m else ""):
        base = where[:-4] if where.endswith("Item") else where
        out.append(("params" if base == "Request" else re.sub(r"(?<!^)([A-Z])", r"_\1", base).lower(), wire))
    return out


def examples(body):
    for label, block in re.findall(r"(?s)_([^_\n]+)_\s*\n\s*```json\n(.*?)```", body):
        try:
            yield label, json.loads(block)
        except ValueError:
            continue  # an example published as invalid JSON (syncSuccess's error example)


TIME_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


def example_fields(value, table, acc, times=None, values=None):
    """Collects (table, key) of an example; into `times`, those whose value is a time (text or epoch ms); into
    `values`, (table, key, value) of every leaf."""
    if isinstance(value, list):
        for item in value:
            example_fields(item, table, acc, times, values)
    elif isinstance(value, dict):
        for key, item in value.items():
            acc.add((table, key))
            if values is not None and not isinstance(item, (dict, list)):
                values.append((table, key, item))
            is_ms = isinstance(item, int) and not isinstance(item, bool) and 10**12 <= item < 10**14 and re.search(r"time|created|modified|date", key)
            if times is not None and (is_ms or isinstance(item, str) and TIME_TEXT.match(item)):
                times.add((table, key))
            example_fields(item, key, acc, times, values)


def spec_tables(entry, shapes):
    """Table name -> {wire: element or field} for one typed spec method."""
    out = {"<args>": {}, "<root>": {}}

    def walk(elements, table):
        for e in elements:
            out.setdefault(table, {})[e["name"]] = e
            if "children" in e:
                walk(e["children"], e["name"])

    for p in entry.get("params") or []:
        out["<args>"][p["wire"]] = p
    for a in entry.get("args") or []:
        out["<args>"][a["name"]] = a
        if a.get("flatten"):
            out[a["name"]] = {f["wire"]: f for f in a.get("fields", [])}
        elif a.get("shape") in shapes:
            out[a["name"]] = {c["name"]: c for c in shapes[a["shape"]]["children"]}
    walk(entry.get("response") or [], "<root>")
    out.setdefault("pager", {}).update({w: p for w, p in out["<args>"].items() if w in ("page_no", "page_size")})
    return out


def check_typed(name, body, entry, shapes, types, code_text, problems):
    have = spec_tables(entry, shapes)
    doc = tables(body)
    checked = 0
    for table, rows in doc.items():
        where = "<args>" if table.startswith("3.3") else "<root>" if table.startswith(("4", "响应参数")) else table
        for wire, declared in rows:
            if where == "<root>" and wire in ("status", "message"):
                continue  # the envelope, read by the runtime
            if where == "<args>" and wire == "pager":
                continue  # the query's page_no / page_size
            checked += 1
            got = have.get(where, {}).get(wire)
            if got is None:
                problems.append(f"{name}: `{wire}` of table {table} not in the spec")
                continue
            if "children" in got or got.get("flatten") or got.get("shape") or declared in ("pager",):
                continue
            spec_type = got.get("type", "string")
            if spec_type in types:
                code_text.setdefault(spec_type, []).append(rows_meaning(body, table).get(wire, ""))
                if types[spec_type].get("repr") == "int" and not re.match(r"^(int|integer|byte|varchar|string)$", declared):
                    problems.append(f"{name}: `{wire}` of table {table} is the int code table {spec_type}, declared {declared}")
                continue
            for pattern, allowed in COMPATIBLE:
                if pattern.match(declared) and spec_type not in allowed:
                    problems.append(f"{name}: `{wire}` of table {table} is {spec_type}, declared {declared}")
            if PERSONAL.match(wire) and got.get("type", "string") == "string" and not got.get("personal"):
                problems.append(f"{name}: `{wire}` of table {table} holds buyer personal data: mark it personal: true")
    extra = set(s4_fields(body))
    times, values = set(), []
    for label, value in examples(body):
        acc = set()
        if label == "request body":
            args = [w for w, _ in doc.get("3.3 业务请求参数", []) if w != "pager"]
            for arg, item in zip(args, value):
                example_fields(item, arg, acc)
        elif isinstance(value, dict) and "status" not in value:
            example_fields(value, "data", acc, times, values)  # an example that shows only the `data` object (PurchaseApply.search)
        elif isinstance(value, dict):
            example_fields({k: v for k, v in value.items() if k not in ("status", "message")}, "<root>", acc, times, values)
        extra |= acc
    for table, wire, value in values:
        got = have.get(table, {}).get(wire)
        if got is not None and not decodes(got.get("type", "string"), value, types):
            problems.append(f"{name}: `{wire}` under `{table}` is {got.get('type', 'string')}, but the published example has {value!r}")
    for table, wire in sorted(times):
        got = have.get(table, {}).get(wire)
        if got is not None and got.get("type") != "datetime":
            problems.append(f"{name}: `{wire}` under `{table}` is a time in the published example: type it datetime")
    for table, wire in sorted(extra):
        checked += 1
        if wire not in have.get(table, {}):
            problems.append(f"{name}: `{wire}` (S4 list or published example) not under `{table}` in the spec")
    return checked


def decodes(spec_type, value, types):
    """Whether a reply decoder of `spec_type` reads the example `value` (numbers and text are read alike)."""
    text = "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
    if text == "" or spec_type in ("string", "json"):
        return True
    if spec_type in ("int", "long") or types.get(spec_type, {}).get("repr") == "int":
        return re.match(r"^-?\d+$", text) is not None
    if spec_type == "decimal":
        return re.match(r"^-?\d+(\.\d+)?$", text) is not None
    if spec_type == "bool":
        return text in ("true", "false", "0", "1")
    if spec_type == "datetime":
        return TIME_TEXT.match(text) is not None or re.match(r"^\d{12,13}$", text) is not None
    return True


def check_window(name, window, entry, problems):
    m = re.search(r"(\d+)\s*(分钟|小时|天)", window)
    if not m or not entry.get("response") and "response" not in entry:
        return
    amount, unit = int(m.group(1)), m.group(2)
    want = ("minutes", amount) if unit == "分钟" else ("minutes", amount * 60) if unit == "小时" else ("days", amount)
    spans = [r["max_span"] for r in entry.get("rules") or [] if "max_span" in r]
    if not any(s.get(want[0]) == want[1] for s in spans):
        problems.append(f"{name}: window {window!r} has no max_span rule of {want[1]} {want[0]}")


def check_catalog_row(row, entry, typed, caps, problems):
    name = row["name"]
    def expect(what, got, want):
        if got != want:
            problems.append(f"{name}: {what} is {got!r}, the reference says {want!r}")
    expect("zh", entry.get("zh"), row["zh"])
    expect("category", entry.get("category"), row["cat"])
    expect("safety", entry.get("safety"), "read" if row["rw"] == "R" else "write")
    expect("window", entry.get("window", ""), row["window"])
    paged = row["paged"] in ("yes", "yes*")
    pagination = entry.get("pagination")
    params = {p["wire"]: p for p in entry.get("params") or []}
    if paged:
        if not pagination or pagination.get("first_page") != 0 or pagination.get("page") != "page_no" or pagination.get("size") != "page_size":
            problems.append(f"{name}: paged ({row['paged']}): needs pagination {{ page: page_no, size: page_size, first_page: 0 }}")
        if not {"page_no", "page_size"} <= set(params):
            problems.append(f"{name}: paged: page_no and page_size must be params")
        expect("page_size max", params.get("page_size", {}).get("max"), caps.get(name))
    elif pagination or params:
        problems.append(f"{name}: not paged ({row['paged']}) but has params/pagination")
    args = [a["name"] for a in entry.get("args") or []]
    want = expected_args(row)
    if want is None:
        if len(args) != 1:
            problems.append(f"{name}: one positional argument expected, spec has {args}")
    else:
        expect("positional args", args, want)
    if not typed and any(a.get("type") != "json" for a in entry.get("args") or []):
        problems.append(f"{name}: an untyped method's arguments are type: json")
    sources = (entry.get("provenance") or {}).get("sources") or []
    missing = [s for s in row["src"] if s not in sources]
    if missing:
        problems.append(f"{name}: provenance lacks source keys {missing}")
    status = "documented" if typed else "unknown" if row["src"] == ["S4"] else "partial"
    expect("provenance status", (entry.get("provenance") or {}).get("status"), status)
    if typed != ("response" in entry):
        problems.append(f"{name}: {'a §4 method needs' if typed else 'only §4 methods have'} a typed response")


def main():
    if not REFERENCE.exists():
        print(f"reference not found: {REFERENCE}", file=sys.stderr)
        return 2
    text = REFERENCE.read_text(encoding="utf-8")
    methods, shapes, types = load_spec()
    code_text = {}
    spec = {}
    problems = []
    for m in methods:
        if m["name"] in spec:
            problems.append(f"{m['name']}: twice in the spec")
        spec[m["name"]] = m
    rows = catalog(text)
    caps = page_caps(text)
    secs = sections(text)
    groups = {}
    checked = 0
    for row in rows:
        entry = spec.get(row["name"])
        if entry is None:
            problems.append(f"{row['name']}: catalog method missing from the spec")
            continue
        groups.setdefault(row["cat"], set()).add(entry.get("group"))
        typed = row["name"] in secs
        try:
            check_catalog_row(row, entry, typed, caps, problems)
            if typed:
                checked += check_typed(row["name"], secs[row["name"]], entry, shapes, types, code_text, problems)
                check_window(row["name"], row["window"], entry, problems)
        except (AttributeError, KeyError, TypeError) as err:
            problems.append(f"{row['name']}: malformed spec entry ({type(err).__name__}: {err})")
    check_codes(types, code_text, problems)
    for name in sorted(set(spec) - {r["name"] for r in rows}):
        problems.append(f"{name}: in the spec but not in the reference's catalog")
    for cat, gs in groups.items():
        if len(gs) != 1:
            problems.append(f"category {cat}: one group expected, the spec uses {sorted(map(str, gs))}")
    for name in set(caps) - {r["name"] for r in rows}:
        problems.append(f"{name}: a page-size cap names a method missing from the catalog")
    typed = sum(1 for r in rows if r["name"] in secs and "response" in spec.get(r["name"], {}))
    print(f"{len(rows)} catalog methods, {len(spec)} in the spec, {typed} of {len(secs)} §4 methods typed; "
          f"{checked} §4 argument and field names checked; {len(problems)} problems")
    for line in problems:
        print("  " + line)
    return 1 if problems or len(rows) != 184 or len(secs) != 16 else 0


if __name__ == "__main__":
    sys.exit(main())
