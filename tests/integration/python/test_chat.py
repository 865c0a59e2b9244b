"""Python websockets clients against examples/chat, the SPEC's chat: welcome, join/leave notices, broadcast."""

import asyncio
import urllib.request

import websockets

from checks import Checks, expect

checks = Checks(__doc__, ready_path="/chat")
WELCOME = "Welcome on the chat!"
JOINED = "New client connected"
LEFT = "Client disconnected"
QUIET = 0.5


async def join(host):
    ws = await websockets.connect(host.url + "/chat")
    expect(await ws.recv(), WELCOME, "first message to a new client")
    return ws


async def expect_nothing(ws, what):
    try:
        message = await asyncio.wait_for(ws.recv(), QUIET)
    except asyncio.TimeoutError:
        return
    raise AssertionError(f"{what}: expected no message, got {message!r}")


@checks.check
async def page_is_served(host):
    with urllib.request.urlopen(f"http://127.0.0.1:{host.port}/", timeout=5) as answer:
        page = answer.read().decode()
    expect("chat.js" in page, True, "the index page served from WebFolder/ loads chat.js")


@checks.check
async def broadcast_reaches_everyone_but_the_sender(host):
    alice = await join(host)
    await expect_nothing(alice, "alice alone")  # also lets any earlier client's leaving settle first
    bob = await join(host)
    expect(await alice.recv(), JOINED, "alice is told when bob joins")
    carol = await join(host)
    expect(await alice.recv(), JOINED, "alice is told when carol joins")
    expect(await bob.recv(), JOINED, "bob is told when carol joins")

    await alice.send("hello from alice")
    expect(await bob.recv(), "hello from alice", "bob gets alice's message")
    expect(await carol.recv(), "hello from alice", "carol gets alice's message")
    await expect_nothing(alice, "alice's own message is not sent back to her")

    await bob.close()
    expect(await alice.recv(), LEFT, "alice is told when bob leaves")
    expect(await carol.recv(), LEFT, "carol is told when bob leaves")

    await carol.send("ünïcödé ✓")
    expect(await alice.recv(), "ünïcödé ✓", "alice gets carol's non-ASCII message")
    await alice.close()
    await carol.close()


if __name__ == "__main__":
    checks.main()
