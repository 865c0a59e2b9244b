"""WEB Server.start($settings): every setting 4D documents (developer.4d.com, API/WebServerClass) is honoured with
4D's meaning or refused by name, and a refusal starts nothing (success False, errors). Honoured here:
IPAddressToListen (only that address listens), defaultHomepage (what "/" serves), maxRequestSize (a bigger
declared body is refused, 413)."""

import asyncio
import json
import os
import socket
import sys

from checks import Checks, expect

# The robustness suite's raw HTTP client: requests no library sends (a body declared, not sent).
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "robustness"))
from wsraw import http_exchange  # noqa: E402

checks = Checks(__doc__, ready_path=None)


def alert(host, prefix):
    return host.wait_for_line(rf"^{prefix}: (.*)$").group(1)


@checks.check
async def refused_settings_are_named_and_nothing_starts(host):
    refused = json.loads(await asyncio.to_thread(alert, host, "refused"))
    expect(refused["success"], False, "success with refused settings")
    messages = " | ".join(error["message"] for error in refused["errors"])
    for name, why in (("HSTSEnabled", "HSTS"), ("keepSession", "sessions"), ("colour", "unknown setting"),
                      ("isRunning", "read-only"), ("maxRequestSize", "500000")):
        assert f"settings.{name}: " in messages and why in messages, f"no error for {name} ({why}): {messages}"
    expect(len(refused["errors"]), 5, "errors (HTTPPort 8080 is valid)")
    expect(await asyncio.to_thread(alert, host, "running after the refusal"), "False", "isRunning")


@checks.check
async def honoured_settings_take_effect(host):
    started = json.loads(await asyncio.to_thread(alert, host, "started"))
    expect(started, {"success": True}, "start with honoured settings")
    expect(await asyncio.to_thread(alert, host, "properties"), "127.0.0.1 home.html 500000 True False",
           "the web server's properties")
    status, _, body = await asyncio.to_thread(http_exchange, host.port, b"GET / HTTP/1.1\r\nHost: x\r\n"
                                                                        b"Connection: close\r\n\r\n")
    expect((status, body.strip()), (200, b"<p>the custom home page</p>"), "GET / with defaultHomepage")
    status, _, _ = await asyncio.to_thread(http_exchange, host.port, b"POST / HTTP/1.1\r\nHost: x\r\n"
                                                                     b"Content-Length: 600000\r\n\r\n")
    expect(status, 413, "a body declared over maxRequestSize")
    status, _, _ = await asyncio.to_thread(http_exchange, host.port, b"POST / HTTP/1.1\r\nHost: x\r\n"
                                                                     b"Content-Length: 10\r\n\r\n0123456789")
    expect(status, 405, "a small POST (no method but GET and HEAD is served)")
    with socket.socket() as other:
        other.settimeout(5)
        refused = other.connect_ex(("127.0.0.2", host.port))
    assert refused != 0, "the server answered on 127.0.0.2 though IPAddressToListen is 127.0.0.1"


if __name__ == "__main__":
    checks.main()
