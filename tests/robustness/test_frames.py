"""Frames a well-behaved client never sends: each must be answered with RFC 6455's close code (1002 protocol
error, 1007 invalid data, 1009 too big), the TCP connection closed, and 4D must see onError then onTerminate
exactly once on that connection; valid but unusual frames must keep working. The host must serve on afterwards."""

import time

import harness
import wsraw
from harness import new_tag
from wsraw import OP_BINARY, OP_CLOSE, OP_CONT, OP_PING, OP_PONG, OP_TEXT, close_payload, encode_frame

SMALL_LIMIT = 1024  # the /small server's maxMessageSize


def failing(host, path, frames, expected_codes):
    """Sends `frames` (bytes) and checks the whole failure path; returns a runner for Tally.case."""
    def run():
        tag = new_tag("frame")
        with wsraw.RawClient(host.port, f"{path}?tag={tag}") as client:
            host.event("open", tag)
            client.send_raw(frames)
            code, _, _ = client.read_close()
            assert code in expected_codes, f"close code {code}, expected {sorted(expected_codes)}"
            assert client.server_closes_tcp(), "the server did not close TCP after failing the connection"
        terminate = host.event("terminate", tag)
        assert terminate["code"] in {str(code), "1006"}, \
            f"onTerminate code {terminate['code']}, expected {code} or 1006"
        callbacks = host.callbacks(tag)
        assert callbacks == ["open", "error", "terminate"], f"4D callbacks {callbacks}, expected open, error, terminate"
        assert host.no_event("terminate", tag, 0.2), "onTerminate was called twice"
        return True
    return run


def closing_normally(host, code, reason=b""):
    """A valid close code is echoed and reaches onTerminate as sent."""
    def run():
        tag = new_tag("close")
        with wsraw.RawClient(host.port, f"/echo?tag={tag}") as client:
            host.event("open", tag)
            client.send(OP_CLOSE, close_payload(code, reason))
            answered, _, _ = client.read_close()
            assert answered == code, f"close {code} answered with {answered}"
            assert client.server_closes_tcp(), "the server did not close TCP after the close handshake"
        terminate = host.event("terminate", tag)
        assert terminate["code"] == str(code), f"onTerminate code {terminate['code']}, expected {code}"
        assert terminate["reason"] == reason.decode(), f"onTerminate reason {terminate['reason']!r}"
        assert host.callbacks(tag) == ["open", "terminate"], f"4D callbacks {host.callbacks(tag)}"
        return True
    return run


def echoed(host, frames, expected, byte_by_byte=False):
    """Unusual but valid frames: the echo comes back whole (pongs on the way are skipped)."""
    def run():
        tag = new_tag("valid")
        with wsraw.RawClient(host.port, f"/echo?tag={tag}") as client:
            for piece in ([frames[i:i + 1] for i in range(len(frames))] if byte_by_byte else [frames]):
                client.send_raw(piece)
                if byte_by_byte:
                    time.sleep(0.01)
            opcode, payload, _ = client.read_frame()
            while opcode == OP_PONG:
                opcode, payload, _ = client.read_frame()
            assert (opcode, payload) == expected, f"echo {(opcode, payload[:40])}, expected {expected}"
            client.close_politely()
        host.event("terminate", tag)
        return True
    return run


def body(host, tally):
    frame = encode_frame
    protocol_errors = {
        "unmasked text frame": frame(OP_TEXT, "not masked", mask=False),
        "unmasked close frame": frame(OP_CLOSE, close_payload(1000), mask=False),
        "continuation without a message": frame(OP_CONT, "orphan"),
        "text frame inside a fragmented message": frame(OP_TEXT, "a", fin=False) + frame(OP_TEXT, "b"),
        "binary frame inside a fragmented message": frame(OP_BINARY, b"a", fin=False) + frame(OP_BINARY, b"b"),
        "fragmented ping": frame(OP_PING, "half", fin=False),
        "fragmented close": frame(OP_CLOSE, close_payload(1000), fin=False),
        "ping of 126 bytes": frame(OP_PING, b"p" * 126),
        "pong of 200 bytes": frame(OP_PONG, b"p" * 200),
        "close of 126 bytes": frame(OP_CLOSE, close_payload(1000, b"r" * 124)),
        "close with a 1-byte payload": frame(OP_CLOSE, b"\x03"),
        "64-bit length with the top bit set": frame(OP_BINARY, length_override=1 << 63),
        "64-bit length 2^64-1": frame(OP_BINARY, length_override=(1 << 64) - 1),
    }
    for number, rsv in ((1, 4), (2, 2), (3, 1)):
        protocol_errors[f"reserved bit RSV{number}"] = frame(OP_TEXT, "rsv", rsv=rsv)
    protocol_errors["reserved bit on a ping"] = frame(OP_PING, "x", rsv=4)
    for opcode in (3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF):
        protocol_errors[f"unknown opcode 0x{opcode:X}"] = frame(opcode, "?")
    for code in (0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535):
        protocol_errors[f"close code {code}"] = frame(OP_CLOSE, close_payload(code))
    for label, frames in protocol_errors.items():
        expected = {1002, 1009} if "64-bit" in label else {1002}
        tally.case(f"frame: {label} → 1002", failing(host, "/echo", frames, expected))

    invalid_utf8 = {
        "lone continuation byte": b"\x80",
        "broken 2-byte sequence": b"ok \xc3\x28",
        "overlong slash": b"\xc0\xaf",
        "UTF-16 surrogate": b"\xed\xa0\x80",
        "code point above U+10FFFF": b"\xf4\x90\x80\x80",
        "truncated at the end": b"euro \xe2\x82",
        "byte 0xFF": b"\xff",
    }
    for label, payload in invalid_utf8.items():
        tally.case(f"text: {label} → 1007", failing(host, "/echo", frame(OP_TEXT, payload), {1007}))
    tally.case("text: invalid UTF-8 across fragments → 1007", failing(
        host, "/echo", frame(OP_TEXT, b"fine \xe2\x82", fin=False) + frame(OP_CONT, b"\x28 bad"), {1007}))
    tally.case("text: invalid UTF-8 in the first fragment, caught before the end → 1007", failing(
        host, "/echo", frame(OP_TEXT, b"\xc3\x28", fin=False), {1007}))
    tally.case("close: invalid UTF-8 in the reason → 1007", failing(
        host, "/echo", frame(OP_CLOSE, close_payload(1000, b"bad \xff reason")), {1007}))

    tally.case(f"size: one frame over maxMessageSize ({SMALL_LIMIT}) → 1009", failing(
        host, "/small", frame(OP_BINARY, b"x" * (SMALL_LIMIT + 1)), {1009}))
    tally.case("size: fragments summing over maxMessageSize → 1009", failing(
        host, "/small", frame(OP_TEXT, b"x" * 600, fin=False) + frame(OP_CONT, b"y" * 600), {1009}))
    tally.case("size: a 1 TiB length announced, no payload → 1009", failing(
        host, "/echo", frame(OP_BINARY, length_override=1 << 40)[:14], {1009}))

    for code, reason in ((1000, b""), (1001, b"going"), (3000, b"app"), (4999, "caf\u00e9".encode())):
        tally.case(f"close: valid code {code} echoed and seen by onTerminate", closing_normally(host, code, reason))
    tally.case("valid: binary frame with bytes that are not UTF-8", echoed(
        host, frame(OP_BINARY, b"\xff\xfe\x00"), (OP_BINARY, b"\xff\xfe\x00")))
    tally.case("valid: message in 50 one-byte fragments with pings between", echoed(
        host, frame(OP_TEXT, b"a", fin=False) + b"".join(
            frame(OP_PING, b"") + frame(OP_CONT, b"b", fin=False) for _ in range(48)) + frame(OP_CONT, b"c"),
        (OP_TEXT, b"a" + b"b" * 48 + b"c")))
    tally.case("valid: frame header split into single bytes", echoed(
        host, frame(OP_TEXT, b"slow header"), (OP_TEXT, b"slow header"), byte_by_byte=True))
    tally.case("host still serves a new client after every bad frame", host.still_serves)


if __name__ == "__main__":
    harness.main("frames", body)
