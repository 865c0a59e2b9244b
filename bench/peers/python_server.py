"""Python websockets peer: echo on every path; "/broadcast" relays each message to every client.

Usage: /usr/bin/python3 python_server.py PORT   (Debian's python3-websockets)
"""
import asyncio
import signal
import sys

import websockets

clients = set()


async def handle(ws, path):
    if path != "/broadcast":
        async for message in ws:
            await ws.send(message)
        return
    clients.add(ws)
    try:
        async for message in ws:
            websockets.broadcast(clients, message)
    finally:
        clients.discard(ws)


async def main(port):
    stop = asyncio.get_running_loop().create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set_result, None)
    async with websockets.serve(handle, "127.0.0.1", port, max_size=None, compression=None):
        print(f"listening on {port}", flush=True)
        await stop


asyncio.run(main(int(sys.argv[1])))
