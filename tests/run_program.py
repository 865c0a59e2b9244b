#!/usr/bin/env python3
"""Runs one 4D program (a .4dm file or a project folder) with the headless host and checks what it did.

usage: run_program.py HOST PROGRAM EXPECTED_OUT [--host-arg ARG]...
                      [--stderr FILE | --stderr-contains FILE | --ignore-stderr] [--exit CODE] [--timeout SECONDS]

  HOST           the headless-host executable
  PROGRAM        passed to the host as PATH (after the --host-arg arguments)
  EXPECTED_OUT   the exact expected stdout (line endings normalised to \\n)
  --host-arg     an argument for the host before PROGRAM (repeatable; write --host-arg=--plugins for dashes)
  --stderr FILE  stderr must have exactly as many lines as FILE, and stderr line i must match FILE line i,
                 a glob pattern (fnmatch: * ? [..]) implicitly surrounded by *.
  --stderr-contains FILE
                 each non-empty line of FILE must occur (as a plain substring) somewhere in stderr; other
                 stderr output is allowed.
  --ignore-stderr
                 stderr is not checked. Without any of these three options, stderr must be empty.
  --exit CODE    the expected exit code (default 0); --exit-code is the same
  --timeout S    seconds before the host is killed and the test fails (default 30)
"""
import argparse
import difflib
import fnmatch
import subprocess
import sys


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read().replace("\r\n", "\n")


def stderr_problems(actual_lines, pattern_lines):
    if len(actual_lines) != len(pattern_lines):
        return [f"expected {len(pattern_lines)} stderr line(s), got {len(actual_lines)}"]
    return [f"stderr line {i + 1} does not match '{pattern}': {line}"
            for i, (line, pattern) in enumerate(zip(actual_lines, pattern_lines))
            if not fnmatch.fnmatchcase(line, "*" + pattern + "*")]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("host")
    parser.add_argument("program")
    parser.add_argument("expected_out")
    parser.add_argument("--host-arg", action="append", default=[])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--stderr")
    group.add_argument("--stderr-contains")
    group.add_argument("--ignore-stderr", action="store_true")
    parser.add_argument("--exit", "--exit-code", dest="exit", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()

    command = [args.host, *args.host_arg, args.program]
    try:
        run = subprocess.run(command, capture_output=True, timeout=args.timeout)
    except subprocess.TimeoutExpired as e:
        print(f"FAIL: timed out after {args.timeout} s: {' '.join(command)}")
        print((e.stdout or b"").decode("utf-8", "replace"), (e.stderr or b"").decode("utf-8", "replace"))
        return 1
    stdout = run.stdout.decode("utf-8", "replace").replace("\r\n", "\n")
    stderr = run.stderr.decode("utf-8", "replace").replace("\r\n", "\n")
    expected = read_text(args.expected_out)

    problems = []
    if run.returncode != args.exit:
        problems.append(f"exit code {run.returncode}, expected {args.exit}")
    if stdout != expected:
        diff = difflib.unified_diff(expected.splitlines(True), stdout.splitlines(True), "expected", "actual")
        problems.append("stdout differs:\n" + "".join(diff))
    if args.stderr_contains:
        problems += [f"stderr does not contain: {needle}" for needle in read_text(args.stderr_contains).splitlines()
                     if needle and needle not in stderr]
    elif not args.ignore_stderr:
        patterns = read_text(args.stderr).splitlines() if args.stderr else []
        problems += stderr_problems(stderr.splitlines(), patterns)

    if problems:
        print(f"FAIL: {' '.join(command)}")
        for p in problems:
            print(p)
        print("--- stderr ---\n" + stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
