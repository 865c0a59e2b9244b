"""4D.WebSocket, the client, as 4D documents it (developer.4d.com, API/WebSocketClass): new() returns at once with
status "Connecting"; the connectionHandler's onOpen, onMessage (data per dataType), onError and onTerminate run as
($ws; $event) on the process that created the client, onOpen once, onMessage any number of times, onError at most
once, onTerminate exactly once and nothing after; headers (Cookie included) go with the upgrade request; send()
takes Text, Blob and Object; terminate(code; reason) closes with them. Plus this plugin's own protocols and
connectTimeout.

Each case writes the onStartup of a copy of tests/integration/projects/client (its ClientLog handler prints one
line per callback) and runs a host on it, which must end by itself once its client has closed: an open client keeps
the host up, a closed one lets it go, so a hang fails the case at its deadline. The peers are servers this project
did not write (Python's websockets, Node's ws), this project's own server in the same host, and raw servers that
misbehave one way each."""

import argparse
import asyncio
import base64
import hashlib
import json
import os
import queue
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time

import websockets

from certificates import full_stacks_under_asan, write_certificate
from host_process import HostProcess, free_port

HOST_DEADLINE = 30.0  # seconds a case's host may run


class Peers:
    """Every server the cases talk to, on one asyncio loop in a thread: Python's websockets and the raw ones."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.seen = {}  # what the servers observed, by case
        self.ready = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()
        if not self.ready.wait(10):
            raise RuntimeError("the peers did not start")

    def _run(self):
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._start())
        self.ready.set()
        self.loop.run_forever()

    async def _start(self):
        self.websockets_server = await websockets.serve(
            self._websockets_handler, "127.0.0.1", 0, subprotocols=["chat.v2", "chat.v1"], max_size=None)
        self.websockets_port = self.websockets_server.sockets[0].getsockname()[1]
        self.raw_server = await asyncio.start_server(self._raw_handler, "127.0.0.1", 0)
        self.raw_port = self.raw_server.sockets[0].getsockname()[1]

    async def _websockets_handler(self, ws, path):
        if path == "/headers":
            await ws.send(json.dumps({"cookie": ws.request_headers.get("Cookie"),
                                      "token": ws.request_headers.get("X-Token"),
                                      "repeated": ws.request_headers.get_all("X-Repeated"),
                                      "protocol": ws.subprotocol}))
        if path == "/ticker":
            try:
                while True:
                    await ws.send("tick")
                    await asyncio.sleep(0.05)
            except websockets.ConnectionClosed:
                self.seen[path] = (ws.close_code, ws.close_reason)
            return
        if path == "/close4001":
            await ws.recv()
            await ws.close(4001, "enough")
            return
        try:
            async for message in ws:
                await ws.send(message)
        except websockets.ConnectionClosed:
            pass
        self.seen[path] = (ws.close_code, ws.close_reason)

    async def _raw_handler(self, reader, writer):
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        except (asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError):
            writer.close()
            return
        lines = head.decode("latin-1").split("\r\n")
        path = lines[0].split(" ")[1]
        key = next(line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("sec-websocket-key:"))
        accept = base64.b64encode(hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest())
        upgrade = (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
        try:
            await getattr(self, "_raw_" + path.strip("/"))(reader, writer, upgrade)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.TimeoutError):
            pass
        writer.close()

    async def _raw_silent(self, reader, writer, upgrade):
        await asyncio.wait_for(reader.read(), 20)

    async def _raw_notfound(self, reader, writer, upgrade):
        writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        await asyncio.wait_for(reader.read(), 10)

    async def _raw_badaccept(self, reader, writer, upgrade):
        writer.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     b"Sec-WebSocket-Accept: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
        await writer.drain()
        await asyncio.wait_for(reader.read(), 10)

    async def _raw_masked(self, reader, writer, upgrade):
        writer.write(upgrade + bytes([0x81, 0x82, 1, 2, 3, 4, ord("h") ^ 1, ord("i") ^ 2]))
        await self._close_exchange("masked", reader, writer)

    async def _raw_badutf8(self, reader, writer, upgrade):
        writer.write(upgrade + bytes([0x81, 0x03]) + b"a\xff\xfe")
        await self._close_exchange("badutf8", reader, writer)

    async def _raw_nocode(self, reader, writer, upgrade):
        writer.write(upgrade + bytes([0x81, 0x02]) + b"hi" + bytes([0x88, 0x00]))
        await self._close_exchange("nocode", reader, writer)

    async def _raw_vanish(self, reader, writer, upgrade):
        """Goes without a close frame: a FIN after a message."""
        writer.write(upgrade + bytes([0x81, 0x02]) + b"hi")
        await writer.drain()

    async def _raw_reset(self, reader, writer, upgrade):
        """A reset in the middle of a message: a first fragment, half of the second, then RST."""
        writer.write(upgrade + bytes([0x01, 0x03]) + b"abc" + bytes([0x80, 0x0A]) + b"defg")
        await writer.drain()
        await asyncio.sleep(0.2)
        writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    async def _raw_fragments(self, reader, writer, upgrade):
        """A fragmented text with a ping between its fragments; then reads the client's three messages and its pong,
        and answers whether every frame came masked, each with its own key."""
        writer.write(upgrade + bytes([0x01, 0x05]) + b"Hello" + bytes([0x89, 0x02]) + b"p1" +
                     bytes([0x80, 0x07]) + b", world")
        await writer.drain()
        frames = []
        while len(frames) < 4:
            first, second = await asyncio.wait_for(reader.readexactly(2), 10)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack("!H", await reader.readexactly(2))[0]
            key = await reader.readexactly(4) if second & 0x80 else None
            payload = bytearray(await reader.readexactly(length))
            if key:
                payload = bytes(b ^ key[i % 4] for i, b in enumerate(payload))
            frames.append((first & 0x0F, key, bytes(payload)))
        keys = [key for _, key, _ in frames]
        masked = all(keys) and len(set(keys)) == len(keys)
        pong = any(opcode == 0xA and payload == b"p1" for opcode, _, payload in frames)
        report = f"masked {masked}, pong {pong}".encode()
        writer.write(bytes([0x81, len(report)]) + report + bytes([0x88, 0x02, 0x03, 0xE8]))
        await self._close_exchange("fragments", reader, writer)

    async def _close_exchange(self, case, reader, writer):
        """Reads until the client's close frame, records its code, and closes the TCP connection after it."""
        await writer.drain()
        data = b""
        while True:
            chunk = await asyncio.wait_for(reader.read(4096), 10)
            if not chunk:
                break
            data += chunk
            code = _client_close_code(data)
            if code is not None:
                self.seen[case] = code
                break

    def stop(self):
        async def close():
            self.websockets_server.close()
            self.raw_server.close()
        asyncio.run_coroutine_threadsafe(close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)


# 4D code that waits (20 s at most) until a ClientLog's onOpen has run, in whatever process.
WAIT_FOR_OPEN = ('var $start : Integer\n$start:=Milliseconds\n'
                 'While ((Storage.opened=Null) & ((Milliseconds-$start)<20000))\n'
                 '\tDELAY PROCESS(Current process; 1)\nEnd while\n')


def _client_close_code(data):
    """The code of the first close frame among the client's (masked) frames, or None when there is none yet."""
    offset = 0
    while offset + 2 <= len(data):
        first, second = data[offset], data[offset + 1]
        length, offset = second & 0x7F, offset + 2
        if length == 126:
            length, offset = struct.unpack("!H", data[offset:offset + 2])[0], offset + 2
        key, offset = data[offset:offset + 4], offset + 4
        payload = bytes(b ^ key[i % 4] for i, b in enumerate(data[offset:offset + length]))
        if len(payload) < length:
            return None
        offset += length
        if first & 0x0F == 0x8:
            return struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
    return None


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Case:
    def __init__(self, host, template):
        self.host = host
        self.template = template

    def run(self, startup, environment=None):
        """Runs a copy of the client project with this onStartup; the host's stdout lines once it ended."""
        base = tempfile.mkdtemp(prefix="client-test-")
        try:
            project = os.path.join(base, "project")
            shutil.copytree(self.template, project)
            with open(os.path.join(project, "Project", "Sources", "DatabaseMethods", "onStartup.4dm"), "w") as out:
                out.write(startup.strip() + "\n")
            env = dict(os.environ, FOURD_HTTP_PORT=str(free_port()), **(environment or {}))
            started = time.monotonic()
            result = subprocess.run([self.host, project], env=env, stdin=subprocess.DEVNULL, capture_output=True,
                                    text=True, timeout=HOST_DEADLINE)
            self.elapsed = time.monotonic() - started
            if result.returncode != 0:
                raise AssertionError(f"the host exited with {result.returncode}: {result.stderr.strip()}")
            return result.stdout.splitlines()
        finally:
            shutil.rmtree(base, ignore_errors=True)

    def client(self, url, options, extra=""):
        """A client of `url` whose ClientLog has `options` (a 4D object literal)."""
        return self.run(f"var $ws : 4D.WebSocket\n$ws:=4D.WebSocket.new({quoted(url)}; cs.ClientLog.new({options}))\n"
                        f'ALERT("created "+$ws.status)\n{extra}')


def expect_lines(lines, expected):
    if lines != expected:
        raise AssertionError("expected:\n  " + "\n  ".join(expected) + "\ngot:\n  " + "\n  ".join(lines))


def expect_failure(lines, error_start):
    """created, maybe open, one error starting so, one terminate with 1006 or a protocol code, nothing after."""
    errors = [line for line in lines if line.startswith("error ")]
    terminates = [line for line in lines if line.startswith("terminate ")]
    if len(errors) != 1 or not errors[0].startswith(error_start):
        raise AssertionError(f"expected one error starting {error_start!r}: {lines}")
    if len(terminates) != 1 or lines[-1] != terminates[0] or lines.index(errors[0]) > lines.index(terminates[0]):
        raise AssertionError(f"expected onError, then onTerminate last: {lines}")
    if not lines[-1].endswith("Closed"):
        raise AssertionError(f"status after the close: {lines[-1]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", required=True)
    parser.add_argument("--project", required=True, help="tests/integration/projects/client")
    parser.add_argument("--node", help="node, for the Node ws peer")
    parser.add_argument("--echo-project", help="examples/echo, run by a second host for the server-to-server case")
    args = parser.parse_args()
    # Every client masks its frames with OpenSSL's generator, whose per-thread state tests/lsan.supp names.
    full_stacks_under_asan()
    peers = Peers()
    case = Case(args.host, args.project)
    py = f"ws://127.0.0.1:{peers.websockets_port}"
    raw = f"ws://127.0.0.1:{peers.raw_port}"
    checks = []

    def check(function):
        checks.append(function)
        return function

    @check
    def echo_with_python_websockets():
        lines = case.client(py + "/echo", 'New object("sends"; New collection("hello"; New object("a"; 1)); '
                            '"blobs"; New collection("bytes"); "terminateAfter"; 3)')
        expect_lines(lines, ["created Connecting", "open Connected [] in Main process", "message text hello",
                             'message text {"a":1}', "message blob bytes", "terminating Closing",
                             "terminate 1000 [] Closed"])
        if peers.seen.get("/echo") != (1000, ""):
            raise AssertionError(f"the server saw the close as {peers.seen.get('/echo')}")

    @check
    def data_types_blob_and_object():
        lines = case.client(py + "/echo", 'New object("dataType"; "blob"; "sends"; New collection("text"); '
                            '"terminateAfter"; 1)')
        expect_lines(lines[2:4], ["message blob text", "terminating Closing"])
        lines = case.client(py + "/echo", 'New object("dataType"; "object"; "sends"; New collection('
                            'New object("n"; 2; "list"; New collection(1; "two"))); "terminateAfter"; 1)')
        expect_lines(lines[2:4], ['message object {"n":2,"list":[1,"two"]}', "terminating Closing"])

    @check
    def object_data_type_refuses_text_that_is_not_json():
        lines = case.client(py + "/echo", 'New object("dataType"; "object"; "sends"; New collection("not json"))')
        expect_failure(lines, "error 5 the message received is not valid JSON")

    @check
    def a_handler_that_raises_ends_the_client():
        # 4D: onError "stops the processing": the error goes to onError, and the client closes (1011).
        lines = case.client(py + "/echo", 'New object("sends"; New collection("a"; "b"); "raiseOnMessage"; True)')
        expect_failure(lines, "error 4242 the handler failed")
        expect_lines(lines, ["created Connecting", "open Connected [] in Main process", "raising on a",
                             "error 4242 the handler failed", "terminate 1011 [] Closed"])

    @check
    def large_messages_both_ways():
        lines = case.client(py + "/echo", 'New object("bigText"; 3000000; "terminateAfter"; 1)')
        expect_lines(lines[2:], ["message text of 3000000 characters", "terminating Closing",
                                 "terminate 1000 [] Closed"])

    @check
    def close_codes_both_ways():
        lines = case.client(py + "/close4001", 'New object("sends"; New collection("go"))')
        expect_lines(lines, ["created Connecting", "open Connected [] in Main process",
                             "terminate 4001 [enough] Closed"])
        lines = case.client(py + "/code", 'New object("sends"; New collection("x"); "terminateAfter"; 1; '
                            '"terminateCode"; 4002; "terminateReason"; "bye now")')
        expect_lines(lines[-2:], ["terminating Closing", "terminate 4002 [bye now] Closed"])
        if peers.seen.get("/code") != (4002, "bye now"):
            raise AssertionError(f"the server saw the close as {peers.seen.get('/code')}")

    @check
    def headers_cookie_and_subprotocols():
        lines = case.client(py + "/headers", 'New object("headers"; New object("Cookie"; "a=1; b=2"; "X-Token"; '
                            '"t0k"; "X-Repeated"; New collection("one"; "two")); "protocols"; '
                            'New collection("chat.v3"; "chat.v1"); "terminateAfter"; 1)')
        expect_lines(lines[1:3], ["open Connected [chat.v1] in Main process",
                                  'message text {"cookie": "a=1; b=2", "token": "t0k", "repeated": ["one", "two"], '
                                  '"protocol": "chat.v1"}'])

    @check
    def callbacks_on_the_creating_worker():
        lines = case.run(f'CALL WORKER("feed"; Formula(ws:=4D.WebSocket.new({quoted(py + "/echo")}; '
                         'cs.ClientLog.new(New object("sends"; New collection("w"); "terminateAfter"; 1)))))')
        expect_lines(lines, ["open Connected [] in feed", "message text w", "terminating Closing",
                             "terminate 1000 [] Closed"])

    @check
    def a_killed_worker_closes_its_client():
        # 4D: "The WebSocket will be valid as long as the form or worker is not closed." No callback can run on a
        # killed worker: the client closes (1001) unseen, and the host ends.
        lines = case.run(f'CALL WORKER("w"; Formula(ws:=4D.WebSocket.new({quoted(py + "/ticker")}; '
                         'cs.ClientLog.new())))\n' + WAIT_FOR_OPEN + 'KILL WORKER("w")\nALERT("killed")')
        # KILL WORKER lets the worker "terminate its execution as soon as the current task ends" (its 4D page): a
        # callback already running when the main process printed "killed" may still print once, no other after.
        killed = lines.index("killed") if "killed" in lines else -1
        if (lines[0] != "open Connected [] in w" or killed < 0 or len(lines) - killed > 2
                or "terminate" in " ".join(lines)):
            raise AssertionError(f"callbacks of a killed worker's client: {lines}")
        for _ in range(50):
            if "/ticker" in peers.seen:
                break
            time.sleep(0.1)
        if peers.seen.get("/ticker") != (1001, "going away"):
            raise AssertionError(f"the server saw the close as {peers.seen.get('/ticker')}")

    @check
    def a_killed_workers_idle_client_closes_at_once():
        # The same 4D rule for a client that hears nothing: the host tells the plugin its worker ended, so the
        # client closes (1001) without waiting for an event that never comes, and no longer keeps the host up.
        lines = case.run(f'CALL WORKER("w"; Formula(ws:=4D.WebSocket.new({quoted(py + "/idle")}; '
                         'cs.ClientLog.new())))\n' + WAIT_FOR_OPEN + 'KILL WORKER("w")\nALERT("killed")')
        expect_lines(lines, ["open Connected [] in w", "killed"])
        for _ in range(50):
            if "/idle" in peers.seen:
                break
            time.sleep(0.1)
        if peers.seen.get("/idle") != (1001, "going away"):
            raise AssertionError(f"the server saw the close as {peers.seen.get('/idle')}")

    @check
    def members_as_documented():
        lines = case.run(f"""
var $ws : 4D.WebSocket
var $handler : Object
$handler:=cs.ClientLog.new(New object("dataType"; "blob"))
$ws:=4D.WebSocket.new({quoted(raw + "/silent")}; $handler)
ALERT($ws.status+" "+$ws.url+" "+$ws.dataType+" "+String($ws.handler=$handler)+" "+String($ws.id>0))
$ws.terminate()
ALERT("after terminate: "+$ws.status)
Try
\t$ws.send("late")
Catch
\tALERT("send while closing: "+Last errors[0].message)
End try
""")
        expect_lines(lines, [f"Connecting {raw}/silent blob True True", "after terminate: Closing",
                             "send while closing: WebSocket.send(): the connection is Closing, not Connected",
                             "terminate 1006 [terminated before the connection opened] Closed"])

    @check
    def bad_urls_and_codes_raise_errors():
        lines = case.run("""
var $ws : 4D.WebSocket
Try
\t$ws:=4D.WebSocket.new("http://127.0.0.1/")
Catch
\tALERT("http: "+Last errors[0].message)
End try
Try
\t$ws:=4D.WebSocket.new("ws://")
Catch
\tALERT("no host: "+String(Last errors[0].errCode))
End try
""")
        expect_lines(lines, ['http: 4D.WebSocket.new(): "http://127.0.0.1/" is not a ws:// or wss:// URL',
                             "no host: 2"])

    @check
    def fragments_pings_and_fresh_masks():
        lines = case.client(raw + "/fragments", 'New object("sends"; New collection("a"; "b"; "c"))')
        expect_lines(lines, ["created Connecting", "open Connected [] in Main process",
                             "message text Hello, world", "message text masked True, pong True",
                             "terminate 1000 [] Closed"])

    @check
    def close_without_code():
        # A close frame without a status code is a clean close (RFC 6455 §7.1.5: the code then reads 1005, "No
        # Status Rcvd"); 4D's onError is for errors (docs/API/WebSocketClass.md) and its terminate() page names
        # 1001-1015 as the standard codes onTerminate reports. So: onTerminate with 1005, no onError, as browsers,
        # Node's ws and Python's websockets report it. A server gone without any close frame is an error: see
        # server_gone_without_close_frame.
        lines = case.client(raw + "/nocode", "New object")
        expect_lines(lines, ["created Connecting", "open Connected [] in Main process", "message text hi",
                             "terminate 1005 [] Closed"])

    @check
    def no_answer_times_out():
        lines = case.client(raw + "/silent", 'New object("connectTimeout"; 1)')
        expect_failure(lines, "error 9 the server did not answer the upgrade within 1 s")
        if case.elapsed > 5:
            raise AssertionError(f"the 1-second timeout took {case.elapsed:.1f} s")

    @check
    def non_101_answer():
        expect_failure(case.client(raw + "/notfound", "New object"),
                       "error 9 the server answered 404 Not Found instead of 101 Switching Protocols")

    @check
    def wrong_accept_key():
        expect_failure(case.client(raw + "/badaccept", "New object"),
                       "error 9 the server's Sec-WebSocket-Accept does not match the key sent")

    @check
    def masked_server_frame():
        lines = case.client(raw + "/masked", "New object")
        expect_failure(lines, "error 6 server frame masked")
        expect_lines(lines[-1:], ["terminate 1002 [server frame masked] Closed"])
        if peers.seen.get("masked") != 1002:
            raise AssertionError(f"the server got close code {peers.seen.get('masked')}")

    @check
    def invalid_utf8():
        lines = case.client(raw + "/badutf8", "New object")
        expect_failure(lines, "error 6 text message is not valid UTF-8")
        if peers.seen.get("badutf8") != 1007:
            raise AssertionError(f"the server got close code {peers.seen.get('badutf8')}")

    @check
    def server_gone_without_close_frame():
        lines = case.client(raw + "/vanish", "New object")
        expect_lines(lines[:3], ["created Connecting", "open Connected [] in Main process", "message text hi"])
        expect_failure(lines, "error 9 the connection closed abnormally (1006)")

    @check
    def reset_mid_message():
        lines = case.client(raw + "/reset", "New object")
        expect_failure(lines, "error 9 the connection closed abnormally (1006)")
        if any(line.startswith("message") for line in lines):
            raise AssertionError(f"half a message was delivered: {lines}")

    @check
    def unresolvable_name():
        expect_failure(case.client("ws://no-such-host.invalid/", 'New object("connectTimeout"; 5)'),
                       'error 9 the host name "no-such-host.invalid"')

    @check
    def refused_connection():
        expect_failure(case.client(f"ws://127.0.0.1:{free_port()}/", "New object"), "error 9 cannot connect to")

    @check
    def echo_with_this_projects_server_in_the_same_host():
        lines = case.run("""
WEB START SERVER
var $wss : 4D.WebSocketServer
$wss:=4D.WebSocketServer.new(cs.EchoServer.new(); New object("path"; "/echo"))
var $ws : 4D.WebSocket
$ws:=4D.WebSocket.new("ws://127.0.0.1:"+String(WEB Server.HTTPPort)+"/echo"; cs.ClientLog.new(New object(\
"sends"; New collection("one"; "two"); "blobs"; New collection("three"); "terminateAfter"; 3; "terminateCode"; 4000; \
"terminateReason"; "done"; "stopWebServer"; True)))
""")
        # The server answers the close with the client's code and no reason (RFC 6455 §5.5.1 lets it): onTerminate
        # tells what the server said; the server's own onTerminate got the client's reason.
        expect_lines(lines, ["open Connected [] in Main process", "message text one", "message text two",
                             "message blob three", "terminating Closing", "server saw 4000 [done]",
                             "terminate 4000 [] Closed"])

    def wss_startup(certificates, options):
        return f"""
var $result : Object
$result:=WEB Server.start(New object("HTTPSEnabled"; True; "HTTPSPort"; 0; "HTTPEnabled"; False; \
"certificateFolder"; {quoted(certificates)}))
var $wss : 4D.WebSocketServer
$wss:=4D.WebSocketServer.new(cs.EchoServer.new(); New object("path"; "/echo"))
var $ws : 4D.WebSocket
$ws:=4D.WebSocket.new("wss://127.0.0.1:"+String(WEB Server.HTTPSPort)+"/echo"; cs.ClientLog.new({options}))
"""

    @check
    def wss_to_this_projects_https_server():
        with tempfile.TemporaryDirectory() as base:
            certificates = os.path.join(base, "certificates")
            trusted = write_certificate(certificates)
            lines = case.run(wss_startup(certificates, 'New object("sends"; New collection("secret"); "bigText"; '
                                         '100000; "terminateAfter"; 2; "stopWebServer"; True)'),
                             {"SSL_CERT_FILE": trusted})
            expect_lines(lines, ["open Connected [] in Main process", "message text secret",
                                 "message text of 100000 characters", "terminating Closing",
                                 "server saw 1000 []", "terminate 1000 [] Closed"])
            # Not trusting the test CA: the certificate does not verify, and the client says so.
            lines = case.run(wss_startup(certificates, 'New object("stopWebServer"; True)'),
                             {"SSL_CERT_FILE": os.path.join(base, "none.pem")})
            expect_failure(lines, "error 9 the TLS handshake with 127.0.0.1")
            if "certificate" not in lines[0]:
                raise AssertionError(f"the error does not name the certificate: {lines[0]}")

    @check
    def an_open_client_keeps_the_host_up_until_sigterm():
        base = tempfile.mkdtemp(prefix="client-test-")
        project = os.path.join(base, "project")
        shutil.copytree(args.project, project)
        with open(os.path.join(project, "Project", "Sources", "DatabaseMethods", "onStartup.4dm"), "w") as out:
            out.write(f"var $ws : 4D.WebSocket\n$ws:=4D.WebSocket.new({quoted(py + '/stays')}; cs.ClientLog.new())\n")
        host = subprocess.Popen([args.host, project], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
        try:
            expect_lines([host.stdout.readline().strip()], ["open Connected [] in Main process"])
            time.sleep(1)
            if host.poll() is not None:
                raise AssertionError("the host ended while its client was open")
            host.send_signal(signal.SIGTERM)
            rest = host.communicate(timeout=HOST_DEADLINE)[0].splitlines()
            expect_lines(rest, ["terminate 1001 [going away] Closed"])
            if peers.seen.get("/stays") != (1001, "going away"):
                raise AssertionError(f"the server saw the close as {peers.seen.get('/stays')}")
        finally:
            host.kill()
            host.wait(10)
            shutil.rmtree(base, ignore_errors=True)

    if args.echo_project:
        @check
        def server_to_server_across_two_hosts():
            with HostProcess([args.host], args.echo_project, ready_path="/object") as server:
                lines = case.client(f"ws://127.0.0.1:{server.port}/object", 'New object("dataType"; "object"; '
                                    '"sends"; New collection(New object("from"; "host 1")); "terminateAfter"; 1)')
            expect_lines(lines, ["created Connecting", "open Connected [] in Main process",
                                 'message object {"from":"host 1"}', "terminating Closing", "terminate 1000 [] Closed"])

    if args.node:
        @check
        def echo_and_close_codes_with_node_ws():
            # Echoes, closes with 4001 when told to, and prints each close it receives.
            node = subprocess.Popen(
                [args.node, "-e", "const {WebSocketServer} = require('ws');"
                 "const wss = new WebSocketServer({host: '127.0.0.1', port: 0});"
                 "wss.on('listening', () => console.log(wss.address().port));"
                 "wss.on('connection', ws => {"
                 "  ws.on('message', (data, binary) => String(data) === 'close please'"
                 "    ? ws.close(4001, 'enough') : ws.send(data, {binary}));"
                 "  ws.on('close', (code, reason) => console.log(`closed ${code} [${reason}]`));"
                 "});"],
                env=dict(os.environ, NODE_PATH="/usr/share/nodejs"), stdout=subprocess.PIPE, text=True)
            printed = queue.Queue()
            threading.Thread(target=lambda: [printed.put(line.strip()) for line in node.stdout], daemon=True).start()

            def node_says(expected):
                try:
                    expect_lines([printed.get(timeout=HOST_DEADLINE)], [expected])
                except queue.Empty:
                    raise AssertionError(f"Node did not print {expected!r}") from None

            try:
                port = int(printed.get(timeout=HOST_DEADLINE))
                url = f"ws://127.0.0.1:{port}/"
                lines = case.client(url, 'New object("sends"; New collection("hello"); "blobs"; '
                                    'New collection("binary"); "bigText"; 1000000; "terminateAfter"; 3; '
                                    '"terminateCode"; 4002; "terminateReason"; "bye now")')
                expect_lines(lines, ["created Connecting", "open Connected [] in Main process", "message text hello",
                                     "message blob binary", "message text of 1000000 characters",
                                     "terminating Closing", "terminate 4002 [bye now] Closed"])
                node_says("closed 4002 [bye now]")
                lines = case.client(url, 'New object("sends"; New collection("close please"))')
                expect_lines(lines, ["created Connecting", "open Connected [] in Main process",
                                     "terminate 4001 [enough] Closed"])
                # Node reports the close frame that answered its own: the code echoed, as RFC 6455 §5.5.1 says.
                node_says("closed 4001 []")
            finally:
                node.kill()
                node.wait(10)

    passed = failed = 0
    for function in checks:
        try:
            function()
            print(f"PASS {function.__name__}", flush=True)
            passed += 1
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the next case runs
            print(f"FAIL {function.__name__}: {error}", flush=True)
            failed += 1
    peers.stop()
    print(f"{passed} passed, {failed} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
