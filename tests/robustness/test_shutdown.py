"""Shutting down while messages flow: the server's terminate(), WEB STOP SERVER, QUIT 4D and SIGTERM. A client
streams messages and counts the echoes; when the server closes (1001), nothing may be lost:
  - every send() that returned without error reaches the client before the close frame (client's echo count =
    what 4D logged as sent);
  - every message the client sent before it answered the close reaches onMessage before onTerminate (4D's
    received count = the client's sent count);
  - each connection's onTerminate comes before the server's onTerminate, and the host (for QUIT 4D and SIGTERM)
    exits with status 0."""

import signal
import threading
import time

import harness
import wsraw
from harness import new_tag
from wsraw import OP_CLOSE, OP_TEXT, RawClient, close_payload

MODES = ("terminate", "web-stop", "quit", "sigterm")
STREAMS = 3
WINDOW = 500  # messages a stream may have unacknowledged: the client paces itself on the echoes


class Stream:
    """A client that writes messages as fast as the socket takes them until it sees the server's close frame,
    then answers the close; it counts what it sent and the echoes it read before the close frame."""

    def __init__(self, host):
        self.tag = new_tag("stream")
        self.client = RawClient(host.port, f"/echo?tag={self.tag}", timeout=15).__enter__()
        self.sent = 0
        self.echoes = 0
        self.close_code = None
        self.error = None
        self._closing = threading.Lock()
        self._stop = False
        self._writer = threading.Thread(target=self._write, daemon=True)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._writer.start()
        self._reader.start()

    def _write(self):
        try:
            while True:
                with self._closing:
                    if self._stop:
                        return
                    if self.sent - self.echoes < WINDOW:
                        self.client.send_text(f"m{self.sent}")
                        self.sent += 1
                        continue
                time.sleep(0.001)
        except OSError as error:
            self.error = self.error or f"write: {error}"

    def _read(self):
        try:
            while True:
                opcode, payload, _ = self.client.read_frame(timeout=15)
                if opcode == OP_CLOSE:
                    self.close_code = int.from_bytes(payload[:2], "big") if len(payload) >= 2 else 1005
                    with self._closing:
                        self._stop = True
                        self.client.send(OP_CLOSE, close_payload(self.close_code))
                    return
                if opcode != OP_TEXT or payload != f"m{self.echoes}".encode():
                    raise AssertionError(f"echo {self.echoes} was {payload[:20]!r}")
                self.echoes += 1
        except (AssertionError, OSError) as error:
            self.error = self.error or f"read: {error}"
            with self._closing:
                self._stop = True

    def finish(self, timeout=20):
        self._reader.join(timeout)
        self._writer.join(timeout)
        closed = self.client.server_closes_tcp(5) if self.error is None else True
        self.client.abort()
        return closed


def body(host, tally, mode):
    streams = []
    try:
        tally.case("streams start and echo", lambda: start_streams(host, streams))
        trigger_tag = new_tag("trigger")
        if mode == "sigterm":
            host.signal(signal.SIGTERM)
        else:
            command = {"terminate": "!stop-server", "web-stop": "!web-stop", "quit": "!quit"}[mode]
            trigger = RawClient(host.port, f"/echo?tag={trigger_tag}").__enter__()
            trigger.send_text(command)
        for stream in streams:
            tally.case(f"{mode}: stream {stream.tag} loses nothing", lambda s=stream: stream_intact(host, s))
        tally.case(f"{mode}: the server's onTerminate comes after its connections'",
                   lambda: server_terminates_last(host, streams))
        if mode in ("quit", "sigterm"):
            tally.case(f"{mode}: the host exits with status 0", lambda: exits_cleanly(host))
        elif mode == "terminate":
            tally.case("terminate: the other servers still serve", lambda: host.still_serves("/small"))
        else:
            tally.case("web-stop: the web server no longer accepts connections", lambda: refuses_connections(host))
    finally:
        for stream in streams:
            stream.client.abort()


def start_streams(host, streams):
    for _ in range(STREAMS):
        streams.append(Stream(host))
    deadline = time.monotonic() + 10
    while min(stream.echoes for stream in streams) < 200 and time.monotonic() < deadline:
        assert all(stream.error is None for stream in streams), [s.error for s in streams if s.error]
        time.sleep(0.05)
    assert min(stream.echoes for stream in streams) >= 200, "the streams did not get going"
    return True


def stream_intact(host, stream):
    closed = stream.finish()
    assert stream.error is None, stream.error
    assert stream.close_code == 1001, f"close code {stream.close_code}, expected 1001"
    fields = host.event("terminate", stream.tag, timeout=15)
    print(f"  {stream.tag}: client sent {stream.sent}, read {stream.echoes} echoes before close 1001; "
          f"4D received {fields['received']}, sent {fields['sent']}, onTerminate {fields['code']}", flush=True)
    assert int(fields["sent"]) == stream.echoes, \
        f"4D's send() succeeded {fields['sent']} times, the client got {stream.echoes} before the close frame"
    assert int(fields["received"]) == stream.sent, \
        f"4D's onMessage ran {fields['received']} times, the client sent {stream.sent} before answering the close"
    assert fields["code"] in {"1001", "1006"} or closed, f"onTerminate code {fields['code']}"
    assert closed, "the server did not close TCP after the close handshake"
    return True


def server_terminates_last(host, streams):
    host.wait_for_line(r"^server-terminate path=/echo ", 15)
    with host._new_line:
        lines = list(host.lines)
    server_index = next(i for i, line in enumerate(lines) if line.startswith("server-terminate path=/echo "))
    for stream in streams:
        index = next(i for i, line in enumerate(lines) if line.startswith(f"terminate tag={stream.tag} "))
        assert index < server_index, f"{stream.tag}'s onTerminate came after the server's"
    return True


def exits_cleanly(host):
    code = host.wait_exit(15)
    assert code == 0, f"exit status {code}"
    return True


def refuses_connections(host):
    time.sleep(0.5)
    try:
        wsraw.http_exchange(host.port, wsraw.upgrade_request("/small", host.port), timeout=2)
    except OSError:
        return True
    raise AssertionError("the port still answers after WEB STOP SERVER")


if __name__ == "__main__":
    harness.main("shutdown", body, MODES)
