#!/usr/bin/env python3
"""The Python integrator baseline of the whole-sync bench (issue 16, budget 1).

Usage: integrator.py ENDPOINT APP_KEY APP_SECRET SESSION FROM UNTIL WINDOW_DAYS

Written the way public Dangdang integrators do it: one `requests.Session`, sequential; for each
`lastModifyTime` window of WINDOW_DAYS from FROM to UNTIL (Beijing time, `yyyy-MM-dd HH:mm:ss`),
`dangdang.orders.list.get` page 1, 2, ... (20 orders a page, every state), and after each page
`dangdang.order.details.get` for each of its orders. Every call is signed as the protocol
reference's §5 says: upper-case hex MD5 of secret + the seven system parameters sorted by name,
each name followed by its value + secret. Replies are GBK: decoded with `bytes.decode("gbk")` (pyexpat
cannot read multi-byte encodings) and parsed with `xmltodict.parse`, as the public integrators do.
Every parameter value is ASCII, so `requests`' UTF-8 query encoding is the GBK encoding.

Prints one JSON line: orders (distinct ids whose details were read), list and details calls, seconds.
"""

import datetime
import hashlib
import importlib.metadata
import json
import sys
import time

import requests
import xmltodict

FORMAT = "%Y-%m-%d %H:%M:%S"


def signed(method, app_key, secret, session, business):
    system = {
        "app_key": app_key,
        "format": "xml",
        "method": method,
        "session": session,
        "sign_method": "md5",
        "timestamp": (datetime.datetime.utcnow() + datetime.timedelta(hours=8)).strftime(FORMAT),
        "v": "1.0",
    }
    text = secret + "".join(name + system[name] for name in sorted(system)) + secret
    system["sign"] = hashlib.md5(text.encode("gbk")).hexdigest().upper()
    system.update(business)
    return system


def call(http, endpoint, keys, method, business):
    reply = http.get(endpoint, params=signed(method, *keys, business), timeout=30)
    reply.raise_for_status()
    doc = xmltodict.parse(reply.content.decode("gbk"))
    if "errorResponse" in doc or "response" not in doc:
        raise RuntimeError(f"{method} failed: {reply.content[:300]!r}")
    return doc["response"]


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def main():
    if len(sys.argv) != 8:
        print(__doc__, file=sys.stderr)
        return 2
    endpoint, app_key, secret, session, start, until, days = sys.argv[1:]
    keys = (app_key, secret, session)
    start = datetime.datetime.strptime(start, FORMAT)
    until = datetime.datetime.strptime(until, FORMAT)
    step = datetime.timedelta(days=int(days))
    seen, list_calls, detail_calls = set(), 0, 0
    began = time.perf_counter()
    with requests.Session() as http:
        while start < until:
            end = min(start + step, until)
            page, pages = 1, 1
            while page <= pages:
                business = {"os": "9999", "lastModifyTime_start": start.strftime(FORMAT),
                            "lastModifyTime_end": end.strftime(FORMAT), "p": str(page), "pageSize": "20"}
                listed = call(http, endpoint, keys, "dangdang.orders.list.get", business)
                list_calls += 1
                pages = int(listed["totalInfo"]["pageTotal"])
                for order in as_list((listed.get("OrdersList") or {}).get("OrderInfo")):
                    order_id = order["orderID"]
                    if order_id in seen:
                        continue
                    details = call(http, endpoint, keys, "dangdang.order.details.get", {"o": order_id})
                    detail_calls += 1
                    assert details["orderID"] == order_id, details
                    seen.add(order_id)
                page += 1
            start = end
    seconds = time.perf_counter() - began
    print(json.dumps({"orders": len(seen), "list_calls": list_calls, "detail_calls": detail_calls, "seconds": seconds,
                      "requests": requests.__version__, "xmltodict": importlib.metadata.version("xmltodict"),
                      "python": sys.version.split()[0]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
