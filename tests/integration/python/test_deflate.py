"""permessage-deflate (RFC 7692) against examples/echo's "/deflate" server (perMessageDeflate: True): Python's
websockets negotiates it and its messages go both ways compressed; a server without the option declines it; a
compressed message that inflates past maxMessageSize is closed with 1009, and RSV1 without the extension with 1002."""

import asyncio
import os
import sys
import zlib

import websockets

from checks import Checks, expect

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "robustness"))
from wsraw import RawClient, encode_frame  # noqa: E402

checks = Checks(__doc__, ready_path="/deflate", check_timeout=90.0)
MAX_MESSAGE = 16 * 1024 * 1024  # the server's default maxMessageSize


def deflated(data):
    """A message's payload as permessage-deflate sends it: raw DEFLATE, the 00 00 FF FF tail left out."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return (compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH))[:-4]


@checks.check
async def messages_go_compressed_both_ways(host):
    async with websockets.connect(host.url + "/deflate", max_size=None) as ws:
        extensions = ws.response_headers.get("Sec-WebSocket-Extensions", "")
        assert extensions.startswith("permessage-deflate"), f"not negotiated: {extensions!r}"
        for message in ["small", "compressible " * 50000, os.urandom(300000).hex(), "é✓𝄞" * 1000]:
            await ws.send(message)
            expect(await asyncio.wait_for(ws.recv(), 30), message, f"echo of {len(message)} characters")


async def compressed_clients(host, count):
    clients = [await websockets.connect(host.url + "/deflate", ping_interval=None) for _ in range(count)]
    for ws in clients:
        await ws.send("an idle client's one message " * 200)
        await asyncio.wait_for(ws.recv(), 30)
    return clients


@checks.check
async def memory_per_idle_compressed_connection_is_bounded(host):
    """Each client exchanged one compressed message each way, then idles: with context takeover (the default of
    perMessageDeflate: True) its connection keeps zlib's compressor (256 KiB) and decompressor (44 KiB)."""
    warm = await compressed_clients(host, 50)
    before = host.rss_kib()
    clients = await compressed_clients(host, 400)
    per_connection = (host.rss_kib() - before) / len(clients)
    print(f"  {per_connection:.0f} KiB per idle connection with permessage-deflate (context takeover)", flush=True)
    for ws in warm + clients:
        await ws.close()
    # A sanitizer's allocator (FOURD_SANITIZE) pads and keeps memory of its own: there the figure is only printed.
    assert os.environ.get("FOURD_SANITIZE") or per_connection <= 400, \
        f"{per_connection:.0f} KiB per idle compressed connection"


@checks.check
async def a_server_without_the_option_declines_it(host):
    async with websockets.connect(host.url + "/") as ws:
        expect(ws.response_headers.get("Sec-WebSocket-Extensions"), None, "extensions answered by /")
        await ws.send("plain")
        expect(await ws.recv(), "plain", "echo without compression")


def raw_close_code(port, path, frame, offer):
    # A generous wait: inflating 16 MiB is quick, but not under a sanitizer on a busy machine.
    with RawClient(port, path, timeout=60, extra=[f"Sec-WebSocket-Extensions: {offer}"] if offer else []) as ws:
        ws.send_raw(frame)
        return ws.read_close()[0]


@checks.check
async def a_bomb_is_closed_with_1009(host):
    bomb = deflated(b"\0" * (MAX_MESSAGE + 1))
    assert len(bomb) < 64 * 1024, f"the bomb is {len(bomb)} bytes"
    frame = encode_frame(0x2, bomb, rsv=4)
    code = await asyncio.to_thread(raw_close_code, host.port, "/deflate", frame, "permessage-deflate")
    expect(code, 1009, "close code for a message inflating past maxMessageSize")


@checks.check
async def rsv1_without_the_extension_is_a_protocol_error(host):
    frame = encode_frame(0x1, deflated(b"hello"), rsv=4)
    code = await asyncio.to_thread(raw_close_code, host.port, "/", frame, None)
    expect(code, 1002, "close code for RSV1 on a server without permessage-deflate")


if __name__ == "__main__":
    checks.main()
