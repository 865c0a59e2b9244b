"""Soak test (./build.sh soak): many clients connect, chat and drop at random while 4D code broadcasts.

Each client sends numbered messages; the server's 4D code broadcasts every message to every client. A client
that leaves politely first waits for all its own messages to come back, so every message it sent is owed to it:
  lost = messages owed to polite clients that never came back (must be 0).
Clients that drop abruptly (socket closed mid-conversation) are counted apart, and owe nothing.
The host's resident memory is read from /proc at the start and at the end, both with no client connected; the
start is taken after a warm-up with as many clients as the run (--warmup-seconds), so that what the allocator and
the thread pools keep for that load is already counted, and growth beyond --max-growth-mib, which a leak would
cause, fails the run.

usage: /usr/bin/python3 tests/soak/soak.py --host build/bin/headless-host [--minutes 3] [--clients 200]
"""
import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import time

import websockets

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Totals:
    def __init__(self):
        self.sent = self.received = self.owed = self.returned = 0
        self.polite = self.abrupt = self.failed_connects = 0


async def client(url, totals, deadline, rng):
    while time.monotonic() < deadline:
        try:
            async with websockets.connect(url, max_size=None, open_timeout=10, close_timeout=5) as ws:
                name = f"c{rng.randrange(1 << 30)}"
                count = rng.randint(1, 30)
                abrupt = rng.random() < 0.25
                mine = 0

                async def reader():
                    nonlocal mine
                    async for message in ws:
                        totals.received += 1
                        if message.startswith(name + ":"):
                            mine += 1
                            if mine == count:
                                return

                read = asyncio.create_task(reader())
                for i in range(count):
                    await ws.send(f"{name}:{i}")
                    totals.sent += 1
                    await asyncio.sleep(rng.random() * 0.05)
                if abrupt:
                    read.cancel()
                    ws.transport.abort()
                    totals.abrupt += 1
                    continue
                totals.owed += count
                try:
                    await asyncio.wait_for(read, timeout=15)
                except asyncio.TimeoutError:
                    pass
                totals.returned += mine
                totals.polite += 1
        except (OSError, websockets.WebSocketException, asyncio.TimeoutError):
            totals.failed_connects += 1
            await asyncio.sleep(0.1)
        await asyncio.sleep(rng.random() * 0.2)


async def soak(url, clients, seconds, seed):
    totals = Totals()
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(client(url, totals, deadline, random.Random(rng.random())) for _ in range(clients)))
    return totals


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", required=True)
    parser.add_argument("--minutes", type=float, default=3)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--warmup-seconds", type=float, default=30)
    parser.add_argument("--max-growth-mib", type=float, default=8)
    args = parser.parse_args()
    port = free_port()
    host = subprocess.Popen([args.host, os.path.join(HERE, "project")], env=dict(os.environ, FOURD_HTTP_PORT=str(port)),
                            stdout=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        url = f"ws://127.0.0.1:{port}/soak"
        asyncio.run(soak(url, args.clients, args.warmup_seconds, args.seed + 1))
        time.sleep(2)
        start_rss = rss_kib(host.pid)
        totals = asyncio.run(soak(url, args.clients, args.minutes * 60, args.seed))
        time.sleep(2)
        end_rss = rss_kib(host.pid)
    finally:
        host.terminate()
        host.wait(timeout=15)
    lost = totals.owed - totals.returned
    growth = (end_rss - start_rss) / 1024
    print(f"clients={args.clients} minutes={args.minutes} polite_sessions={totals.polite} "
          f"abrupt_sessions={totals.abrupt} failed_connects={totals.failed_connects}")
    print(f"sent={totals.sent} received={totals.received} owed={totals.owed} returned={totals.returned} lost={lost}")
    print(f"host_rss_start_kib={start_rss} host_rss_end_kib={end_rss} growth_mib={growth:.1f} "
          f"(bound {args.max_growth_mib})")
    ok = lost == 0 and growth <= args.max_growth_mib and host.returncode == 0
    print("SOAK PASSED" if ok else "SOAK FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
