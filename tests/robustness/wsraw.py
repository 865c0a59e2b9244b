"""A raw WebSocket client on plain sockets: it sends what real clients refuse to send, and reads the server's
frames one by one, so a test can tell exactly what came before the close frame."""

import base64
import hashlib
import os
import socket
import struct
import time

KEY = "dGhlIHNhbXBsZSBub25jZQ=="
RFC_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

OP_CONT, OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA


class ServerClosed(AssertionError):
    pass


def upgrade_request(path, port, extra=(), omit=(), method="GET", version="13", key=KEY):
    """The text of an upgrade request; `extra` adds header lines, `omit` drops standard headers by name."""
    headers = [("Host", f"127.0.0.1:{port}"), ("Upgrade", "websocket"), ("Connection", "Upgrade"),
               ("Sec-WebSocket-Key", key), ("Sec-WebSocket-Version", version)]
    lines = [f"{method} {path} HTTP/1.1"]
    lines += [f"{name}: {value}" for name, value in headers if name not in omit]
    lines += list(extra)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def read_http_response(sock, timeout=5.0):
    """Reads a status line and headers; returns (status, {lowercase name: value}, body bytes already read).
    Status 0 when the server closed without a word."""
    sock.settimeout(timeout)
    data = b""
    while b"\r\n\r\n" not in data:
        try:
            chunk = sock.recv(4096)
        except ConnectionResetError:
            chunk = b""
        if not chunk:
            if not data:
                return 0, {}, b""
            break
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) < 2 or not parts[0].startswith("HTTP/"):
        raise AssertionError(f"not an HTTP status line: {lines[0]!r}")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(parts[1]), headers, rest


def http_exchange(port, request, timeout=5.0):
    """Sends raw request bytes on a new connection; returns (status, headers, body until the server closes or
    Content-Length is reached)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        status, headers, body = read_http_response(sock, timeout)
        length = int(headers.get("content-length", "-1"))
        if request.startswith(b"HEAD "):
            length = 0
        deadline = time.monotonic() + timeout
        while (length < 0 or len(body) < length) and time.monotonic() < deadline:
            try:
                chunk = sock.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not chunk:
                break
            body += chunk
        return status, headers, body


def encode_frame(opcode, payload=b"", fin=True, rsv=0, mask=True, length_override=None):
    """One client frame; `length_override` writes another length than the payload's (in the 64-bit form)."""
    if isinstance(payload, str):
        payload = payload.encode()
    first = (0x80 if fin else 0) | (rsv << 4) | opcode
    mask_bit = 0x80 if mask else 0
    if length_override is not None:
        header = struct.pack("!BBQ", first, mask_bit | 127, length_override)
    elif len(payload) < 126:
        header = struct.pack("!BB", first, mask_bit | len(payload))
    elif len(payload) < 65536:
        header = struct.pack("!BBH", first, mask_bit | 126, len(payload))
    else:
        header = struct.pack("!BBQ", first, mask_bit | 127, len(payload))
    if not mask:
        return header + payload
    key = os.urandom(4)
    return header + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))


def close_payload(code, reason=b""):
    return struct.pack("!H", code) + reason


class RawClient:
    """`with RawClient(port, "/echo?tag=x") as ws:` — upgraded on entry (AssertionError unless 101)."""

    def __init__(self, port, path, timeout=5.0, linger_reset=False, extra=()):
        self.port = port
        self.path = path
        self.extra = extra  # header lines added to the upgrade request
        self.timeout = timeout
        self.linger_reset = linger_reset
        self.sock = None
        self._buffer = b""

    def __enter__(self):
        self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=self.timeout)
        self.sock.sendall(upgrade_request(self.path, self.port, extra=self.extra))
        status, headers, rest = read_http_response(self.sock, self.timeout)
        if status != 101:
            self.sock.close()
            raise AssertionError(f"upgrade of {self.path} answered {status}, expected 101")
        expected = base64.b64encode(hashlib.sha1((KEY + RFC_GUID).encode()).digest()).decode()
        if headers.get("sec-websocket-accept") != expected:
            raise AssertionError(f"wrong Sec-WebSocket-Accept: {headers.get('sec-websocket-accept')!r}")
        self._buffer = rest
        return self

    def __exit__(self, *exc):
        self.abort()
        return False

    def abort(self):
        """Closes the socket without a close handshake (a reset when linger_reset is set)."""
        if self.sock is None:
            return
        if self.linger_reset:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()
        self.sock = None

    def send_raw(self, data):
        self.sock.sendall(data)

    def send(self, opcode, payload=b"", **options):
        self.sock.sendall(encode_frame(opcode, payload, **options))

    def send_text(self, text):
        self.send(OP_TEXT, text.encode())

    def _read_exactly(self, size, deadline):
        while len(self._buffer) < size:
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                chunk = self.sock.recv(max(65536, size - len(self._buffer)))
            except ConnectionResetError:
                chunk = b""
            except TimeoutError:
                raise TimeoutError(f"no complete frame from the server on {self.path} in time") from None
            if not chunk:
                raise ServerClosed(f"the server closed TCP on {self.path} without a (complete) frame")
            self._buffer += chunk
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def read_frame(self, timeout=None):
        """Returns (opcode, payload, fin); fails on a masked or reserved-bit server frame."""
        deadline = time.monotonic() + (timeout or self.timeout)
        first, second = self._read_exactly(2, deadline)
        if second & 0x80:
            raise AssertionError("the server sent a masked frame")
        if first & 0x70:
            raise AssertionError("the server set a reserved bit")
        length = second & 0x7F
        if length == 126:
            length = struct.unpack("!H", self._read_exactly(2, deadline))[0]
        elif length == 127:
            length = struct.unpack("!Q", self._read_exactly(8, deadline))[0]
        return first & 0x0F, self._read_exactly(length, deadline), bool(first & 0x80)

    def read_close(self, timeout=None):
        """Skips data frames until the close frame; returns (code or None, reason, data frames skipped)."""
        skipped = 0
        while True:
            opcode, payload, _ = self.read_frame(timeout)
            if opcode == OP_CLOSE:
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else None
                return code, payload[2:], skipped
            if opcode in (OP_TEXT, OP_BINARY, OP_CONT):
                skipped += 1

    def server_closes_tcp(self, timeout=5.0):
        """True when the server closes the TCP connection within `timeout` (everything left is read)."""
        self.sock.settimeout(timeout)
        try:
            while self.sock.recv(65536):
                pass
            return True
        except ConnectionResetError:
            return True
        except TimeoutError:
            return False

    def close_politely(self, code=1000):
        self.send(OP_CLOSE, close_payload(code))
        return self.read_close()
