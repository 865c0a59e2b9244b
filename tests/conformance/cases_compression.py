"""Autobahn sections 12 and 13 (permessage-deflate, RFC 7692), against the server's compressing path (`/deflate` of
examples/echo, perMessageDeflate: True).

12.x: text (compressible) and binary (random, so stored blocks too) messages of many sizes, the client offering
plain permessage-deflate. 13.x: the same under the parameter combinations of RFC 7692 §7 (no context takeover
either way, small windows either way). Every case sends its messages one after another, compressed, so that the
compression context spans them, and needs every echo back byte for byte.
"""

import random

from cases_performance import EchoTimingCase

PATH = "/deflate"
SIZES = (16, 64, 256, 1024, 4096, 8192, 16384, 32768, 65536, 131072)
OFFERS = (
    "permessage-deflate",
    "permessage-deflate; client_no_context_takeover",
    "permessage-deflate; server_no_context_takeover",
    "permessage-deflate; client_max_window_bits=9",
    "permessage-deflate; server_max_window_bits=9",
    "permessage-deflate; client_max_window_bits=15; server_max_window_bits=15",
    "permessage-deflate; client_no_context_takeover; server_no_context_takeover; client_max_window_bits=9; "
    "server_max_window_bits=9",
)


def text_payload(size):
    words = [b"websocket", b"compression", b"4D", b"deflate", b"window", b"context", b"\xc3\xa9t\xc3\xa9", b"{}"]
    rng = random.Random(size)
    out = bytearray()
    while len(out) < size:
        out += b'{"id": %d, "word": "%s"} ' % (rng.randrange(1000), rng.choice(words))
    text = bytes(out[:size])
    # Never cut a UTF-8 sequence: drop a trailing partial "é".
    while text and text[-1] & 0xC0 == 0x80 or text.endswith(b"\xc3"):
        text = text[:-1]
    return text


def binary_payload(size):
    return random.Random(size).randbytes(size)


def compressed_echo(case_id, description, payload, binary, offer, count):
    case = EchoTimingCase(case_id, description, payload, binary,
                          lambda connection, data: connection.send_message(data, binary=binary), 30, count)
    case.path, case.offer = PATH, offer
    return case


def all_cases(quick):
    count = 5 if quick else 50
    cases = []
    for group, binary in ((1, False), (2, True)):
        kind = "binary" if binary else "text"
        for index, size in enumerate(SIZES, 1):
            payload = binary_payload(size) if binary else text_payload(size)
            cases.append(compressed_echo("12.%d.%d" % (group, index),
                                         "%d compressed %s messages of %d bytes" % (count, kind, len(payload)),
                                         payload, binary, OFFERS[0], count))
    for group, offer in enumerate(OFFERS, 1):
        for index, size in enumerate(SIZES, 1):
            payload = text_payload(size)
            cases.append(compressed_echo("13.%d.%d" % (group, index),
                                         "%d compressed text messages of %d bytes, offer %s" % (count, len(payload),
                                                                                               offer),
                                         payload, False, offer, max(2, count // 5)))
    return cases
