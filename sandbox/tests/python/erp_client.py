"""Drives the Dangdang sandbox the way an ERP written in another language would: Python's standard
library only. Usage: erp_client.py ENDPOINT APP_KEY APP_SECRET SESSION OUTER_ITEM_ID STOCK
Prints one line per check; exits 1 on the first failure."""

import hashlib
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

ENDPOINT, APP_KEY, SECRET, SESSION, OUTER_ID, STOCK = sys.argv[1:7]


def system_params(method):
    """The seven signed system parameters and their sign (MD5 of secret + name/value pairs + secret)."""
    beijing = datetime.now(timezone(timedelta(hours=8)))
    params = {
        "app_key": APP_KEY,
        "format": "xml",
        "method": method,
        "session": SESSION,
        "sign_method": "md5",
        "timestamp": beijing.strftime("%Y-%m-%d %H:%M:%S"),
        "v": "1.0",
    }
    body = "".join(name + params[name] for name in sorted(params))
    params["sign"] = hashlib.md5((SECRET + body + SECRET).encode("ascii")).hexdigest().upper()
    return params


def encode(params):
    return urllib.parse.urlencode(params, encoding="gbk")


def fetch(request):
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.read().decode("gbk")
    except urllib.error.HTTPError as error:
        return error.read().decode("gbk", "replace")


def check(name, ok, body):
    print(("ok   " if ok else "FAIL ") + name)
    if not ok:
        print(body)
        sys.exit(1)


def multipart(fields, file_field, file_name, file_bytes):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode("ascii"))
        parts.append(value.encode("gbk") + b"\r\n")
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
        "Content-Type: text/xml\r\n\r\n".encode("ascii")
    )
    parts.append(file_bytes + b"\r\n" + f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


# 1. A signed GET with a GBK-encoded Chinese business parameter.
query = encode({**system_params("dangdang.orders.list.get"), "os": "9999", "pageSize": "5"})
body = fetch(ENDPOINT + "?" + query)
check("signed GET", "<functionID>dangdang.orders.list.get</functionID>" in body and "<orderCount>" in body, body)
body = fetch(ENDPOINT + "?" + encode({**system_params("dangdang.items.list.get"), "name": "测试"}))
check("GBK business parameter", "<itemsCount>" in body and "errorResponse" not in body, body)

# 2. A multipart upload: system parameters as GBK text parts next to the GBK XML file part.
document = (
    '<?xml version="1.0" encoding="GBK"?><request><functionID>dangdang.items.stock.update</functionID>'
    f"<time>2026-01-05 12:00:00</time><ItemsList><ItemUpadteInfo><outerItemID>{OUTER_ID}</outerItemID>"
    f"<stockCount>{STOCK}</stockCount></ItemUpadteInfo></ItemsList></request>"
).encode("gbk")
payload, content_type = multipart(system_params("dangdang.items.stock.update"), "multiItemsStock", "multiItemsStock.xml", document)
request = urllib.request.Request(ENDPOINT, data=payload, headers={"Content-Type": content_type}, method="POST")
body = fetch(request)
check("multipart upload", f"<outerItemID>{OUTER_ID}</outerItemID>" in body and "<operCode>0</operCode>" in body, body)

# 3. A bad signature is refused with an errorResponse.
params = system_params("dangdang.orders.list.get")
params["sign"] = "0" * 32
body = fetch(ENDPOINT + "?" + encode(params))
check("bad signature refused", "<errorResponse>" in body and "<errorCode>2</errorCode>" in body, body)
