#!/usr/bin/env python3
"""Autobahn|Testsuite-style conformance run against a WebSocket echo server (Python 3 standard library only).

    run_suite.py ws://127.0.0.1:9001/ [--cases 1.*,6.4.*] [--quick] [--time-scale 2]

Replays Autobahn's server cases 1.* to 7.*, 9.*, 10.1.1, and 12.* and 13.* (permessage-deflate, on the server's
/deflate path) and judges them the way Autobahn does. Prints one
line per case (behaviour verdict OK / NON-STRICT / INFORMATIONAL / FAILED, close verdict, server close code,
duration, note) and a summary. Exits 1 when any case FAILED in behaviour or in its close (closed by the wrong
endpoint, or not clean where the spec demands it); UNCLEAN, WRONG CODE and FAILED BY CLIENT close verdicts are
reported as warnings, as Autobahn does.
"""

import argparse
import fnmatch
import sys
import time
import urllib.parse

import cases_close
import cases_compression
import cases_framing
import cases_performance
import cases_utf8
from case import FAILED, UNCLEAN
from connection import Connection, HandshakeError


def catalog(quick):
    cases = (cases_framing.all_cases() + cases_utf8.all_cases() + cases_close.all_cases()
             + cases_performance.all_cases(quick) + cases_compression.all_cases(quick))
    return sorted(cases, key=lambda c: c.sort_key())


def selected(cases, patterns):
    if not patterns:
        return cases
    wanted = [p.strip() for p in patterns.split(",") if p.strip()]
    return [c for c in cases if any(fnmatch.fnmatchcase(c.id, p) or c.id == p for p in wanted)]


def run_case(url, case, time_scale):
    started = time.monotonic()
    try:
        if case.path:
            url = urllib.parse.urlunsplit(urllib.parse.urlsplit(url)._replace(path=case.path))
        connection = Connection(url, case, time_scale=time_scale, offer=case.offer)
    except (OSError, HandshakeError) as error:
        return FAILED, FAILED, None, 0.0, "opening handshake failed: %s" % error
    case.start(connection)
    connection.run(case.limit * time_scale)
    behavior, close, note = case.judge(connection)
    return behavior, close, connection.remote_close_code, (time.monotonic() - started) * 1000, note


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url", help="echo server, e.g. ws://127.0.0.1:9001/")
    parser.add_argument("--cases", help="comma-separated case ids or patterns, e.g. 1.*,6.4.*,7.9.1")
    parser.add_argument("--quick", action="store_true", help="section 9 with sizes / 16 and counts / 10")
    parser.add_argument("--time-scale", type=float, default=1.0, help="stretch every timer (slow builds)")
    args = parser.parse_args()

    cases = selected(catalog(args.quick), args.cases)
    if not cases:
        print("no case matches %r" % args.cases, file=sys.stderr)
        return 2
    counts = {}
    failures = []
    print("%-8s %-13s %-16s %-5s %8s  %s" % ("case", "behaviour", "close", "code", "ms", "note"))
    for case in cases:
        behavior, close, code, ms, note = run_case(args.url, case, args.time_scale)
        counts[behavior] = counts.get(behavior, 0) + 1
        if behavior == FAILED or close in (FAILED, UNCLEAN):
            failures.append(case.id)
        print("%-8s %-13s %-16s %-5s %8.0f  %s" % (case.id, behavior, close, "-" if code is None else code, ms, note),
              flush=True)
    summary = ", ".join("%d %s" % (n, verdict) for verdict, n in sorted(counts.items()))
    print("\n%d cases: %s; %d with a failed behaviour or close%s" % (
        len(cases), summary, len(failures), (": " + " ".join(failures)) if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
