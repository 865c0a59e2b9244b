"""Real clients connect all at once. 10,000 upgrade requests from one non-blocking client process, unpaced
(bench/loadgen's storm mode), are every one answered 101 and shown to onConnection once each, while the host's
thread count does not grow; and 1,000 clients that send half a request and stall delay a valid client by well
under a second, and are closed at the request deadline (10 s)."""

import asyncio
import json

import websockets

from checks import Checks, expect
from host_process import raise_open_file_limit

STORM = 10_000
SLOW = 1_000
REQUEST_DEADLINE = 10  # HttpSession::kRequestDeadline
# The load generator raises its own limit to the hard one; the host too, at start. Each needs one per client.
raise_open_file_limit(STORM + 1024)
checks = Checks(__doc__, ready_path="/", check_timeout=150.0)
checks.add_argument("--loadgen", required=True, help="bench/loadgen's ws-loadgen executable")


async def loadgen(host, *args, timeout):
    process = await asyncio.create_subprocess_exec(
        checks.args.loadgen, "--port", str(host.port), "--pid", str(host.pid), *map(str, args),
        stdout=asyncio.subprocess.PIPE)
    try:
        out, _ = await asyncio.wait_for(process.communicate(), timeout)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    print(f"  ws-loadgen {' '.join(map(str, args))}: {out.decode().strip()}", flush=True)
    result = json.loads(out)
    if "error" in result:
        raise AssertionError(f"ws-loadgen: {result}")
    return result


async def upgrades_counted(host):
    async with websockets.connect(host.url + "/", ping_interval=None, compression=None) as ws:
        await ws.send("count")
        return int(await asyncio.wait_for(ws.recv(), 30))


@checks.check
async def every_client_of_a_storm_is_upgraded_and_asked_once(host):
    before = await upgrades_counted(host)
    storm = await loadgen(host, "--mode", "storm", "--connections", STORM, "--seconds", 120, timeout=140)
    expect(storm["upgraded"], STORM, "clients upgraded")
    expect(storm["refused"], {}, "clients refused, by status")
    expect(storm["unanswered"] + storm["pending"], 0, "clients closed or left without an answer")
    # No thread per client or per request: the count is the host's before the storm (workers, I/O threads,
    # the acceptor), give or take a thread 4D code or the allocator may start.
    assert storm["threads_peak"] <= storm["threads_before"] + 2, \
        f"threads grew with the storm: {storm['threads_before']} -> {storm['threads_peak']}"
    after = await upgrades_counted(host)
    expect(after - before, STORM + 1, "onConnection calls (the storm and the counting client)")


@checks.check
async def stalled_requests_do_not_delay_a_valid_client(host):
    slow = await loadgen(host, "--mode", "slow-headers", "--connections", SLOW, "--seconds", REQUEST_DEADLINE + 5,
                         timeout=60)
    assert slow["upgrade_seconds"] < 1.0, f"the valid client's upgrade took {slow['upgrade_seconds']} s"
    assert slow["echo_seconds"] < 1.0, f"the valid client's echo took {slow['echo_seconds']} s"
    expect(slow["slow_closed"], SLOW, "stalled clients closed by the server")
    assert slow["first_closed_after"] >= REQUEST_DEADLINE - 1, \
        f"a stalled client was closed after {slow['first_closed_after']} s, before the request deadline"
    assert slow["last_closed_after"] <= REQUEST_DEADLINE + 2.5, \
        f"the last stalled client was closed after {slow['last_closed_after']} s"


if __name__ == "__main__":
    checks.main()
