"""Autobahn section 6: UTF-8 handling, including code points split across frames and fail-fast detection."""

from case import OK, NON_STRICT, Case, echo_case, failure_case
from cases_framing import frames, msg
from connection import OPEN, encode_frame
from utf8_sequences import KAPPA, utf8_sequences

MIXED_HEAD, MIXED_TAIL = "Hello-µ@ßöä".encode(), "üàá-UTF-8!!".encode()
MIXED = MIXED_HEAD + MIXED_TAIL
INVALID_IN_MIDDLE = KAPPA + b"\xed\xa0\x80" + b"edited"
OUT_OF_RANGE = KAPPA + b"\xf4\x90\x80\x80" + b"edited"  # byte 12 (0x90) makes it invalid


def invalid_text(case_id, description, script, kill=1, **options):
    return failure_case(case_id, description, script, codes=(1007,), wrong_endpoint_fatal=True, kill=kill, **options)


def message_in_fragments(payload, size):
    def script(case, connection):
        connection.send_message(payload, fragment_size=size)
    return script


def fail_fast(case_id, description, parts, as_chops, fatal=True):
    """Sends `parts` with 1 s pauses: as separate frames, or as chops of one frame. A strict server fails on the
    part holding the invalid byte (after the first pause only); a non-strict one after the last part."""
    def run(case, connection):
        if as_chops:
            frame = encode_frame(1, b"".join(parts))
            header = len(frame) - sum(len(p) for p in parts)
            cuts = [header + sum(len(p) for p in parts[:i + 1]) for i in range(len(parts))]
            pieces = [frame[:cuts[0]], frame[cuts[0]:cuts[1]], frame[cuts[1]:]]
            send = [lambda piece=piece: connection.send_raw(piece) for piece in pieces]
        else:
            send = [lambda: connection.send_frame(1, parts[0], fin=False),
                    lambda: connection.send_frame(0, parts[1], fin=False),
                    lambda: connection.send_frame(0, parts[2], fin=True)]

        def step(tag, index):
            def go():
                if connection.state != OPEN:
                    return
                case.received.append(("timeout", tag))
                send[index]()
                if index == 2:
                    connection.kill_after(1)
                else:
                    connection.continue_later(1, step("B", 2))
            return go

        send[0]()
        connection.continue_later(1, step("A", 1))

    return Case(case_id, description, run, {OK: [("timeout", "A")], NON_STRICT: [("timeout", "A"), ("timeout", "B")]},
                closed_by_me=False, close_codes=(1007,), require_clean=False, wrong_endpoint_fatal=fatal)


def section6_1_to_4():
    kappa_parts = [OUT_OF_RANGE[:11], OUT_OF_RANGE[11:15], OUT_OF_RANGE[15:]]
    byte_parts = [OUT_OF_RANGE[:12], OUT_OF_RANGE[12:13], OUT_OF_RANGE[13:]]
    return [
        echo_case("6.1.1", "Send text message of length 0", frames((1, b"", True)), [msg(b"")]),
        echo_case("6.1.2", "Send fragmented text message, 3 fragments each of length 0",
                  frames((1, b"", False), (0, b"", False), (0, b"", True)), [msg(b"")]),
        echo_case("6.1.3", "Send fragmented text message, 3 fragments, first and last of length 0",
                  frames((1, b"", False), (0, b"middle frame payload", False), (0, b"", True)),
                  [msg(b"middle frame payload")]),
        echo_case("6.2.1", "Send a valid UTF-8 text message in one fragment", frames((1, MIXED, True)), [msg(MIXED)]),
        echo_case("6.2.2", "Send a valid UTF-8 text message in two fragments split on a code point boundary",
                  frames((1, MIXED_HEAD, False), (0, MIXED_TAIL, True)), [msg(MIXED)]),
        echo_case("6.2.3", "Send a valid UTF-8 text message in fragments of 1 octet",
                  message_in_fragments(MIXED, 1), [msg(MIXED)]),
        echo_case("6.2.4", "Send a valid UTF-8 text message (κόσμε) in fragments of 1 octet",
                  message_in_fragments(KAPPA, 1), [msg(KAPPA)]),
        invalid_text("6.3.1", "Send invalid UTF-8 text message unfragmented", frames((1, INVALID_IN_MIDDLE, True))),
        invalid_text("6.3.2", "Send invalid UTF-8 text message in fragments of 1 octet",
                     message_in_fragments(INVALID_IN_MIDDLE, 1)),
        fail_fast("6.4.1", "Invalid UTF-8 in 3 frames, 1 s apart; the 2nd holds the invalid code point",
                  kappa_parts, as_chops=False),
        fail_fast("6.4.2", "Invalid UTF-8 in 3 frames, 1 s apart; the 2nd is the single invalid byte",
                  byte_parts, as_chops=False),
        fail_fast("6.4.3", "Same as 6.4.1 in 3 chops of one frame", kappa_parts, as_chops=True),
        fail_fast("6.4.4", "Same as 6.4.2 in 3 chops of one frame", byte_parts, as_chops=True, fatal=False),
    ]


def section6_sequences():
    cases = []
    for group, (title, sequences) in enumerate(utf8_sequences(), 5):
        for index, (valid, payload) in enumerate(sequences, 1):
            case_id = "6.%d.%d" % (group, index)
            description = "%s: %s text message 0x%s" % (title, "valid" if valid else "invalid", payload.hex())
            if valid:
                cases.append(echo_case(case_id, description, frames((1, payload, True)), [msg(payload)], kill=0.5))
            else:
                cases.append(invalid_text(case_id, description, frames((1, payload, True)), kill=0.5))
    return cases


def all_cases():
    return section6_1_to_4() + section6_sequences()
