"""Inbound backpressure against tests/integration/projects/flood: clients that send faster than their handler
(2 ms per message) make the server stop reading them, so that what they send waits in TCP,
not in the host's memory; nothing is lost or reordered, and the other clients of that server are still served.

Memory is the host's peak resident size (VmHWM), reset after a warm-up by writing 5 to /proc/PID/clear_refs.
Under a sanitizer (FOURD_TEST_SANITIZED=1), resident memory includes the sanitizer's shadow and everything runs
several times slower: the figures are printed, and only what arrived, and in which order, is judged."""

import asyncio
import os
import time

import websockets

from checks import Checks, expect

SANITIZED = os.environ.get("FOURD_TEST_SANITIZED") == "1"
checks = Checks(__doc__, ready_path="/flood?role=echo", check_timeout=200.0 if SANITIZED else 50.0)

MESSAGE_SIZE = 64 * 1024
MiB = 1024 * 1024
ONE_CLIENT_MESSAGES = 1500
ONE_CLIENT_PEAK_MIB = 32
CROWD_CLIENTS = 100
CROWD_MESSAGES = 40
# The host's 16 MiB of waiting messages plus, for each client, one message and one 64 KiB read (README, Limits):
# about 29 MiB; plus the worker's copies and the allocator's slack. (Without the bound: +331 MiB.)
CROWD_PEAK_MIB = 48
# The echo waits at most for the flooding client's messages already read (maxIncomingBuffer, 1 MiB: about 16 of
# them, 2 ms each). The worst case gets a wider bound: on a small shared machine the worker's wake-ups after
# each 2 ms sleep can each come late.
ROUND_TRIP_BOUND = 0.100
ROUND_TRIP_WORST = 0.500


def status_kib(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/{pid}/status")


def reset_peak(pid):
    """Makes VmHWM the current resident size; returns that size in KiB."""
    with open(f"/proc/{pid}/clear_refs", "w") as clear_refs:
        clear_refs.write("5")
    return status_kib(pid, "VmRSS")


# A client's keep-alive ping waits behind the messages it sent before, like everything else: under a sanitizer
# the crowd's backlog takes longer than websockets' 20 s ping timeout.
CLIENT = {"max_queue": None, "ping_interval": None}


def judge(within_bounds, failure):
    if not within_bounds and not SANITIZED:
        raise AssertionError(failure)


def numbered(index, tail="x" * (MESSAGE_SIZE - 8)):
    return f"{index:08d}{tail}"


async def flood_on(ws, count, polite=False):
    """Sends `count` numbered messages as fast as the server takes them; returns the handler's report.
    send() returns without yielding while the kernel takes the bytes: a `polite` flood lets the test's other
    coroutines run after each message."""
    for index in range(count):
        await ws.send(numbered(index))
        if polite:
            await asyncio.sleep(0)
    await ws.send("report")
    return await ws.recv()


async def flood(url, count, polite=False):
    async with websockets.connect(url, **CLIENT) as ws:
        return await flood_on(ws, count, polite)


def expect_report(report, count):
    expect(report, f"handled {count} outOfOrder 0 bytes {count * MESSAGE_SIZE}",
           "the slow handler's report: every message, in order, whole")


async def warm_up(host):
    """Threads, the allocator's first fill and the interpreter's caches, before memory is measured."""
    expect_report(await flood(host.url + "/flood", 50), 50)


@checks.check
async def one_fast_client_is_read_only_as_fast_as_its_handler(host):
    await warm_up(host)
    before = reset_peak(host.pid)
    started = time.monotonic()
    expect_report(await flood(host.url + "/flood", ONE_CLIENT_MESSAGES), ONE_CLIENT_MESSAGES)
    peak = (status_kib(host.pid, "VmHWM") - before) / 1024
    print(f"one client, {ONE_CLIENT_MESSAGES} x 64 KiB in {time.monotonic() - started:.1f} s: "
          f"host RSS peak +{peak:.1f} MiB", flush=True)
    judge(peak <= ONE_CLIENT_PEAK_MIB, f"host RSS peak +{peak:.1f} MiB, bound +{ONE_CLIENT_PEAK_MIB} MiB")


@checks.check
async def other_clients_are_served_during_a_flood(host):
    round_trips = []
    flooding = asyncio.create_task(flood(host.url + "/flood", ONE_CLIENT_MESSAGES, polite=True))
    async with websockets.connect(host.url + "/flood?role=echo") as echo:
        await asyncio.sleep(0.2)  # the flood is under way: the server holds as much of it as it will
        index = 0
        while not flooding.done():
            sent = time.monotonic()
            await echo.send(f"ping {index}")
            expect(await echo.recv(), f"ping {index}", "the echo during the flood")
            round_trips.append(time.monotonic() - sent)
            index += 1
            await asyncio.sleep(0.01)
    expect_report(await flooding, ONE_CLIENT_MESSAGES)
    round_trips.sort()
    median, p95 = (round_trips[len(round_trips) * q // 100] * 1e3 for q in (50, 95))
    worst = round_trips[-1] * 1e3
    print(f"{len(round_trips)} echo round trips during the flood: median {median:.1f} ms, 95th percentile "
          f"{p95:.1f} ms, worst {worst:.1f} ms", flush=True)
    judge(p95 <= ROUND_TRIP_BOUND * 1e3 and worst <= ROUND_TRIP_WORST * 1e3,
          f"echo round trips during the flood: 95th percentile {p95:.0f} ms (bound {ROUND_TRIP_BOUND * 1e3:.0f}), "
          f"worst {worst:.0f} ms (bound {ROUND_TRIP_WORST * 1e3:.0f})")
    judge(len(round_trips) >= 10, f"only {len(round_trips)} round trips during the flood")


@checks.check
async def a_hundred_flooding_clients_stay_bounded(host):
    await warm_up(host)
    # Connected first: what 100 handshakes at once cost (HTTP threads, each with its allocator heap) is not what
    # is measured here.
    clients = await asyncio.gather(*(websockets.connect(host.url + "/flood", **CLIENT)
                                     for _ in range(CROWD_CLIENTS)))
    before = reset_peak(host.pid)
    started = time.monotonic()
    try:
        reports = await asyncio.gather(*(flood_on(ws, CROWD_MESSAGES) for ws in clients))
    finally:
        await asyncio.gather(*(ws.close() for ws in clients))
    for report in reports:
        expect_report(report, CROWD_MESSAGES)
    peak = (status_kib(host.pid, "VmHWM") - before) / 1024
    print(f"{CROWD_CLIENTS} clients, {CROWD_MESSAGES} x 64 KiB each in {time.monotonic() - started:.1f} s: "
          f"host RSS peak +{peak:.1f} MiB", flush=True)
    judge(peak <= CROWD_PEAK_MIB, f"host RSS peak +{peak:.1f} MiB, bound +{CROWD_PEAK_MIB} MiB")


@checks.check
async def a_message_bigger_than_the_incoming_bound_arrives_whole(host):
    # /small allows 4 KiB of unhandled input; one whole message always fits, however big.
    async with websockets.connect(host.url + "/small", **CLIENT) as ws:
        for index in range(3):
            await ws.send(numbered(index, "y" * (MiB - 8)))
        await ws.send("report")
        expect(await ws.recv(), f"handled 3 outOfOrder 0 bytes {3 * MiB}", "three 1 MiB messages past a 4 KiB bound")


if __name__ == "__main__":
    checks.main()
