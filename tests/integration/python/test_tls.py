"""HTTPS and wss:// on the web server, configured as 4D configures it (developer.4d.com: API/WebServerClass for
HTTPSEnabled, HTTPSPort, HTTPEnabled, certificateFolder, minTLSVersion, cipherSuite, openSSLVersion and
perfectForwardSecrecy; Admin/tls for key.pem and cert.pem; certificates.py makes them with the openssl command,
signed by a test CA the clients trust). A certificate that is missing, expired, not PEM or not
matching its key makes start() fail, naming the file, with nothing listening. Over TLS a WebSocket server behaves
as over HTTP (echo of text, 1 MiB and binary messages), static files are served, and what is not TLS (plain HTTP,
garbage, a client that never finishes its handshake, a client that asks to renegotiate) is closed without holding
back anyone else. Node's ws talks to it over wss:// with permessage-deflate on. A client faster than its handler
loses nothing over TLS either.

The test writes the project itself: its onStartup needs the certificate folders' absolute paths."""

import asyncio
import http.client
import json
import os
import shutil
import socket
import ssl
import struct
import sys
import tempfile
import time

import websockets

from certificates import full_stacks_under_asan, write_certificate
from checks import Checks, expect
from host_process import HostProcess

REQUEST_DEADLINE = 10  # HttpSession::kRequestDeadline: a TLS handshake must be done within it too
SCENARIOS = ("missing", "expired", "notpem", "mismatched")


def write_project(base):
    certificates = os.path.join(base, "certificates")
    trusted = write_certificate(os.path.join(certificates, "valid"))
    write_certificate(os.path.join(certificates, "expired"), -30, -1)
    write_certificate(os.path.join(certificates, "mismatched"), other_key=True)
    os.makedirs(os.path.join(certificates, "missing"))
    write_certificate(os.path.join(certificates, "notpem"))
    with open(os.path.join(certificates, "notpem", "cert.pem"), "w") as out:
        out.write("this is not a certificate\n")
    project = os.path.join(base, "project")
    sources = os.path.join(project, "Project", "Sources")
    for folder in ("DatabaseMethods", "Classes"):
        os.makedirs(os.path.join(sources, folder))
    os.makedirs(os.path.join(project, "WebFolder"))
    with open(os.path.join(project, "WebFolder", "index.html"), "w") as out:
        out.write("<p>over TLS</p>\n")
    with open(os.path.join(sources, "Classes", "EchoServer.4dm"), "w") as out:
        out.write("Function onConnection($wss : Object; $event : Object) : Object\n"
                  "\treturn cs.EchoConnection.new()\n")
    with open(os.path.join(sources, "Classes", "EchoConnection.4dm"), "w") as out:
        out.write("Function onMessage($ws : 4D.WebSocketConnection; $event : Object)\n"
                  "\t$ws.send($event.data)\n")
    with open(os.path.join(sources, "Classes", "SlowEchoServer.4dm"), "w") as out:
        out.write("Function onConnection($wss : Object; $event : Object) : Object\n"
                  "\treturn cs.SlowEcho.new()\n")
    with open(os.path.join(sources, "Classes", "SlowEcho.4dm"), "w") as out:
        out.write("Function onMessage($ws : 4D.WebSocketConnection; $event : Object)\n"
                  "\tDELAY PROCESS(Current process; 0.06)\n"  # 1 ms: slower than the client
                  "\t$ws.send($event.data)\n")
    lines = ["var $web : Object", "var $result : Object", "$web:=WEB Server"]
    for scenario in SCENARIOS:
        folder = os.path.join(certificates, scenario)
        lines += [f'$result:=$web.start(New object("HTTPSEnabled"; True; "HTTPSPort"; 0; "certificateFolder"; '
                  f'"{folder}"))',
                  f'ALERT("{scenario}: "+JSON Stringify($result))']
    valid = os.path.join(certificates, "valid")
    lines += ['ALERT("running after the refusals: "+String($web.isRunning))',
              f'$result:=$web.start(New object("HTTPSEnabled"; True; "HTTPSPort"; 0; "certificateFolder"; "{valid}"))',
              'ALERT("started: "+JSON Stringify($result))',
              'ALERT("https port: "+String($web.HTTPSPort))',
              'ALERT("tls: "+String($web.HTTPSEnabled)+" "+String($web.perfectForwardSecrecy)+" "'
              '+String($web.minTLSVersion)+" "+$web.openSSLVersion)',
              'CALL WORKER("echo"; Formula(wss:=4D.WebSocketServer.new(cs.EchoServer.new(); '
              'New object("path"; "/echo"; "dataType"; "blob"; "perMessageDeflate"; True))))',
              'CALL WORKER("slow"; Formula(slow:=4D.WebSocketServer.new(cs.SlowEchoServer.new(); '
              'New object("path"; "/slow"; "maxIncomingBuffer"; 4096))))']
    with open(os.path.join(sources, "DatabaseMethods", "onStartup.4dm"), "w") as out:
        out.write("\n".join(lines) + "\n")
    return project, trusted


checks = Checks(__doc__, ready_path="/echo", check_timeout=60.0)
state = {}


def alert(host, prefix):
    return host.wait_for_line(rf"^{prefix}: (.*)$").group(1)


def client_context():
    context = ssl.create_default_context(cafile=state["ca"])
    return context


@checks.check
async def bad_certificates_are_named_and_nothing_listens(host):
    reasons = {"missing": "cert.pem: missing", "expired": "cert.pem: the certificate expired",
               "notpem": "cert.pem: not a PEM certificate", "mismatched": "key.pem: does not match the certificate"}
    for scenario, reason in reasons.items():
        result = json.loads(await asyncio.to_thread(alert, host, scenario))
        expect(result["success"], False, f"start() with the {scenario} certificate")
        message = result["errors"][0]["message"]
        assert reason in message and scenario in message, f"{scenario}: {message!r} does not say {reason!r}"
    expect(await asyncio.to_thread(alert, host, "running after the refusals"), "False", "isRunning")


@checks.check
async def the_valid_certificate_starts_https(host):
    expect(json.loads(await asyncio.to_thread(alert, host, "started")), {"success": True}, "start() over HTTPS")
    state["https_port"] = int(await asyncio.to_thread(alert, host, "https port"))
    tls = (await asyncio.to_thread(alert, host, "tls")).split(" ", 3)
    expect(tls[:3], ["True", "True", "3"], "HTTPSEnabled, perfectForwardSecrecy, minTLSVersion")
    assert tls[3].startswith("OpenSSL "), f"openSSLVersion {tls[3]!r}"


@checks.check
async def wss_echoes_as_ws_does(host):
    url = f"wss://127.0.0.1:{state['https_port']}/echo"
    async with websockets.connect(url, ssl=client_context(), max_size=None, compression=None) as ws:
        for message in (b"hello over TLS", bytes(range(256)) * 4096, b"x" * (1 << 20)):
            await ws.send(message)
            expect(await asyncio.wait_for(ws.recv(), 30), message, f"echo of {len(message)} bytes")
    async with websockets.connect(host.url + "/echo", compression=None) as plain:
        await plain.send(b"plain")
        expect(await asyncio.wait_for(plain.recv(), 10), b"plain", "echo over plain HTTP beside HTTPS")


@checks.check
async def a_fast_client_at_a_slow_handler_loses_nothing(host):
    # As over TCP (test_flood.py), the server stops reading a client whose messages wait undispatched (beyond
    # maxIncomingBuffer, 4 KiB here: a pause every few dozen messages) and reads on when the worker caught up;
    # nothing is lost or reordered. The server reads records ahead: those it holds when it pauses raise no
    # readiness event, so it reads them before pausing; without keep-alive pings, which would raise one, a
    # connection paused on records read ahead would stall here.
    url = f"wss://127.0.0.1:{state['https_port']}/slow"
    count = 1000
    async with websockets.connect(url, ssl=client_context(), compression=None, ping_interval=None) as ws:
        async def send_all():
            for i in range(count):
                await ws.send(f"{i:08d}" + "x" * 92)

        sender = asyncio.create_task(send_all())
        for i in range(count):
            echo = await asyncio.wait_for(ws.recv(), 20)
            if echo[:8] != f"{i:08d}":
                raise AssertionError(f"echo {i} came as {echo[:8]}")
        await sender


@checks.check
async def static_files_over_https(host):
    def get():
        connection = http.client.HTTPSConnection("127.0.0.1", state["https_port"], context=client_context(),
                                                 timeout=10)
        connection.request("GET", "/")
        response = connection.getresponse()
        return response.status, response.read()
    expect(await asyncio.to_thread(get), (200, b"<p>over TLS</p>\n"), "GET / over HTTPS")


# Node's ws over wss:// with permessage-deflate: prints the negotiated extensions, whether a compressible JSON
# message came back whole, and the close code once the close handshake is over (ws.close() sends no code, so the
# server's echo of it has none either: 1005).
NODE_CLIENT = r'''
const WebSocket = require("ws");
const fs = require("fs");
const [url, ca] = process.argv.slice(1);
const ws = new WebSocket(url, { ca: fs.readFileSync(ca), perMessageDeflate: true });
const message = JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => ({ id: i, name: "item " + i })) });
ws.on("open", () => { console.log("extensions: " + ws.extensions); ws.send(message); });
ws.on("message", (data) => { console.log(data.toString() === message ? "echo: whole" : "echo: differs"); ws.close(); });
ws.on("close", (code) => { console.log("closed: " + code); process.exit(0); });
ws.on("error", (error) => { console.log("error: " + error.message); process.exit(1); });
setTimeout(() => { console.log("timeout"); process.exit(1); }, 20000);
'''


@checks.check
async def node_ws_over_wss_with_compression(host):
    node = shutil.which("node") or shutil.which("nodejs")
    process = await asyncio.create_subprocess_exec(
        node, "-e", NODE_CLIENT, f"wss://127.0.0.1:{state['https_port']}/echo", state["ca"],
        stdout=asyncio.subprocess.PIPE, env=dict(os.environ, NODE_PATH="/usr/share/nodejs"))
    out, _ = await asyncio.wait_for(process.communicate(), 30)
    lines = out.decode().splitlines()
    print("  node: " + " | ".join(lines), flush=True)
    assert lines and lines[0].startswith("extensions: permessage-deflate"), f"not negotiated: {lines}"
    expect(lines[1:], ["echo: whole", "closed: 1005"], "Node's echo and close over wss:// with permessage-deflate")


def closed_within(port, payload, seconds):
    """Connects, sends `payload`, and returns how long the server took to close (None: still open)."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=seconds) as sock:
        if payload:
            sock.sendall(payload)
        try:
            while sock.recv(4096):
                pass
        except TimeoutError:
            return None
        except ConnectionResetError:
            pass
    return time.monotonic() - started


@checks.check
async def what_is_not_tls_is_closed_and_holds_no_one_back(host):
    port = state["https_port"]
    for label, payload in (("plain HTTP", b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"), ("garbage", os.urandom(600))):
        took = await asyncio.to_thread(closed_within, port, payload, 5)
        assert took is not None and took < 2, f"{label} on the HTTPS port: closed after {took} s"
    stalled = asyncio.create_task(asyncio.to_thread(closed_within, port, b"", REQUEST_DEADLINE + 5))
    await asyncio.sleep(0.5)
    started = time.monotonic()
    async with websockets.connect(f"wss://127.0.0.1:{port}/echo", ssl=client_context(), compression=None) as ws:
        await ws.send(b"beside a stalled handshake")
        await asyncio.wait_for(ws.recv(), 10)
    waited = time.monotonic() - started
    assert waited < 1, f"a wss client waited {waited:.2f} s beside a stalled handshake"
    took = await stalled
    assert took is not None and REQUEST_DEADLINE - 1 <= took <= REQUEST_DEADLINE + 2.5, \
        f"a client that never finished its TLS handshake was closed after {took} s"


def renegotiate(port):
    """A TLS 1.2 client (pyOpenSSL: Python's ssl cannot renegotiate) upgrades to a WebSocket, then asks for a new
    handshake. Returns how the attempt went and how long the server took to close the connection after it."""
    from OpenSSL import SSL
    context = SSL.Context(SSL.TLS_CLIENT_METHOD)
    context.set_max_proto_version(SSL.TLS1_2_VERSION)
    with socket.create_connection(("127.0.0.1", port)) as sock:
        # pyOpenSSL needs a blocking socket; the kernel's receive timeout bounds every wait (WantReadError).
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack("ll", REQUEST_DEADLINE + 5, 0))
        connection = SSL.Connection(context, sock)
        connection.set_connect_state()
        connection.do_handshake()
        connection.sendall(b"GET /echo HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        answer = b""
        while b"\r\n\r\n" not in answer:
            answer += connection.recv(4096)
        if not answer.startswith(b"HTTP/1.1 101"):
            return f"not upgraded: {answer[:40]!r}", None
        started = time.monotonic()
        connection.renegotiate()
        try:
            connection.do_handshake()
            outcome = "renegotiated"
        except SSL.Error as error:
            outcome = f"refused ({error})"
        try:
            while connection.recv(4096):
                pass
        except SSL.WantReadError:
            return outcome, None  # the socket's timeout: still open
        except (SSL.Error, OSError):
            pass
        return outcome, time.monotonic() - started


@checks.check
async def renegotiation_is_refused_and_the_connection_closed(host):
    outcome, took = await asyncio.to_thread(renegotiate, state["https_port"])
    print(f"  renegotiation: {outcome}, closed after {took} s", flush=True)
    assert outcome.startswith("refused"), f"renegotiation: {outcome}"
    assert took is not None and took < REQUEST_DEADLINE, f"the connection was closed after {took} s"
    async with websockets.connect(f"wss://127.0.0.1:{state['https_port']}/echo", ssl=client_context(),
                                  compression=None) as ws:
        await ws.send(b"after a renegotiation attempt")
        expect(await asyncio.wait_for(ws.recv(), 10), b"after a renegotiation attempt", "echo afterwards")


if __name__ == "__main__":
    full_stacks_under_asan()
    base = tempfile.mkdtemp(prefix="fourd-tls-")
    try:
        project, state["ca"] = write_project(base)
        sys.argv += ["--project", project]
        checks.main()
    finally:
        shutil.rmtree(base, ignore_errors=True)
