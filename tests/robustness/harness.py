"""What every robustness test shares: the host on the fault project (through the integration suite's
HostProcess: free port, live stdout, always stopped), the tally of bad inputs tried and faults survived, and the
checks that 4D saw a connection's callbacks in the documented order."""

import argparse
import itertools
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration", "python"))
from host_process import HostError, HostProcess  # noqa: E402  (shared with the integration suite)

import wsraw  # noqa: E402

PROJECT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "projects", "faults")
_tags = itertools.count(1)


def new_tag(kind):
    """A unique client tag: the project logs it with every callback of that client's connection."""
    return f"{kind}{next(_tags)}"


class Host(HostProcess):
    def __init__(self, host_command):
        super().__init__(host_command, PROJECT, ready_path="/echo?tag=ready")
        self._ready_tags = 0

    def signal(self, signum):
        os.kill(self._process.pid, signum)

    def wait_exit(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                return self._process.returncode
            time.sleep(0.05)
        raise AssertionError(f"the host did not exit within {timeout} s")

    def rss_kib(self):
        with open(f"/proc/{self._process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise AssertionError("no VmRSS for the host")

    def event(self, kind, tag, timeout=10.0):
        """The fields of the next `kind` line logged for `tag` (e.g. kind "terminate" → {"code": "1002", ...})."""
        match = self.wait_for_line(rf"^{kind} tag={re.escape(tag)}( |$)(.*)", timeout)
        return parse_fields(match.group(2))

    def no_event(self, kind, tag, wait=0.5):
        """True when no (unclaimed) `kind` line for `tag` shows up within `wait` seconds."""
        try:
            self.wait_for_line(rf"^{kind} tag={re.escape(tag)}( |$)", wait)
            return False
        except HostError:
            return True

    def callbacks(self, tag):
        """The kinds of the lines logged so far for `tag`, in order (e.g. ["open", "error", "terminate"])."""
        with self._new_line:
            return [line.split(" ", 1)[0] for line in self.lines if re.search(rf" tag={re.escape(tag)}( |$)", line)]

    def still_serves(self, path="/echo", timeout=5.0):
        """A fresh client's echo round trip works and it closes normally: the host survived what came before."""
        tag = new_tag("alive")
        with wsraw.RawClient(self.port, f"{path}?tag={tag}", timeout=timeout) as client:
            client.send_text("still there?")
            opcode, payload, _ = client.read_frame()
            if (opcode, payload) != (wsraw.OP_TEXT, b"still there?"):
                raise AssertionError(f"echo after a fault: got opcode {opcode} payload {payload[:60]!r}")
            code, _, _ = client.close_politely()
            if code != 1000:
                raise AssertionError(f"normal close after a fault answered {code}")
        self.event("terminate", tag)
        return True


def parse_fields(text):
    """'code=1002 received=0 reason=a b' → dict; the last field (reason/errors) keeps its spaces."""
    fields = {}
    for match in re.finditer(r"(\w+)=(.*?)(?= \w+=|$)", text):
        fields[match.group(1)] = match.group(2)
    return fields


class Tally:
    """Counts checks per test and prints the one-line summary the README quotes; exit status 1 on any failure."""

    def __init__(self, name):
        self.name = name
        self.tried = 0
        self.survived = 0
        self.failures = []

    def check(self, condition, message):
        if not condition:
            self.failures.append(message)
            print(f"FAIL: {message}", flush=True)
        return condition

    def case(self, label, run):
        """Runs one bad input or fault; `run` raises AssertionError (or returns False) when it went wrong."""
        self.tried += 1
        try:
            outcome = run()
        except (AssertionError, OSError, TimeoutError) as error:
            self.check(False, f"{label}: {error}")
            return
        if outcome is False:
            self.check(False, f"{label}: failed")
            return
        self.survived += 1
        print(f"ok: {label}", flush=True)

    def finish(self):
        status = "PASS" if not self.failures else f"FAIL ({len(self.failures)} failed)"
        print(f"SUMMARY {self.name}: {self.tried} bad inputs/faults tried, {self.survived} handled as specified, "
              f"{status}", flush=True)
        for failure in self.failures:
            print(f"  failed: {failure}", flush=True)
        return 0 if not self.failures else 1


def main(name, body, modes=None):
    """Runs `body(host, tally)` against a fresh host (`body(host, tally, mode)` when the test has modes)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", required=True, help="headless-host executable")
    if modes:
        parser.add_argument("--mode", required=True, choices=modes)
    args = parser.parse_args()
    tally = Tally(f"{name}.{args.mode}" if modes else name)
    try:
        with Host([args.host]) as host:
            body(host, tally, args.mode) if modes else body(host, tally)
    except HostError as error:
        tally.check(False, f"host: {error}")
    sys.exit(tally.finish())
