"""Issue 12: handlers that keep references to their connections and servers (tests/integration/projects/
kept-references) are freed once the connections and servers have closed and 4D code lets go of them. Each
closed session or server would otherwise keep its handler's payload (64 or 256 KiB), so the host's resident
memory, read after a warm-up, must not grow by more than MAX_GROWTH_MIB over the measured run. Then what the
members of closed connections and servers return, as 4D code reads them."""

import asyncio
import os

import websockets

from checks import Checks, expect

checks = Checks(__doc__, ready_path="/keep", check_timeout=60.0)

MAX_GROWTH_MIB = 16
# A sanitizer's allocator holds freed memory in quarantine and fills its caches over thousands of sessions: in
# a sanitizer build (tests/integration/CMakeLists.txt sets FOURD_SANITIZE) the figures are printed, not judged.
JUDGE_MEMORY = not os.environ.get("FOURD_SANITIZE")
SESSIONS, SESSION_WARMUP, CONCURRENCY = 2000, 300, 16
SERVERS, SERVER_WARMUP = 200, 20


async def session(url):
    async with websockets.connect(url) as ws:
        expect(await ws.recv(), "open", "first message of a Keeper")
        await ws.send("ping")
        expect(await ws.recv(), "ping", "echo")


async def sessions(url, count):
    remaining = iter(range(count))

    async def worker():
        for _ in remaining:
            await session(url)

    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))


async def wait_until_all_closed(host):
    """Until the server counts no session but this probe: every closed session's onTerminate has then run."""
    async with websockets.connect(host.url + "/keep?inspect=1") as probe:
        for _ in range(100):
            await probe.send("live")
            if await probe.recv() == "1":
                return
            await asyncio.sleep(0.05)
    raise AssertionError("the server still counts open sessions 5 s after every client closed")


async def settled_rss_mib(host):
    """mimalloc returns freed pages to the system a little after the free."""
    await asyncio.sleep(0.5)
    return host.rss_kib() / 1024


def expect_bounded_growth(before, after, what):
    print(f"{what}: host RSS {before:.1f} -> {after:.1f} MiB ({after - before:+.1f})", flush=True)
    if JUDGE_MEMORY and after - before > MAX_GROWTH_MIB:
        raise AssertionError(f"{what}: host RSS grew by {after - before:.1f} MiB (at most {MAX_GROWTH_MIB})")


@checks.check
async def sessions_of_handlers_keeping_their_connection_are_freed(host):
    url = host.url + "/keep"
    await sessions(url, SESSION_WARMUP)
    await wait_until_all_closed(host)
    before = await settled_rss_mib(host)
    await sessions(url, SESSIONS)
    await wait_until_all_closed(host)
    expect_bounded_growth(before, await settled_rss_mib(host), f"{SESSIONS} sessions")


async def server_round(control, url):
    await control.send("open")
    expect(await control.recv(), "opened", "answer to open")
    clients = [await websockets.connect(url) for _ in range(2)]
    for client in clients:
        expect(await client.recv(), "hi", "first message of a RoundConnection")
    await control.send("close")
    expect(await control.recv(), "closed", "answer to close (the server's onTerminate)")
    for client in clients:
        await client.wait_closed()
        expect(client.close_code, 1001, "close code of a connection of a terminated server")


@checks.check
async def servers_whose_handlers_keep_them_are_freed(host):
    url = host.url + "/round"
    async with websockets.connect(host.url + "/control") as control:
        for _ in range(SERVER_WARMUP):
            await server_round(control, url)
        before = await settled_rss_mib(host)
        for _ in range(SERVERS):
            await server_round(control, url)
        expect_bounded_growth(before, await settled_rss_mib(host), f"{SERVERS} servers")


CLOSED_CONNECTION = r"handler=(\w+) id=\d+ status=(\w+) wss=(\S*) protocol=(\S*) send=(\w+)$"


# After the close, the plugin no longer holds the handler: `.handler` is Null (the 4D documentation,
# developer.4d.com/docs/API/WebSocketConnectionClass#handler, says only that it returns "the connectionHandler
# object used to initiate the connection", and nothing of a closed connection). `.status` is "Closed" and the
# connection has left `.connections`, as developer.4d.com/docs/API/WebSocketServerClass#connections documents;
# `.id`, `.wss` and `.protocol` keep their values; send() raises an error, terminate() does nothing.
@checks.check
async def members_of_a_closed_connection_read_after_the_drop(host):
    async with websockets.connect(host.url + "/keep?inspect=1") as probe:
        await probe.send("inspect")
        expect(await probe.recv(), "inspected", "answer to inspect")
    line = await host.line(r"^closed connection " + CLOSED_CONNECTION)
    expect(line.groups(), ("Null", "Closed", "/keep", "", "refused"), "members of a closed connection")


# A terminated server (developer.4d.com/docs/API/WebSocketServerClass#terminated: "True if the WebSocket server
# is closed") no longer holds its handler either: `.handler` is Null, `.connections` empty, `.path` and
# `.dataType` unchanged. Its connections, kept by 4D code, read as closed connections do.
@checks.check
async def members_of_a_terminated_server_read_after_the_drop(host):
    async with websockets.connect(host.url + "/control") as control:
        await control.send("inspect")
        expect(await control.recv(), "inspected", "answer to inspect")
    line = await host.line(r"^closed server (.*)$")
    expect(line.group(1), "handler=Null connections=0 terminated=True path=/round dataType=text",
           "members of a terminated server")
    line = await host.line(r"^closed round connection " + CLOSED_CONNECTION)
    expect(line.groups(), ("Null", "Closed", "/round", "", "refused"), "members of its closed connection")


if __name__ == "__main__":
    checks.main()
