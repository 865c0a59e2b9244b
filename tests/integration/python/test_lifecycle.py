"""Python websockets clients against examples/lifecycle: refusal, terminate codes, server terminate, and the
status/connections life cycle as the project logs it on stdout."""

import asyncio
import re

import websockets

from checks import Checks, expect, rejected_status

checks = Checks(__doc__, ready_path="/life")


async def connect(host):
    ws = await websockets.connect(host.url + "/life")
    greeting = await ws.recv()
    match = re.fullmatch(r"id (\d+)", greeting)
    if not match:
        raise AssertionError(f"first message should be 'id N', got {greeting!r}")
    return ws, int(match.group(1))


async def closed_by_server(ws):
    try:
        message = await asyncio.wait_for(ws.recv(), 5)
    except websockets.ConnectionClosed:
        await ws.wait_closed()
        return ws.close_code, ws.close_reason
    raise AssertionError(f"expected the server to close the connection, got message {message!r}")


@checks.check
async def server_open_is_logged(host):
    await host.line(r"^server open path=/life terminated=False$")


@checks.check
async def connection_life_cycle_is_logged(host):
    ws, ws_id = await connect(host)
    opened = await host.line(rf"^open id={ws_id} status=(\w+) connections=(\d+)$")
    expect(opened.group(1), "Connected", "status in onOpen")
    expect(int(opened.group(2)) >= 1, True, f"connections in onOpen counts the new one ({opened.group(2)})")
    await ws.close(code=1000, reason="bye")
    await host.line(rf"^terminate id={ws_id} code=1000 reason=bye status=Closed$")


@checks.check
async def abrupt_disconnect_terminates_with_1006(host):
    ws, ws_id = await connect(host)
    ws.transport.abort()
    await host.line(rf"^terminate id={ws_id} code=1006 reason=.* status=Closed$")


@checks.check
async def connections_follow_open_and_close(host):
    first, first_id = await connect(host)
    second, second_id = await connect(host)
    expect(first_id != second_id, True, f"ids of two connections ({first_id}, {second_id}) differ")
    await first.send("count")
    expect(await first.recv(), "count 2", "live connections with two clients")
    await second.close()
    await host.line(rf"^terminate id={second_id} code=1000 ")
    await first.send("count")
    expect(await first.recv(), "count 1", "live connections after one client closed")
    await first.close()
    await host.line(rf"^terminate id={first_id} code=1000 ")


@checks.check
async def on_connection_returning_null_refuses_with_403(host):
    try:
        ws = await websockets.connect(host.url + "/life?refuse=1")
    except websockets.InvalidStatusCode as error:
        expect(rejected_status(error), 403, "HTTP status of a refused handshake")
    else:
        await ws.close()
        raise AssertionError("the handshake of a refused client succeeded")
    await host.line(r"^refused url=/life\?refuse=1$")


@checks.check
async def terminate_codes_above_3000_reach_the_client(host):
    cases = [("close 4001 bye", 4001, "bye"), ("close 3001 lowest", 3001, "lowest"),
             ("close 4999 highest code", 4999, "highest code"), ("close 4002", 4002, ""),
             ("close 3000 not sent", 1000, ""), ("close 1001 not sent", 1000, ""),
             ("close 2000 not sent", 1000, ""), ("close 5000 not sent", 1000, ""), ("close", 1000, "")]
    for command, code, reason in cases:
        ws, ws_id = await connect(host)
        await ws.send(command)
        expect(await closed_by_server(ws), (code, reason), f"close code and reason after {command!r}")
        closing = await host.line(rf"^closing id={ws_id} status=(\w+)$")
        expect(closing.group(1), "Closing", f"status right after terminate() for {command!r}")
        await host.line(rf"^terminate id={ws_id} code=")


@checks.check
async def send_after_terminate_fails_in_4d(host):
    ws, ws_id = await connect(host)
    await ws.send("late-send")
    expect(await closed_by_server(ws), (1000, ""), "close after terminate() without code")
    await host.line(rf"^late send refused id={ws_id}$")


@checks.check
async def broadcast_reaches_every_connection(host):
    clients = [await connect(host) for _ in range(3)]
    await clients[1][0].send("broadcast hello all")
    for ws, ws_id in clients:
        expect(await ws.recv(), "hello all", f"broadcast received by connection {ws_id}")
    for ws, _ in clients:
        await ws.close()


@checks.check
async def server_terminate_closes_everything(host):
    clients = [await connect(host) for _ in range(2)]
    await clients[0][0].send("shutdown")
    for ws, ws_id in clients:
        code, _ = await closed_by_server(ws)
        expect(code in (1000, 1001), True, f"close code of connection {ws_id} on server terminate ({code})")
        await host.line(rf"^terminate id={ws_id} code=")
    await host.line(r"^server terminate terminated=True connections=0$")
    try:
        status = host.handshake_status("/life")
    except OSError:
        status = None
    expect(status != 101, True, f"a handshake after the server terminated is not accepted (status {status})")


if __name__ == "__main__":
    checks.main()
