"""examples/bridge: a host whose 4D.WebSocket client relays what an upstream server says (here the example's own
demo ticker) to the clients of its /feed server. Two listeners of /feed get the same prices, in order, as the
ticker's JSON objects."""

import asyncio
import json

import websockets

from certificates import full_stacks_under_asan
from checks import Checks, expect

checks = Checks(__doc__, ready_path="/feed", check_timeout=30.0)


async def prices(url, count):
    async with websockets.connect(url) as listener:
        return [json.loads(await asyncio.wait_for(listener.recv(), 5)) for _ in range(count)]


@checks.check
async def two_listeners_get_the_relayed_prices(host):
    first, second = await asyncio.gather(prices(host.url + "/feed", 3), prices(host.url + "/feed", 3))
    for price in first + second:
        expect(sorted(price), ["price", "symbol"], "a relayed price's members")
        expect(price["symbol"], "4D", "symbol")
    # Both joined within the same half second: the later one may have missed the first price it was not there for.
    common = [price for price in first if price in second]
    if len(common) < 2:
        raise AssertionError(f"the listeners got different feeds: {first} / {second}")


@checks.check
async def the_bridge_says_where_it_relays_from(host):
    host.wait_for_line(r"^upstream open: ws://127\.0\.0\.1:\d+/upstream$", 5)


if __name__ == "__main__":
    # The bridge's client masks its frames with OpenSSL's generator, whose per-thread state tests/lsan.supp names.
    full_stacks_under_asan()
    checks.main()
