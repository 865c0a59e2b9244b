"""Runs a client command against a headless host: starts the host on a free port, waits until its WebSocket
server answers, runs the command with WS_PORT set (and "{port}" in its arguments replaced), always stops the host.
Exit code: the command's, or 1 when the host did not come up or the command ran out of time."""

import argparse
import os
import shlex
import signal
import subprocess
import sys

from host_process import HostError, HostProcess, raise_open_file_limit


def run_bounded(command, env, timeout):
    """Runs the command in its own process group, so a browser it started goes too when time runs out."""
    client = subprocess.Popen(command, env=env, start_new_session=True)
    try:
        return client.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        print(f"with_host: {command[0]} did not finish within {timeout} s", flush=True)
        os.killpg(client.pid, signal.SIGKILL)
        client.wait()
        return 1


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", required=True, help="headless-host executable (or a command line)")
    parser.add_argument("--project", required=True, help="project folder the host runs")
    parser.add_argument("--ready-path", default="/", help="path whose WebSocket handshake must succeed first")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds the command may run")
    parser.add_argument("--open-files", type=int, default=0, help="raise RLIMIT_NOFILE to this for both")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- client command and its arguments")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no client command given")
    if args.open_files:
        raise_open_file_limit(args.open_files)
    try:
        with HostProcess(shlex.split(args.host), args.project, ready_path=args.ready_path) as host:
            command = [part.replace("{port}", str(host.port)) for part in command]
            env = dict(os.environ, WS_PORT=str(host.port))
            result = run_bounded(command, env, args.timeout)
            if host.exit_code() is not None:
                print(f"with_host: the host stopped while the client ran (exit status {host.exit_code()})",
                      flush=True)
                return result or 1
            return result
    except HostError as error:
        print(f"with_host: {error}", flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
