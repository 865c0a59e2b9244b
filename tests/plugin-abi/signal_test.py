#!/usr/bin/env python3
"""SIGINT/SIGTERM make the headless host shut down gracefully: plugins' shutdown hooks run, their final
callbacks reach 4D code, and the host exits 0 soon after.

usage: signal_test.py HOST PLUGIN_DIR PROGRAM SIGNAL_NAME
"""
import signal
import subprocess
import sys
import time


def main():
    host, plugin_dir, program, signal_name = sys.argv[1:5]
    proc = subprocess.Popen([host, "--plugins", plugin_dir, program], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        if first != "started\n":
            print(f"FAIL: expected 'started', got {first!r}")
            return 1
        time.sleep(0.3)
        sent = time.monotonic()
        proc.send_signal(getattr(signal, signal_name))
        out, err = proc.communicate(timeout=10)
        elapsed = time.monotonic() - sent
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        print(f"FAIL: the host did not exit within 10 s of {signal_name}")
        return 1
    problems = []
    if proc.returncode != 0:
        problems.append(f"exit code {proc.returncode}")
    if out != "ticker stopped early: True\n":
        problems.append(f"unexpected output after the signal: {out!r}")
    if elapsed > 3:
        problems.append(f"took {elapsed:.1f} s to exit")
    if err:
        problems.append(f"stderr: {err!r}")
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
