"""Starts the headless host on a project with a free port, follows its stdout, and always stops it."""

import asyncio
import ctypes
import os
import re
import resource
import signal
import socket
import subprocess
import threading
import time


def _die_with_parent():
    """Runs in the child before exec: if the test is killed (e.g. by a CTest timeout), the kernel kills the host."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def raise_open_file_limit(wanted):
    """Raises this process's RLIMIT_NOFILE (inherited by the host it starts) up to the hard limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


class HostError(AssertionError):
    pass


class HostProcess:
    """`with HostProcess(host, project) as host:` — the host listens on host.port once the block starts."""

    def __init__(self, host_command, project, ready_path=None, start_timeout=20.0):
        self.command = list(host_command) if isinstance(host_command, (list, tuple)) else [host_command]
        self.project = project
        self.ready_path = ready_path
        self.start_timeout = start_timeout
        self.port = free_port()
        self.lines = []
        self._claimed = set()
        self._new_line = threading.Condition()
        self._process = None

    def __enter__(self):
        env = dict(os.environ, FOURD_HTTP_PORT=str(self.port))
        self._process = subprocess.Popen(
            self.command + [self.project], env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=None, text=True, encoding="utf-8", errors="replace",
            start_new_session=True, preexec_fn=_die_with_parent)
        threading.Thread(target=self._read_stdout, daemon=True).start()
        try:
            self._wait_for_port()
            if self.ready_path is not None:
                self._wait_for_websocket(self.ready_path)
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    @property
    def pid(self):
        return self._process.pid

    @property
    def url(self):
        return f"ws://127.0.0.1:{self.port}"

    def _read_stdout(self):
        for line in self._process.stdout:
            line = line.rstrip("\r\n")
            print(f"[host] {line}", flush=True)
            if line:
                with self._new_line:
                    self.lines.append(line)
                    self._new_line.notify_all()

    @property
    def pid(self):
        return self._process.pid

    def exit_code(self):
        return self._process.poll()

    def rss_kib(self):
        """The host's resident memory (VmRSS), in KiB."""
        with open(f"/proc/{self._process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise HostError("no VmRSS line in the host's /proc status")

    def _fail_if_exited(self, waiting_for):
        code = self._process.poll()
        if code is not None:
            how = f"was killed by {signal.Signals(-code).name}" if code < 0 else f"exited with code {code}"
            raise HostError(f"host {how} while waiting for {waiting_for}")

    def _wait_for_port(self):
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            self._fail_if_exited(f"port {self.port}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise HostError(f"host did not listen on 127.0.0.1:{self.port} within {self.start_timeout} s")

    def handshake_status(self, path, timeout=5.0):
        """Sends a WebSocket upgrade request for `path`; returns the HTTP status and closes the socket."""
        request = (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                   "Sec-WebSocket-Version: 13\r\n\r\n")
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as sock:
            sock.sendall(request.encode())
            answer = sock.makefile("rb")
            status_line = answer.readline().decode("latin-1")
            match = re.match(r"HTTP/1\.1 (\d{3})", status_line)
            if not match:
                raise HostError(f"no HTTP status line in answer to upgrade of {path}: {status_line!r}")
            if match.group(1) == "101":
                self._close_politely(sock, answer)
        return int(match.group(1))

    @staticmethod
    def _close_politely(sock, answer):
        """Close handshake (code 1000, zero mask) so the server's handlers see an ordinary client leaving."""
        while answer.readline() not in (b"\r\n", b""):
            pass
        sock.sendall(b"\x88\x82\x00\x00\x00\x00\x03\xe8")
        try:
            while answer.read(1):
                pass
        except TimeoutError:
            pass  # the server should close the TCP connection first (RFC 6455 §7.1.1); the probe does not judge that

    def _wait_for_websocket(self, path):
        """The web server listens before the worker has created the WebSocket server: wait for a 101."""
        deadline = time.monotonic() + self.start_timeout
        status = None
        while time.monotonic() < deadline:
            self._fail_if_exited(f"a WebSocket server on {path}")
            try:
                status = self.handshake_status(path)
                if status == 101:
                    return
            except (OSError, HostError):
                pass  # not listening yet, or no answer: the next round tells whether the host died
            time.sleep(0.05)
        raise HostError(f"no WebSocket server answered 101 on {path} within {self.start_timeout} s "
                        f"(last status {status})")

    def wait_for_line(self, pattern, timeout=10.0):
        """Returns the match of the first stdout line matching `pattern` that no earlier call returned."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        with self._new_line:
            while True:
                for index, line in enumerate(self.lines):
                    match = None if index in self._claimed else regex.search(line)
                    if match:
                        self._claimed.add(index)
                        return match
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise HostError(f"no host stdout line matched {pattern!r} within {timeout} s; "
                                    f"last lines: {self.lines[-10:]}")
                self._fail_if_exited(f"a line matching {pattern!r}")
                self._new_line.wait(timeout=min(remaining, 0.2))

    async def line(self, pattern, timeout=10.0):
        """wait_for_line for asyncio code: waits in a thread so the event loop keeps serving the clients."""
        return await asyncio.to_thread(self.wait_for_line, pattern, timeout)

    def stop(self):
        if self._process is None or self._process.poll() is not None:
            return
        os.killpg(self._process.pid, signal.SIGTERM)
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait(timeout=10)
