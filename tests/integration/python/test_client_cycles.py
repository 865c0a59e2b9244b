"""Issue 14: 4D.WebSocket clients leave nothing behind (tests/integration/projects/client-cycles): each round, a
loop creates and terminates 2,000 clients at once, and a chain opens 2,000 clients one after the other against
the host's own echo server, each terminated once it has its echo; every handler keeps its client (This.ws:=$ws)
and 32 KiB of its own. A client the plugin failed to free would keep its handler, so the host's resident memory,
read after a warm-up round of the same size, must not grow by more than MAX_GROWTH_MIB over the measured rounds; and the host's
threads must be as many after as before (no thread per client, none left behind)."""

import asyncio
import json
import os

import websockets

from certificates import full_stacks_under_asan
from checks import Checks, expect

checks = Checks(__doc__, ready_path="/driver", check_timeout=240.0)

MAX_GROWTH_MIB = 16
# A sanitizer's allocator holds freed memory in quarantine: in a sanitizer build the figures are printed, not judged.
JUDGE_MEMORY = not os.environ.get("FOURD_SANITIZE")
CLIENTS = 2000


def threads(host):
    return len(os.listdir(f"/proc/{host.pid}/task"))


async def round_trip(host, count):
    async with websockets.connect(host.url + "/driver") as driver:
        await driver.send(json.dumps({"url": f"ws://127.0.0.1:{host.port}/echo", "count": count}))
        expect(await asyncio.wait_for(driver.recv(), 200), "done", "the round's last onTerminate")


@checks.check
async def clients_created_and_terminated_leave_nothing(host):
    await round_trip(host, CLIENTS)  # the same peak as the measured rounds: the allocator keeps what it freed
    await asyncio.sleep(0.5)
    before, threads_before = host.rss_kib() / 1024, threads(host)
    for _ in range(2):
        await round_trip(host, CLIENTS)
    await asyncio.sleep(0.5)
    after, threads_after = host.rss_kib() / 1024, threads(host)
    print(f"{2 * CLIENTS} looped and {2 * CLIENTS} chained clients: host RSS {before:.1f} -> {after:.1f} MiB "
          f"({after - before:+.1f}), threads {threads_before} -> {threads_after}", flush=True)
    if JUDGE_MEMORY and after - before > MAX_GROWTH_MIB:
        raise AssertionError(f"the host grew by {after - before:.1f} MiB")
    expect(threads_after, threads_before, "host threads")


@checks.check
async def no_client_error_was_reported(host):
    errors = [line for line in host.lines if line.startswith("client error")]
    expect(errors, [], "onError lines")


if __name__ == "__main__":
    # Every client masks its frames with OpenSSL's generator, whose per-thread state tests/lsan.supp names.
    full_stacks_under_asan()
    checks.main()
