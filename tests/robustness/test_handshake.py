"""Upgrade requests no browser sends: malformed request lines, missing, duplicated and oversized headers, wrong
versions and keys, other methods, unknown paths, and requests that never finish or trickle in. Each must get the
HTTP answer RFC 6455 / RFC 9110 call for (or, for bytes that are not HTTP at all, a closed connection), within a
bounded time, while the host keeps serving."""

import select
import socket
import threading
import time

import harness
from wsraw import http_exchange, upgrade_request

REQUEST_TIMEOUT = 10  # the web server's request timeout and deadline (kRequestTimeout in web_server.cpp)
DEADLINE_TICK = 1  # how often the deadline is checked (kTick in request_deadlines.cpp)
NOT_HTTP = {0, 400}  # bytes that are not a request: a 400, or the server just closes


def answered(host, request, expected, check=None):
    """Sends raw request bytes; the status must be in `expected` (0 = closed without an answer)."""
    def run():
        status, headers, _ = http_exchange(host.port, request)
        assert status in expected, f"status {status}, expected one of {sorted(expected)}"
        if check:
            check(status, headers)
        assert host.exit_code() is None, "the host died"
        return True
    return run


def version_check(status, headers):
    if status == 426:
        assert headers.get("sec-websocket-version") == "13", \
            f"426 without Sec-WebSocket-Version: 13 (got {headers.get('sec-websocket-version')!r})"


def never_finishes(host, partial):
    """A request that stops half way is closed by the server's request timeout; meanwhile others are served."""
    def run():
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", host.port)) as sock:
            sock.sendall(partial)
            host.still_serves()
            sock.settimeout(REQUEST_TIMEOUT + 5)
            try:
                while sock.recv(4096):
                    pass
            except TimeoutError:
                raise AssertionError(f"still open after {REQUEST_TIMEOUT + 5} s") from None
            except ConnectionResetError:
                pass
        elapsed = time.monotonic() - started
        print(f"  closed by the server after {elapsed:.1f} s", flush=True)
        assert elapsed >= REQUEST_TIMEOUT - 1, f"closed after {elapsed:.1f} s, before the request timeout"
        return True
    return run


class Trickle:
    """A valid upgrade request sent one byte a second (slowloris): each byte comes well within the time allowed
    between bytes, so only the deadline on the whole request ends it. Starts at once and runs alongside other
    cases, so that it costs the test no time of its own."""

    LIMIT = REQUEST_TIMEOUT + DEADLINE_TICK + 1  # the deadline, one tick, and slack for a busy machine

    def __init__(self, port):
        self.port = port
        # (seconds until the server closed, or None when it did not; what it answered), or the client's OSError
        self.outcome = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        try:
            self.outcome = self._trickle()
        except OSError as error:
            self.outcome = error

    def _trickle(self):
        request = upgrade_request("/echo", self.port)
        started = time.monotonic()
        answer = b""
        with socket.create_connection(("127.0.0.1", self.port)) as sock:
            sock.settimeout(self.LIMIT)
            for byte in request:
                if time.monotonic() - started > self.LIMIT + 2:
                    return None, answer
                try:
                    sock.sendall(bytes([byte]))
                except (BrokenPipeError, ConnectionResetError):
                    break
                if select.select([sock], [], [], 1.0)[0]:
                    try:
                        while chunk := sock.recv(4096):
                            answer += chunk
                    except (ConnectionResetError, TimeoutError):
                        pass
                    break
        return time.monotonic() - started, answer

    def bystander_served(self, host):
        def run():
            host.still_serves()
            assert self.thread.is_alive(), f"the trickling client was done before the bystander: {self.outcome}"
            return True
        return run

    def closed_by_deadline(self):
        self.thread.join(self.LIMIT + 5)
        assert self.outcome is not None, "the trickling client did not finish"
        if isinstance(self.outcome, OSError):
            raise self.outcome
        elapsed, answer = self.outcome
        assert elapsed is not None, f"still open after {self.LIMIT + 2} s of trickling"
        print(f"  trickling client closed by the server after {elapsed:.1f} s, having had {answer[:40]!r}",
              flush=True)
        assert not answer.startswith(b"HTTP/1.1 101"), "the trickled upgrade was accepted"
        assert REQUEST_TIMEOUT - 1 <= elapsed <= self.LIMIT, \
            f"closed after {elapsed:.1f} s, expected within {REQUEST_TIMEOUT}-{self.LIMIT} s"
        return True


def stalled_crowd(host, count):
    """`count` stalled requests: a valid client still gets its 101, at the
    latest once the request timeout frees a thread. Prints how long it waited."""
    def run():
        socks = []
        try:
            for _ in range(count):
                sock = socket.create_connection(("127.0.0.1", host.port))
                sock.sendall(b"GET /echo HTTP/1.1\r\nHost: x\r\n")
                socks.append(sock)
            time.sleep(0.2)
            started = time.monotonic()
            errors = []

            def serve():
                try:
                    host.still_serves(timeout=REQUEST_TIMEOUT + 5)
                except (AssertionError, OSError) as error:
                    errors.append(error)
            probe = threading.Thread(target=serve)
            probe.start()
            probe.join(REQUEST_TIMEOUT + 10)
            waited = time.monotonic() - started
            print(f"  a valid client waited {waited:.1f} s behind {count} stalled requests", flush=True)
            assert not probe.is_alive(), f"a valid client was not served within {REQUEST_TIMEOUT + 10} s"
            assert not errors, f"the valid client failed: {errors[0]}"
        finally:
            for sock in socks:
                sock.close()
        return True
    return run


def body(host, tally):
    port = host.port
    trickle = Trickle(port)
    tally.case("handshake: a valid client is served while another trickles its request",
               trickle.bystander_served(host))
    up = lambda **kw: upgrade_request("/echo", port, **kw)  # noqa: E731
    key_b = "AAAAAAAAAAAAAAAAAAAAAA=="
    cases = [
        ("request line: garbage", b"GARBAGE\r\n\r\n", NOT_HTTP),
        ("request line: binary bytes", bytes(range(1, 64)) + b"\r\n\r\n", NOT_HTTP),
        ("request line: method only", b"GET\r\n\r\n", NOT_HTTP),
        ("request line: no version (HTTP/0.9)", b"GET /echo\r\n\r\n", NOT_HTTP),
        ("request line: unknown protocol", b"GET /echo FOO/1.1\r\nHost: x\r\n\r\n", NOT_HTTP),
        ("request line: three spaces", b"GET  /echo  HTTP/1.1\r\nHost: x\r\n\r\n", NOT_HTTP | {404}),
        ("request line: 10 KB method", b"G" * 10000 + b" /echo HTTP/1.1\r\n\r\n", NOT_HTTP | {405, 501}),
        # Poco skips a header line without a colon; the request (no Upgrade) then is a plain GET: 404.
        ("header without a colon", b"GET /echo HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n", NOT_HTTP | {404}),
        ("request line with four parts", b"GET /ech o HTTP/1.1\r\nHost: x\r\n\r\n", NOT_HTTP),
        ("HTTP/1.0 upgrade", up().replace(b"HTTP/1.1", b"HTTP/1.0", 1), {400}),
        ("missing Host", up(omit=("Host",)), {400}),
        ("missing Connection", up(omit=("Connection",)), {400}),
        ("Connection: keep-alive only", up(omit=("Connection",), extra=("Connection: keep-alive",)), {400}),
        ("Upgrade: h2c instead of websocket", up(omit=("Upgrade",), extra=("Upgrade: h2c",)), {400, 404}),
        ("missing Sec-WebSocket-Key", up(omit=("Sec-WebSocket-Key",)), {400}),
        ("missing Sec-WebSocket-Version", up(omit=("Sec-WebSocket-Version",)), {400, 426}),
        ("two different Sec-WebSocket-Key", up(extra=(f"Sec-WebSocket-Key: {key_b}",)), {400}),
        ("two Sec-WebSocket-Version (13, 8)", up(extra=("Sec-WebSocket-Version: 8",)), {400, 426}),
        ("two Host headers", up(extra=("Host: other.example",)), {400}),
        ("key too short", up(key="dG9vIHNob3J0"), {400}),
        ("key not base64", up(key="!!!!!!!!!!!!!!!!!!!!!!=="), {400}),
        ("key of 17 bytes", up(key="AAAAAAAAAAAAAAAAAAAAAAA="), {400}),
        ("empty key", up(key=""), {400}),
        ("key of 1 KB", up(key="A" * 1024), {400}),
        ("Content-Length body on an upgrade", up(extra=("Content-Length: 5",)) + b"hello", {101, 400}),
        ("header value of 100 KB", up(extra=("X-Big: " + "b" * 100_000,)), {0, 400, 431}),
        ("header name of 10 KB", up(extra=("X" * 10_000 + ": v",)), {0, 400, 431}),
        ("3000 header lines", up(extra=tuple(f"X-H{i}: v" for i in range(3000))), {0, 400, 431}),
        ("URL of 100 KB", upgrade_request("/echo?" + "q" * 100_000, port), {0, 400, 414}),
        ("URL of 100 KB (plain GET)", b"GET /" + b"u" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", {0, 400, 414}),
        ("unknown path", upgrade_request("/nope", port), {404}),
        ("path with a trailing slash", upgrade_request("/echo/", port), {404}),
        ("path with an encoded NUL", upgrade_request("/echo%00", port), {400, 404}),
        ("URL that is not a URI", upgrade_request("/echo%zz", port), {400, 404}),
        ("absolute-form URL to another host", upgrade_request("http://evil.example/nope", port), {400, 404}),
    ]
    for version in ("8", "12", "14", "abc", "13, 8"):
        cases.append((f"Sec-WebSocket-Version {version!r}", up(version=version), {426}))
    for method in ("POST", "PUT", "DELETE", "OPTIONS", "PATCH", "CONNECT", "TRACE", "BREW"):
        cases.append((f"{method} with upgrade headers", up(method=method), {400, 405}))
    for label, request, expected in cases:
        check = version_check if "Version" in label else None
        tally.case(f"handshake: {label} → {'/'.join(map(str, sorted(expected)))}",
                   answered(host, request, expected, check))

    tally.case("handshake: request that stops inside the headers is closed by the request timeout",
               never_finishes(host, b"GET /echo HTTP/1.1\r\nHost: x\r\nUpgrade: web"))
    tally.case("handshake: request line without its end is closed by the request timeout",
               never_finishes(host, b"GET /echo HTT"))
    tally.case("handshake: 40 stalled requests do not lock out a valid client for good", stalled_crowd(host, 40))
    tally.case("handshake: a request trickled one byte a second is closed by the request deadline",
               trickle.closed_by_deadline)
    tally.case("host still serves a new client after every bad handshake", host.still_serves)


if __name__ == "__main__":
    harness.main("handshake", body)
