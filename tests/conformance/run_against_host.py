#!/usr/bin/env python3
"""CTest driver: runs the conformance suite against the headless host serving the echo example.

    run_against_host.py HOST_EXE PROJECT_DIR [run_suite.py options...]

Starts `HOST_EXE PROJECT_DIR` with FOURD_HTTP_PORT set to a free 127.0.0.1 port, waits (bounded) until the
port accepts connections, runs run_suite.py against ws://127.0.0.1:PORT/, then stops the host (SIGTERM, then
SIGKILL after a grace period). Exits 77 (CTest SKIP_RETURN_CODE) when the project or the host does not exist
yet; otherwise with the suite's exit code, or 1 when the host failed to come up.
"""

import os
import signal
import socket
import subprocess
import sys
import time

SKIP = 77
STARTUP_TIMEOUT = 30.0
STOP_GRACE = 10.0
HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, host_process, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if host_process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def stop(process):
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(STOP_GRACE)
    except subprocess.TimeoutExpired:
        print("host did not stop within %.0f s of SIGTERM; killing it" % STOP_GRACE)
        process.kill()
        process.wait()


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    host_exe, project = sys.argv[1], sys.argv[2]
    for path, what in ((project, "echo project"), (host_exe, "headless host")):
        if not os.path.exists(path):
            print("skipped: the %s %s does not exist yet" % (what, path))
            return SKIP
    port = free_port()
    env = dict(os.environ, FOURD_HTTP_PORT=str(port))
    host = subprocess.Popen([host_exe, project], env=env)
    try:
        if not wait_for_port(port, host, STARTUP_TIMEOUT):
            print("the host did not listen on 127.0.0.1:%d within %.0f s (exit code %s)"
                  % (port, STARTUP_TIMEOUT, host.poll()))
            return 1
        suite = [sys.executable, os.path.join(HERE, "run_suite.py"), "ws://127.0.0.1:%d/" % port] + sys.argv[3:]
        result = subprocess.run(suite)
        if host.poll() is not None:
            print("the host exited during the run (exit code %d)" % host.returncode)
            return 1
        return result.returncode
    finally:
        stop(host)


if __name__ == "__main__":
    sys.exit(main())
