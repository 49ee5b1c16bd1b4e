#!/usr/bin/env python3
"""Tests crosscheck_wangdian.py: it passes on the shipped spec, and each kind of spec mistake (one edit of a
copy of spec/) makes it fail naming the method and field. Run: python3 spec/tools/test_crosscheck_wangdian.py
[path/to/wangdian-methods.md]."""
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
REFERENCE = sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared/reference/wangdian-methods.md")

# (file under spec/, text to replace once, replacement, text the report must contain)
MUTATIONS = [
    ("wangdian/trade.yaml", "{ name: receiver_mobile, type: string, personal: true,", "{ name: receiver_mobile, type: string,",
     "`receiver_mobile` of table order holds buyer personal data"),
    ("wangdian/trade.yaml", '              - { name: goods_cost, type: decimal, zh: "预估货品成本 — 货品预估成本", en: "Estimated goods cost." }\n', "",
     "`goods_cost` of table order not in the spec"),
    ("wangdian/trade.yaml", '{ name: goods_cost, type: decimal, zh: "预估货品成本 — 货品预估成本", en: "Estimated goods cost." }\n', "",
     "sales.TradeQuery.queryWithDetail: malformed spec entry"),
    ("wangdian/trade.yaml", "{ name: package_cost, type: decimal", "{ name: package_cost, type: int",
     "`package_cost` under `order` is int, but the published example has '0.0000'"),
    ("wangdian/trade.yaml", "{ name: trade_time, type: datetime, zh: \"下单时间 — 下单时间（毫秒级时间戳", "{ name: trade_time, type: string, zh: \"下单时间 — 下单时间（毫秒级时间戳",
     "`trade_time` under `order` is a time in the published example"),
    ("wangdian/trade.yaml", "minutes: 60 }", "minutes: 61 }", "has no max_span rule of 60 minutes"),
    ("wangdian/stock.yaml", "max: 1000,", "max: 100,", "page_size max is 100, the reference says 1000"),
    ("wangdian/stock.yaml", "  - name: wms.GoodsBatch.createByApi\n", "  - name: wms.GoodsBatch.createByAPI\n",
     "wms.GoodsBatch.createByApi: catalog method missing from the spec"),
    ("wangdian/stock.yaml", 'window: "start_time和end_time最大跨度为30天"', 'window: "30天"', "window is '30天'"),
    ("wangdian/stock.yaml", "group: stock\n", "group: stocks\n", "category 库存类: one group expected"),
    ("wangdian/aftersales.yaml", "{ name: shop_no, type: json }", "{ name: shopNo, type: json }",
     "positional args is ['shopNo', 'order_list']"),
    ("wangdian/aftersales.yaml", "safety: write", "safety: read", "safety is 'read', the reference says 'write'"),
    ("wangdian/goods.yaml", "provenance: { status: partial, sources: [S1, S4, J, G1] }", "provenance: { status: partial, sources: [S1, S4] }",
     "provenance lacks source keys ['J', 'G1']"),
    ("wangdian/trade.yaml", '{ name: "no", type: string', '{ name: "number", type: string', "`no` of table error_list not in the spec"),
    ("wangdian/types.yaml", "      - { code: 2, name: ColdChain, zh: 冷运速配, en: Cold-chain express }\n",
     "      - { code: 2, name: ColdChain, zh: 冷运速配, en: Cold-chain express }\n      - { code: 7, name: Seven, zh: 七, en: Seven }\n",
     "code table SendType: code 7 is not in the doc text of its fields"),
    ("wangdian/trade.yaml", "pagination: { page: page_no, size: page_size, first_page: 0, total_records: total, items: data }", "",
     "sales.LogisticsSync.getSyncListExt: paged (yes): needs pagination"),
]


def run(spec_dir):
    tool = spec_dir / "tools/crosscheck_wangdian.py"
    done = subprocess.run([sys.executable, str(tool), REFERENCE], capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def main():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = pathlib.Path(tmp) / "spec"
        shutil.copytree(ROOT / "spec", copy)
        code, out = run(copy)
        if code != 0:
            failures.append(f"the shipped spec fails:\n{out}")
        for file, old, new, expected in MUTATIONS:
            path = copy / file
            pristine = path.read_text(encoding="utf-8")
            if old not in pristine:
                failures.append(f"{file}: mutation text not found: {old[:60]!r}")
                continue
            path.write_text(pristine.replace(old, new, 1), encoding="utf-8")
            code, out = run(copy)
            path.write_text(pristine, encoding="utf-8")
            if code != 1 or expected not in out:
                failures.append(f"{file}: {old[:50]!r} -> {new[:50]!r}: expected exit 1 with {expected!r}, got {code}:\n{out}")
    print(f"{len(MUTATIONS)} mutations; {len(failures)} failures")
    for failure in failures:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
