"""Autobahn section 7: the closing handshake, close payloads and close codes."""

import struct

from case import OK, NON_STRICT, Case, echo_case
from cases_framing import msg
from utf8_sequences import KAPPA

VALID_CODES = [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999]
INVALID_CODES = [0, 999, 1004, 1005, 1006, 1016, 1100, 2000, 2999]
BIG_MESSAGE = (b"BAsd7&jh23" * 26215)[:256 * 1024]


def close_case(case_id, description, script, codes=(1000,), require_clean=True, expected=None, **options):
    """We start the closing handshake (so closed_by_me); a wrong close code from the server fails the case."""
    def run(case, connection):
        script(connection)
        connection.kill_after(1)
    return Case(case_id, description, run, expected or {OK: []}, close_codes=codes, require_clean=require_clean,
                wrong_code_fails=True, suppress_close=True, **options)


def code(value, reason=b""):
    return struct.pack("!H", value) + reason


def section7_1():
    hello = b"Hello World!"

    def close_then(*followers):
        def script(connection):
            connection.send_close(1000)
            for opcode, payload in followers:
                connection.send_frame(opcode, payload)
        return script

    def fragment_close_fragment(connection):
        connection.send_frame(1, b"fragment1", fin=False)
        connection.send_close(1000)
        connection.send_frame(0, b"fragment2", fin=True)

    def big_message_close_ping(connection):
        connection.send_frame(1, BIG_MESSAGE)
        connection.send_frame(1, hello)
        connection.send_close(1000)
        connection.send_frame(9, b"")

    def text(case, connection):
        connection.send_frame(1, hello)

    return [
        echo_case("7.1.1", "Send a message followed by a close frame", text, [msg(hello)]),
        close_case("7.1.2", "Send two close frames", close_then((8, code(1000)))),
        close_case("7.1.3", "Send a ping after the close frame", close_then((9, b""))),
        close_case("7.1.4", "Send a text message after the close frame", close_then((1, hello))),
        close_case("7.1.5", "Send a message fragment, a close frame, then the rest of the message",
                   fragment_close_fragment),
        close_case("7.1.6", "Send a 256K message, a small message, a close frame, then a ping",
                   big_message_close_ping, expected={OK: [msg(BIG_MESSAGE), msg(hello)], NON_STRICT: []}, informational=True),
    ]


def section7_3_and_5():
    def send(payload):
        return lambda connection: connection.send_close_frame(payload)
    return [
        close_case("7.3.1", "Send a close frame with payload length 0", send(b"")),
        close_case("7.3.2", "Send a close frame with payload length 1", send(b"a"), codes=(1002,),
                   require_clean=False),
        close_case("7.3.3", "Send a close frame with close code only", send(code(1000))),
        close_case("7.3.4", "Send a close frame with close code and reason", send(code(1000, b"Hello World!"))),
        close_case("7.3.5", "Send a close frame with a reason of the maximum length (123)", send(code(1000, b"*" * 123))),
        close_case("7.3.6", "Send a close frame with payload length 126", send(code(1000, b"*" * 124)),
                   codes=(1002,), require_clean=False),
        close_case("7.5.1", "Send a close frame whose reason is not UTF-8",
                   send(code(1000, KAPPA + b"\xed\xa0\x80edited")), codes=(1002, 1007), require_clean=False),
    ]


def section7_codes():
    send = lambda value: (lambda connection: connection.send_close_frame(code(value)))
    cases = [close_case("7.7.%d" % i, "Send close with valid close code %d" % value, send(value), codes=(1000, value))
             for i, value in enumerate(VALID_CODES, 1)]
    cases += [close_case("7.9.%d" % i, "Send close with invalid close code %d" % value, send(value), codes=(1002,),
                         require_clean=False)
              for i, value in enumerate(INVALID_CODES, 1)]
    cases += [close_case("7.13.%d" % i, "Send close with close code %d (undefined by the spec)" % value, send(value),
                         codes=(1000, value, 1002), require_clean=False, informational=True)
              for i, value in enumerate((5000, 65535), 1)]
    return cases


def all_cases():
    return section7_1() + section7_3_and_5() + section7_codes()
