"""How one test case runs and how it is judged, following Autobahn|Testsuite's rules.

A case sends frames and records what the server sends back ("message", "ping", "pong", and "timeout" markers
for the waits of the fail-fast cases). The behaviour verdict is the first expected outcome (OK, then
NON-STRICT) that equals the record exactly, else FAILED. The close verdict checks who started the closing
handshake, whether the spec demands a clean close, the server's close code, and who dropped TCP.
"""

OK = "OK"
NON_STRICT = "NON-STRICT"
INFORMATIONAL = "INFORMATIONAL"
FAILED = "FAILED"
UNCLEAN = "UNCLEAN"
WRONG_CODE = "WRONG CODE"
FAILED_BY_CLIENT = "FAILED BY CLIENT"


class Case:
    def __init__(self, case_id, description, script, expected, closed_by_me=True, close_codes=(1000,),
                 require_clean=True, wrong_endpoint_fatal=False, wrong_code_fails=False, suppress_close=False,
                 informational=False, limit=30.0):
        self.id = case_id
        self.description = description
        self.script = script  # script(case, connection): sends frames and schedules what follows
        self.expected = expected  # {OK: [...], NON_STRICT: [...]}
        self.closed_by_me = closed_by_me
        self.close_codes = list(close_codes)
        self.require_clean = require_clean
        self.wrong_endpoint_fatal = wrong_endpoint_fatal  # UTF-8 cases: a server that never closed missed the error
        self.wrong_code_fails = wrong_code_fails  # close-code cases: a wrong close code fails the case
        self.suppress_close = suppress_close
        self.informational = informational
        self.limit = limit
        self.path = None  # another path than the suite's URL (the compression cases' server)
        self.offer = None  # a Sec-WebSocket-Extensions offer (the compression cases)
        self.received = []
        self.note = ""

    def sort_key(self):
        return tuple(int(part) for part in self.id.split("."))

    # ---- events from the connection ------------------------------------------------------------------------

    def start(self, connection):
        self.connection = connection
        self.script(self, connection)

    def on_message(self, connection, payload, binary):
        self.received.append(("message", payload, binary))
        self.finish_when_done(connection)

    def on_ping(self, connection, payload):
        self.received.append(("ping", payload))
        self.finish_when_done(connection)

    def on_pong(self, connection, payload):
        self.received.append(("pong", payload))
        self.finish_when_done(connection)

    def finish_when_done(self, connection):
        """Once the record equals every expected outcome, a case that expects to close does so."""
        if all(self.received == outcome for outcome in self.expected.values()):
            if self.closed_by_me and not self.suppress_close:
                connection.send_close(self.close_codes[0])

    # ---- verdicts -----------------------------------------------------------------------------------------

    def behavior(self):
        for verdict in (OK, NON_STRICT):
            if verdict in self.expected and self.received == self.expected[verdict]:
                return verdict
        self.note = "received %s" % summarize(self.received)
        return FAILED

    def close_behavior(self, connection):
        if self.closed_by_me != connection.closed_by_me:
            return FAILED, "the connection was closed by the wrong endpoint"
        if self.require_clean and not connection.was_clean:
            return UNCLEAN, "the spec requires a clean close here"
        if connection.remote_close_code is not None and connection.remote_close_code not in self.close_codes:
            return WRONG_CODE, "close code %d, expected %s" % (connection.remote_close_code, self.close_codes)
        if connection.dropped_by_me:
            return FAILED_BY_CLIENT, "the client had to drop TCP (the server should)"
        return OK, ""

    def judge(self, connection):
        """Returns (behaviour verdict, close verdict, note)."""
        behavior = self.behavior()
        close, close_note = self.close_behavior(connection)
        if self.wrong_endpoint_fatal and self.closed_by_me != connection.closed_by_me:
            behavior = FAILED
        if self.wrong_code_fails and close == WRONG_CODE:
            behavior = FAILED
        if connection.protocol_violation:
            behavior = FAILED
            close_note = "server protocol violation: " + connection.protocol_violation
        if self.informational:
            return INFORMATIONAL, INFORMATIONAL, summarize(self.received)
        return behavior, close, "; ".join(n for n in (self.note, close_note) if n)


def summarize(events, width=100):
    def short(event):
        if event[0] == "message":
            kind = "binary" if event[2] else "text"
            return "%s(%d bytes)" % (kind, len(event[1]))
        if event[0] == "timeout":
            return "timeout " + event[1]
        return "%s(%r)" % (event[0], bytes(event[1])[:20])
    text = "[" + ", ".join(short(e) for e in events) + "]"
    return text if len(text) <= width else text[:width - 3] + "..."


# ---- the two shapes most cases take ----------------------------------------------------------------------

def echo_case(case_id, description, script, expected_ok, kill=1, **options):
    """The server must answer with `expected_ok`; then the client closes normally and expects a clean close."""
    def run(case, connection):
        script(case, connection)
        connection.kill_after(kill)
    return Case(case_id, description, run, {OK: expected_ok}, **options)


def failure_case(case_id, description, script, codes=(1002,), ok=(), non_strict=None, kill=1, **options):
    """The server must fail the connection (close with one of `codes`, or drop TCP), having sent `ok` first
    (or `non_strict`, which passes as NON-STRICT)."""
    def run(case, connection):
        script(case, connection)
        connection.kill_after(kill)
    expected = {OK: list(ok)}
    if non_strict is not None:
        expected[NON_STRICT] = list(non_strict)
    return Case(case_id, description, run, expected, closed_by_me=False, close_codes=codes, require_clean=False,
                **options)
