"""Autobahn sections 9 (limits and performance) and 10 (auto-fragmentation).

Sizes, fragment sizes, chop sizes and message counts are Autobahn's; `quick` divides sizes by 16 and counts by
10 for a fast run. Like Autobahn, a case passes when every echo arrives (here also byte for byte) before its
wait ends; the time it took is reported.
"""

import time

from case import OK, FAILED, Case
from cases_framing import msg

KB, MB = 1024, 1024 * 1024


def repeat_to(pattern, size):
    return (pattern * (size // len(pattern) + 1))[:size]


class EchoTimingCase(Case):
    """Sends `count` messages one after another, each once the previous echo arrived, then closes."""

    def __init__(self, case_id, description, payload, binary, send, wait, count=1):
        super().__init__(case_id, description, self._run, {}, limit=wait + 10)
        self.payload, self.binary, self.send, self.wait, self.count = payload, binary, send, wait, count
        self.sent = 0
        self.outcome = FAILED
        self.note = "no complete echo within %d s" % wait
        self.started = None
        self.elapsed_ms = None

    def _run(self, case, connection):
        self.started = time.monotonic()
        connection.close_after(self.wait)
        self._send_one(connection)

    def _send_one(self, connection):
        self.sent += 1
        self.send(connection, self.payload)

    def on_message(self, connection, payload, binary):
        if binary != self.binary or payload != self.payload:
            self.note = "echo differs: %s message of %d bytes" % ("binary" if binary else "text", len(payload))
            connection.send_close(1000)
        elif self.sent < self.count:
            self._send_one(connection)
        else:
            self.outcome = OK
            self.elapsed_ms = (time.monotonic() - self.started) * 1000
            self.note = "%d echo(es) in %.0f ms" % (self.count, self.elapsed_ms)
            connection.send_close(1000)

    def behavior(self):
        return self.outcome


def whole(opcode):
    return lambda connection, payload: connection.send_frame(opcode, payload)


def fragmented(opcode, size):
    return lambda connection, payload: connection.send_message(payload, binary=opcode == 2, fragment_size=size)


def chopped(opcode, size):
    return lambda connection, payload: connection.send_frame(opcode, payload, chop=size)


def section9(quick):
    scale = 16 if quick else 1
    per_count = 10 if quick else 1
    cases = []
    kinds = ((False, 1, b"BAsd7&jh23", b"*"), (True, 2, b"\xfe", b"\xfe"))
    for binary, opcode, pattern, filler in kinds:
        kind = "binary" if binary else "text"
        group = 2 if binary else 1
        for index, (size, wait) in enumerate(zip((64 * KB, 256 * KB, MB, 4 * MB, 8 * MB, 16 * MB),
                                                 (10, 10, 20, 40, 80, 160)), 1):
            size //= scale
            cases.append(EchoTimingCase("9.%d.%d" % (group, index), "Send %s message of %d bytes" % (kind, size),
                                        repeat_to(pattern, size), binary, whole(opcode), wait))
        group = 4 if binary else 3
        total = 4 * MB // scale
        for index, fragment in enumerate((64, 256, KB, 4 * KB, 16 * KB, 64 * KB, 256 * KB, MB, 4 * MB), 1):
            cases.append(EchoTimingCase("9.%d.%d" % (group, index),
                                        "Send %s message of %d bytes in fragments of %d" % (kind, total, fragment),
                                        filler * total, binary, fragmented(opcode, fragment), 100))
        group = 6 if binary else 5
        total = MB // scale
        for index, chop in enumerate((64, 128, 256, 512, 1024, 2048), 1):
            cases.append(EchoTimingCase("9.%d.%d" % (group, index),
                                        "Send %s message of %d bytes in chops of %d octets" % (kind, total, chop),
                                        repeat_to(pattern, total), binary, chopped(opcode, chop), 100))
        group = 8 if binary else 7
        for index, (size, count, wait) in enumerate(((0, 1000, 60), (16, 1000, 60), (64, 1000, 60), (256, 1000, 120),
                                                     (1024, 1000, 240), (4096, 1000, 480)), 1):
            count //= per_count
            cases.append(EchoTimingCase("9.%d.%d" % (group, index),
                                        "Send %d %s messages of %d bytes, one round trip each" % (count, kind, size),
                                        filler * size, binary, whole(opcode), wait, count))
    return cases


class AutoFragmentCase(Case):
    """10.1.1: our own client fragments at 1300 bytes; the case also checks the frames we actually sent."""

    def behavior(self):
        verdict = super().behavior()
        payload_size, fragment = 65536, 1300
        expected = {0: payload_size // fragment, 1: 1}
        sent = {op: self.connection.tx_frames.get(op, 0) for op in (0, 1)}
        if verdict == OK and sent != expected:
            self.note = "frames sent %s, expected %s" % (sent, expected)
            return FAILED
        return verdict


def section10():
    payload = b"*" * 65536

    def run(case, connection):
        connection.send_message(payload, fragment_size=1300)
        connection.kill_after(10)

    return [AutoFragmentCase("10.1.1", "Send text message of 65536 bytes auto-fragmented at 1300 bytes", run,
                             {OK: [msg(payload)]})]


def all_cases(quick):
    return section9(quick) + section10()
