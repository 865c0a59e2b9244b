#!/usr/bin/python3
"""Reference echo server for validating the conformance client: Python's `websockets` (Debian
python3-websockets), which passes Autobahn|Testsuite. Echoes text as text and binary as binary.

    /usr/bin/python3 reference_echo.py [PORT]     (default 9001; 127.0.0.1 only)
"""

import asyncio
import sys

import websockets


async def echo(websocket, path=None):
    try:
        async for message in websocket:
            await websocket.send(message)
    except websockets.ConnectionClosed:
        pass


async def main(port):
    # Limits off: section 9 sends messages of up to 16 MiB.
    async with websockets.serve(echo, "127.0.0.1", port, max_size=None, max_queue=None, compression=None):
        print("reference echo server on ws://127.0.0.1:%d/" % port, flush=True)
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 9001))
