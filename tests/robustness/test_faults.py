"""Clients that misbehave at the network level: they vanish mid-frame, reset the connection, go silent
(half-open), stop reading while 4D sends a lot, or open more connections than a server allows. 4D must see each
connection end exactly once (onTerminate, 1006 when there was no close handshake), the host's memory must stay
bounded, and everyone else must keep being served."""

import socket
import threading
import time

import harness
import wsraw
from harness import new_tag
from wsraw import OP_BINARY, OP_CLOSE, OP_PING, OP_PONG, OP_TEXT, RawClient, close_payload, encode_frame

SLOW_BUFFER = 262144  # the /slow server's maxOutgoingBuffer
CAP = 3               # the /cap server's maxConnections


def terminated_abnormally(host, tag, received=None, timeout=10.0):
    fields = host.event("terminate", tag, timeout)
    assert fields["code"] == "1006", f"onTerminate code {fields['code']}, expected 1006"
    if received is not None:
        assert fields["received"] == str(received), f"4D received {fields['received']} messages, expected {received}"
    assert host.no_event("terminate", tag, 0.2), "onTerminate was called twice"
    return fields


def vanishes(host, sent_first, then, reset=False):
    """The client sends `sent_first` whole messages, then the bytes `then`, then closes TCP (FIN or RST)."""
    def run():
        tag = new_tag("gone")
        client = RawClient(host.port, f"/echo?tag={tag}", linger_reset=reset)
        with client:
            host.event("open", tag)
            for index in range(sent_first):
                client.send_text(f"m{index}")
            for _ in range(sent_first):
                client.read_frame()  # the echoes prove 4D read them before the connection went
            client.send_raw(then)
        terminated_abnormally(host, tag, received=sent_first)
        return True
    return run


def messages_before_fin(host, count):
    """Messages the client wrote just before its FIN (no close frame, echoes unread) all reach onMessage."""
    def run():
        tag = new_tag("fin")
        with RawClient(host.port, f"/echo?tag={tag}") as client:
            host.event("open", tag)
            client.send_raw(b"".join(encode_frame(OP_TEXT, f"m{i}") for i in range(count)))
            client.sock.shutdown(socket.SHUT_WR)
            time.sleep(0.5)  # keep reading side open a moment, so the echoes do not turn into a reset
        terminated_abnormally(host, tag, received=count)
        return True
    return run


def reset_during_flood(host):
    def run():
        tag = new_tag("rst")
        client = RawClient(host.port, f"/echo?tag={tag}", linger_reset=True)
        with client:
            host.event("open", tag)
            client.send_text("!flood 400 65536")
            client.read_frame()
        host.wait_for_line(rf"^flood-(done|refused) tag={tag}( |$)", 20)
        terminated_abnormally(host, tag, timeout=10)
        return True
    return run


def half_open(host):
    """pingInterval 1: a client that never answers the server's ping is dropped (1006) after about 2 s."""
    def run():
        tag = new_tag("halfopen")
        with RawClient(host.port, f"/ping?tag={tag}"):
            host.event("open", tag)
            started = time.monotonic()
            fields = host.event("terminate", tag, timeout=10)
            elapsed = time.monotonic() - started
        print(f"  dropped after {elapsed:.1f} s", flush=True)
        assert fields["code"] == "1006", f"onTerminate code {fields['code']}, expected 1006"
        assert 1.0 <= elapsed <= 5.0, f"dropped after {elapsed:.1f} s, expected about 2 s"
        return True
    return run


def answers_pings(host):
    """The same server keeps a client that answers its pings (with no data at all) for 6 s and more."""
    def run():
        tag = new_tag("pong")
        pings = 0
        with RawClient(host.port, f"/ping?tag={tag}") as client:
            deadline = time.monotonic() + 6.0
            while time.monotonic() < deadline:
                try:
                    opcode, payload, _ = client.read_frame(timeout=max(0.05, deadline - time.monotonic()))
                except TimeoutError:
                    break
                assert opcode == OP_PING, f"unexpected frame opcode {opcode}"
                pings += 1
                client.send(OP_PONG, payload)
            assert pings >= 2, f"{pings} pings in 6 s with pingInterval 1"
            assert host.no_event("terminate", tag, 0.1), "the server dropped a client that answered its pings"
            client.send_text("alive")
            opcode, payload, _ = client.read_frame()
            while opcode == OP_PING:
                client.send(OP_PONG, payload)
                opcode, payload, _ = client.read_frame()
            assert payload == b"alive", f"echo {payload!r}"
            client.close_politely()
        host.event("terminate", tag)
        print(f"  {pings} pings answered", flush=True)
        return True
    return run


def idle_timeout(host):
    """idleTimeout 1: a silent client gets a 1001 close frame after about 1 s."""
    def run():
        tag = new_tag("idle")
        with RawClient(host.port, f"/idle?tag={tag}") as client:
            started = time.monotonic()
            code, _, _ = client.read_close(timeout=6)
            elapsed = time.monotonic() - started
            assert code == 1001, f"close code {code}, expected 1001"
            assert 0.5 <= elapsed <= 4.0, f"closed after {elapsed:.1f} s, expected about 1 s"
            client.send(OP_CLOSE, close_payload(1001))
            assert client.server_closes_tcp(), "the server did not close TCP"
        fields = host.event("terminate", tag)
        assert fields["code"] in {"1001", "1006"}, f"onTerminate code {fields['code']}"
        return True
    return run


def slow_reader(host, resumes, pace=0.0):
    """The client stops reading while 4D floods it (64 KiB text messages). The outgoing buffer stays bounded:
    a send() is refused with a 4D error, the connection closes with 1008, onError then onTerminate. With
    `resumes`, the client reads again (one message per `pace` seconds) and must get exactly the messages 4D
    logged as sent, then the close frame, even when that takes longer than the server's close wait; without, the host's memory must not grow by more than a few times the buffer."""
    def run():
        tag = new_tag("slow")
        rss_before = host.rss_kib()
        client = RawClient(host.port, f"/slow?tag={tag}", timeout=10)
        with client:
            if not resumes:
                client.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            client.send_text("!flood 4000 65536")
            refused = host.wait_for_line(rf"^flood-refused tag={tag} after=(\d+) error=(.*)", 30)
            sent = int(refused.group(1))
            print(f"  4D sent {sent} messages, then: {refused.group(2)}", flush=True)
            assert sent * 65536 < 4000 * 65536, "every send was accepted"
            rss_peak = host.rss_kib()
            growth_mib = (rss_peak - rss_before) / 1024
            print(f"  host RSS grew by {growth_mib:.1f} MiB (buffer {SLOW_BUFFER // 1024} KiB)", flush=True)
            assert growth_mib < 64, f"host memory grew by {growth_mib:.1f} MiB for one slow reader"
            host.event("error", tag)
            if resumes:
                frames = 0
                while True:
                    opcode, payload, _ = client.read_frame()
                    if opcode == OP_CLOSE:
                        code = int.from_bytes(payload[:2], "big")
                        break
                    assert opcode == OP_TEXT and len(payload) == 65536, f"unexpected frame {opcode}"
                    frames += 1
                    time.sleep(pace)
                print(f"  client read {frames} messages before the close frame {code}", flush=True)
                assert code == 1008, f"close code {code}, expected 1008"
                assert frames == sent, f"client got {frames} messages before the close, 4D sent {sent}"
                client.send(OP_CLOSE, close_payload(1008))
            fields = host.event("terminate", tag, timeout=10)
            assert fields["sent"] == str(sent), f"4D's sent count moved to {fields['sent']} after the refusal"
            assert host.callbacks(tag) == ["open", "command", "flood-refused", "error", "terminate"], \
                f"4D callbacks {host.callbacks(tag)}"
        return True
    return run


def connection_cap(host):
    """maxConnections 3: upgrades beyond are answered 503; when one leaves, a new client gets in."""
    def run():
        clients = [RawClient(host.port, f"/cap?tag={new_tag('cap')}") for _ in range(CAP)]
        try:
            for client in clients:
                client.__enter__()
            for _ in range(10):
                status, _, _ = wsraw.http_exchange(host.port, wsraw.upgrade_request("/cap?tag=over", host.port))
                assert status == 503, f"upgrade beyond maxConnections answered {status}, expected 503"
            host.still_serves()  # the cap is per server: /echo is not affected
            leaving = clients.pop()
            tag = leaving.path.split("tag=")[1]
            leaving.close_politely()
            leaving.abort()
            host.event("terminate", tag)
            host.still_serves("/cap")
        finally:
            for client in clients:
                client.abort()
        assert host.no_event("open", "over", 0.1), "a refused client was opened"
        return True
    return run


def burst(host, count):
    """`count` clients upgrade at once (from threads), then all leave; all get 101, the host serves on."""
    def run():
        statuses = []
        lock = threading.Lock()

        def connect():
            try:
                with RawClient(host.port, f"/echo?tag={new_tag('burst')}", timeout=20) as client:
                    client.send_text("x")
                    client.read_frame()
                    with lock:
                        statuses.append(101)
                    time.sleep(0.5)
            except (AssertionError, OSError) as error:
                with lock:
                    statuses.append(str(error))
        threads = [threading.Thread(target=connect) for _ in range(count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        failed = [status for status in statuses if status != 101]
        assert len(statuses) == count and not failed, f"{len(failed)} of {count} failed: {failed[:3]}"
        return True
    return run


def connect_and_drop(host, count):
    """`count` TCP connections that send nothing or half a request and close at once."""
    def run():
        for index in range(count):
            with socket.create_connection(("127.0.0.1", host.port)) as sock:
                if index % 2:
                    sock.sendall(b"GET /echo HTTP/1.1\r\nUpgr")
        return True
    return run


def handshake_timeout(host):
    """onConnection that takes 3 s on a server with handshakeTimeout 1: 503 after about 1 s; the connection
    onConnection then accepts is forgotten (never opened); the server works again afterwards."""
    def run():
        tag = new_tag("late")
        started = time.monotonic()
        status, _, _ = wsraw.http_exchange(host.port, wsraw.upgrade_request(f"/quick?ret=sleep&tag={tag}",
                                                                             host.port), timeout=10)
        elapsed = time.monotonic() - started
        print(f"  answered {status} after {elapsed:.1f} s", flush=True)
        assert status == 503, f"status {status}, expected 503"
        assert elapsed < 2.5, f"answered after {elapsed:.1f} s with handshakeTimeout 1"
        time.sleep(2.5)
        assert host.no_event("open", tag, 0.2), "the timed-out client was opened"
        host.still_serves("/quick")
        return True
    return run


def body(host, tally):
    half_frame = encode_frame(OP_TEXT, b"p" * 100)[:30]
    tally.case("vanish: FIN after 1 header byte → onTerminate 1006", vanishes(host, 0, b"\x81"))
    tally.case("vanish: FIN in the middle of a payload → 1006", vanishes(host, 0, half_frame))
    tally.case("vanish: FIN after 3 messages and half a fourth → 1006, 3 received",
               vanishes(host, 3, half_frame))
    tally.case("vanish: FIN inside a fragmented message → 1006", vanishes(
        host, 1, encode_frame(OP_BINARY, b"first", fin=False)))
    tally.case("vanish: FIN right after 200 messages → all 200 reach onMessage", messages_before_fin(host, 200))
    tally.case("reset: RST on an idle connection → 1006", vanishes(host, 2, b"", reset=True))
    tally.case("reset: RST in the middle of a frame → 1006", vanishes(host, 0, half_frame, reset=True))
    tally.case("reset: RST while 4D floods the client → 1006", reset_during_flood(host))
    tally.case("half-open: no pong to the server's pings → 1006", half_open(host))
    tally.case("keep-alive: a client answering pings stays", answers_pings(host))
    tally.case("idle: silent client closed with 1001 by idleTimeout", idle_timeout(host))
    tally.case("slow reader: bounded buffer, send refused, 1008, exact count", slow_reader(host, resumes=True))
    tally.case("slow reader: reads on slowly (3 s for what was sent), still gets all of it, then 1008",
               slow_reader(host, resumes=True, pace=0.05))
    tally.case("slow reader: never reads again, memory bounded, onTerminate", slow_reader(host, resumes=False))
    tally.case("flood: maxConnections 3 → 503 beyond, a seat frees when one leaves", connection_cap(host))
    tally.case("flood: 300 clients upgrade at once", burst(host, 300))
    tally.case("flood: 500 connections dropped at once or half way", connect_and_drop(host, 500))
    tally.case("handshake timeout: slow onConnection → 503, never opened", handshake_timeout(host))
    tally.case("host still serves a new client after every fault", host.still_serves)


if __name__ == "__main__":
    harness.main("faults", body)
