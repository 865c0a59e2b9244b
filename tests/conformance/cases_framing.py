"""Autobahn sections 1 (framing), 2 (ping/pong), 3 (reserved bits), 4 (opcodes) and 5 (fragmentation)."""

from case import OK, NON_STRICT, Case, echo_case, failure_case

HELLO = b"Hello, world!"
BINARY_SAMPLE = b"\x00\xff\xfe\xfd\xfc\xfb\x00\xff"


def msg(payload, binary=False):
    return ("message", payload, binary)


def pong(payload):
    return ("pong", payload)


def frames(*specs, chop=None, sync=False):
    """A script that sends frames given as (opcode, payload, fin[, rsv])."""
    def script(case, connection):
        for spec in specs:
            opcode, payload, fin = spec[:3]
            rsv = spec[3] if len(spec) > 3 else 0
            connection.send_frame(opcode, payload, fin=fin, rsv=rsv, chop=chop, sync=sync)
    return script


def section1():
    cases = []
    sizes = [0, 125, 126, 127, 128, 65535, 65536]
    for group, binary, fill in ((1, False, b"*"), (2, True, b"\xfe")):
        kind = "binary" if binary else "text"
        for index, size in enumerate(sizes, 1):
            payload = fill * size
            cases.append(echo_case("1.%d.%d" % (group, index), "Send %s message with payload of length %d" % (kind, size),
                                   frames((2 if binary else 1, payload, True)), [msg(payload, binary)], kill=10))
        payload = fill * 65536
        cases.append(echo_case("1.%d.8" % group, "Send %s message of length 65536 in chops of 997 octets" % kind,
                               frames((2 if binary else 1, payload, True), chop=997), [msg(payload, binary)], kill=10))
    return cases


def pings_then_close(count, chop):
    def run(case, connection):
        for i in range(count):
            connection.send_frame(9, b"payload-%d" % i, chop=chop)
        connection.close_after(3)
    return run


def section2():
    unsolicited = b"unsolicited pong payload"
    ping_payload = b"ping payload"

    def pong_then_ping(case, connection):
        connection.send_frame(10, unsolicited)
        connection.send_frame(9, ping_payload)

    def close_after_one(first):
        def run(case, connection):
            first(case, connection)
            connection.close_after(1)
        return run

    return [
        echo_case("2.1", "Send ping without payload", frames((9, b"", True)), [pong(b"")]),
        echo_case("2.2", "Send ping with small text payload", frames((9, HELLO, True)), [pong(HELLO)]),
        echo_case("2.3", "Send ping with small binary payload", frames((9, BINARY_SAMPLE, True)), [pong(BINARY_SAMPLE)]),
        echo_case("2.4", "Send ping with binary payload of 125 octets", frames((9, b"\xfe" * 125, True)),
                  [pong(b"\xfe" * 125)]),
        failure_case("2.5", "Send ping with binary payload of 126 octets", frames((9, b"\xfe" * 126, True))),
        echo_case("2.6", "Send ping with binary payload of 125 octets, in octet-wise chops",
                  frames((9, b"\xfe" * 125, True), chop=1), [pong(b"\xfe" * 125)], kill=2),
        Case("2.7", "Send unsolicited pong without payload", close_after_one(frames((10, b"", True))), {OK: []}),
        Case("2.8", "Send unsolicited pong with payload", close_after_one(frames((10, unsolicited, True))), {OK: []}),
        echo_case("2.9", "Send unsolicited pong with payload, then ping with payload", pong_then_ping,
                  [pong(ping_payload)]),
        Case("2.10", "Send 10 pings with payload", pings_then_close(10, None),
             {OK: [pong(b"payload-%d" % i) for i in range(10)]}),
        Case("2.11", "Send 10 pings with payload, in octet-wise chops", pings_then_close(10, 1),
             {OK: [pong(b"payload-%d" % i) for i in range(10)]}),
    ]


def section3():
    def text_bad_ping(rsv, chop=None, sync=False):
        return frames((1, HELLO, True), (1, HELLO, True, rsv), (9, b"", True), chop=chop, sync=sync)

    return [
        failure_case("3.1", "Send small text message with RSV = 1", frames((1, HELLO, True, 1))),
        failure_case("3.2", "Send text, then text with RSV = 2, then ping", text_bad_ping(2), ok=[msg(HELLO)],
                     non_strict=[]),
        failure_case("3.3", "Same as 3.2 with RSV = 3, frame-wise synchronous writes", text_bad_ping(3, sync=True),
                     ok=[msg(HELLO)], non_strict=[]),
        failure_case("3.4", "Same as 3.2 with RSV = 4, octet-wise synchronous chops", text_bad_ping(4, 1, True),
                     ok=[msg(HELLO)], non_strict=[]),
        failure_case("3.5", "Send small binary message with RSV = 5", frames((2, BINARY_SAMPLE, True, 5))),
        failure_case("3.6", "Send ping with RSV = 6", frames((9, HELLO, True, 6))),
        failure_case("3.7", "Send close with RSV = 7", frames((8, b"", True, 7))),
    ]


def section4():
    cases = []
    for group, opcodes in ((1, (3, 4, 5, 6, 7)), (2, (11, 12, 13, 14, 15))):
        kind = "non-control" if group == 1 else "control"
        a, b, c, d, e = opcodes
        cases += [
            failure_case("4.%d.1" % group, "Send frame with reserved %s opcode %d" % (kind, a), frames((a, b"", True))),
            failure_case("4.%d.2" % group, "Send frame with reserved %s opcode %d and payload" % (kind, b),
                         frames((b, b"reserved opcode payload", True))),
        ]
        for index, opcode, payload in ((3, c, b""), (4, d, b"reserved opcode payload"), (5, e, b"reserved opcode payload")):
            cases.append(failure_case("4.%d.%d" % (group, index),
                                      "Send small text, then frame with reserved %s opcode %d, then ping" % (kind, opcode),
                                      frames((1, HELLO, True), (opcode, payload, True), (9, b"", True)),
                                      ok=[msg(HELLO)], non_strict=[]))
    return cases


def fragments_5_19(sync):
    parts = [b"fragment1", b"fragment2", b"fragment3", b"fragment4", b"fragment5"]
    pings = [b"pongme 1!", b"pongme 2!"]

    def second_half(connection):
        connection.send_frame(0, parts[2], fin=False, sync=sync)
        connection.send_frame(0, parts[3], fin=False, sync=sync)
        connection.send_frame(9, pings[1], sync=sync)
        connection.send_frame(0, parts[4], fin=True, sync=sync)
        connection.close_after(1)

    def run(case, connection):
        connection.send_frame(1, parts[0], fin=False, sync=sync)
        connection.send_frame(0, parts[1], fin=False, sync=sync)
        connection.send_frame(9, pings[0], sync=sync)
        connection.continue_later(1, lambda: second_half(connection))

    return run, [pong(pings[0]), pong(pings[1]), msg(b"".join(parts))]


def section5():
    f1, f2 = b"fragment1", b"fragment2"
    two = ((1, f1, False), (0, f2, True))
    with_ping = ((1, f1, False), (9, b"ping payload", True), (0, f2, True))
    bad_start = b"non-continuation payload"
    run19, expect19 = fragments_5_19(False)
    run20, expect20 = fragments_5_19(True)
    repeat = lambda specs: specs + specs
    cases = [
        failure_case("5.1", "Send ping fragmented into 2 fragments", frames((9, f1, False), (0, f2, True))),
        failure_case("5.2", "Send pong fragmented into 2 fragments", frames((10, f1, False), (0, f2, True))),
        echo_case("5.3", "Send text message fragmented into 2 fragments", frames(*two), [msg(f1 + f2)]),
        echo_case("5.4", "Same as 5.3, octet-wise chops", frames(*two, chop=1), [msg(f1 + f2)]),
        echo_case("5.5", "Same as 5.3, frame-wise synchronous writes", frames(*two, sync=True), [msg(f1 + f2)]),
        echo_case("5.6", "Text in 2 fragments with a ping in between", frames(*with_ping),
                  [pong(b"ping payload"), msg(f1 + f2)]),
        echo_case("5.7", "Same as 5.6, octet-wise chops", frames(*with_ping, chop=1),
                  [pong(b"ping payload"), msg(f1 + f2)]),
        echo_case("5.8", "Same as 5.6, frame-wise synchronous writes", frames(*with_ping, sync=True),
                  [pong(b"ping payload"), msg(f1 + f2)]),
    ]
    for first, (fin_name, fin) in ((9, ("FIN = true", True)), (12, ("FIN = false", False))):
        specs = ((0, bad_start, fin), (1, HELLO, True))
        cases += [
            failure_case("5.%d" % first, "Send continuation (%s) with nothing to continue, then text" % fin_name,
                         frames(*specs)),
            failure_case("5.%d" % (first + 1), "Same as 5.%d, octet-wise chops" % first, frames(*specs, chop=1)),
            failure_case("5.%d" % (first + 2), "Same as 5.%d, synchronous octet-wise chops" % first,
                         frames(*specs, chop=1, sync=True)),
        ]
    cases += [
        failure_case("5.15", "Text in 2 fragments, then continuation FIN = false, then text FIN = true",
                     frames((1, f1, False), (0, f2, True), (0, b"fragment3", False), (1, b"fragment4", True)),
                     ok=[msg(f1 + f2)], non_strict=[]),
        failure_case("5.16", "Twice: continuation FIN = false, text FIN = false, continuation FIN = true",
                     frames(*repeat(((0, f1, False), (1, f2, False), (0, b"fragment3", True))))),
        failure_case("5.17", "Twice: continuation FIN = true, text FIN = false, continuation FIN = true",
                     frames(*repeat(((0, f1, True), (1, f2, False), (0, b"fragment3", True))))),
        failure_case("5.18", "Text FIN = false, then text FIN = true", frames((1, f1, False), (1, f2, True))),
        Case("5.19", "Text in 5 fragments, pings after the 2nd and 4th, a 1 s pause in between", run19,
             {OK: expect19}),
        Case("5.20", "Same as 5.19, synchronous writes", run20, {OK: expect20}),
    ]
    return cases


def all_cases():
    return section1() + section2() + section3() + section4() + section5()
