"""Python websockets client against examples/echo: "/" text, "/blob" blob, "/object" object."""

import json
import os

import websockets

from checks import Checks, expect

checks = Checks(__doc__, ready_path="/object")
LARGE = 1024 * 1024


@checks.check
async def text_path_echoes_text(host):
    async with websockets.connect(host.url + "/") as ws:
        for message in ["hello", "", "héllo wörld ✓ 𝄞", "x" * 70000]:
            await ws.send(message)
            expect(await ws.recv(), message, f"echo of a {len(message)}-character text")


@checks.check
async def text_path_answers_binary_with_binary(host):
    async with websockets.connect(host.url + "/") as ws:
        payload = bytes(range(256))
        await ws.send(payload)
        expect(await ws.recv(), payload, "echo of a binary frame on the text path")


@checks.check
async def blob_path_echoes_binary(host):
    async with websockets.connect(host.url + "/blob", max_size=4 * LARGE) as ws:
        for payload in [b"\x00\x01\x02\xff", os.urandom(LARGE)]:
            await ws.send(payload)
            expect(await ws.recv(), payload, f"echo of {len(payload)} bytes on /blob")


@checks.check
async def blob_path_answers_text_with_binary(host):
    async with websockets.connect(host.url + "/blob") as ws:
        await ws.send("été")
        expect(await ws.recv(), "été".encode(), "a text message on /blob comes back as its UTF-8 bytes")


@checks.check
async def object_path_echoes_json(host):
    async with websockets.connect(host.url + "/object") as ws:
        sent = {"name": "Zoë", "count": 3, "ratio": 0.5, "tags": ["a", "b"], "nested": {"ok": True, "none": None}}
        await ws.send(json.dumps(sent))
        answer = await ws.recv()
        expect(type(answer), str, "the object echo arrives as a text frame")
        expect(json.loads(answer), sent, "the object echo holds the same JSON")


@checks.check
async def object_path_survives_invalid_json(host):
    async with websockets.connect(host.url + "/object") as ws:
        await ws.send("{not json")
        await ws.send('{"after": "error"}')
        expect(json.loads(await ws.recv()), {"after": "error"},
               "after invalid JSON (onError) the connection stays open and echoes the next object")
    await host.line(r"echo connection \d+ error")


@checks.check
async def many_messages_keep_their_order(host):
    async with websockets.connect(host.url + "/") as ws:
        for index in range(500):
            await ws.send(f"message {index}")
        for index in range(500):
            expect(await ws.recv(), f"message {index}", f"echo number {index}")


@checks.check
async def client_close_is_answered(host):
    ws = await websockets.connect(host.url + "/")
    await ws.close(code=1000, reason="done")
    expect(ws.close_code, 1000, "close code the server echoed")


if __name__ == "__main__":
    checks.main()
