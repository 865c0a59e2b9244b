"""1,000 Python websockets clients connected to examples/echo at the same time, each exchanging messages;
every echo is counted and none may be lost."""

import asyncio

import websockets

from checks import Checks, expect
from host_process import raise_open_file_limit

CLIENTS = 1000
MESSAGES_PER_CLIENT = 10
# Client and host each hold one descriptor per connection, plus their own files; the host inherits ours.
raise_open_file_limit(4 * CLIENTS + 1024)
checks = Checks(__doc__, ready_path="/", check_timeout=240.0)


async def open_client(host):
    return await websockets.connect(host.url + "/", open_timeout=120, ping_interval=None, compression=None)


async def exchange(ws, client):
    sent = [f"client {client} message {index}" for index in range(MESSAGES_PER_CLIENT)]
    for message in sent:
        await ws.send(message)
    received = [await asyncio.wait_for(ws.recv(), 120) for _ in sent]
    expect(received, sent, f"echoes of client {client}")
    return len(received)


@checks.check
async def every_message_of_every_client_comes_back(host):
    clients = await asyncio.gather(*(open_client(host) for _ in range(CLIENTS)))
    expect(len(clients), CLIENTS, "clients connected at the same time")
    try:
        counts = await asyncio.gather(*(exchange(ws, index) for index, ws in enumerate(clients)))
        expect(sum(counts), CLIENTS * MESSAGES_PER_CLIENT, "echoes counted over all clients")
    finally:
        await asyncio.gather(*(ws.close() for ws in clients), return_exceptions=True)


if __name__ == "__main__":
    checks.main()
