"""Python websockets client against examples/uppercase-echo, the 4D documentation's example, unmodified."""

import websockets

from checks import Checks, expect

checks = Checks(__doc__, ready_path="/")


@checks.check
async def messages_come_back_uppercase(host):
    async with websockets.connect(host.url + "/any/path?works=1") as ws:
        for message, upper in [("hello", "HELLO"), ("Mixed Case 42", "MIXED CASE 42"), ("snake_case-99!", "SNAKE_CASE-99!")]:
            await ws.send(message)
            expect(await ws.recv(), upper, f"answer to {message!r}")


if __name__ == "__main__":
    checks.main()
