"""A deliberately raw WebSocket client connection for conformance testing.

It sends whatever frames a test case asks for (bad ones included), reports what the server sends back, and
keeps the facts a verdict is made of, with the meaning Autobahn|Testsuite gives them: who started the closing
handshake, whether it completed, who dropped TCP, and the server's close code.
"""

import base64
import hashlib
import os
import select
import socket
import struct
import time
import urllib.parse
import zlib

ACCEPT_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

# Autobahn's client timeouts: how long to wait for the server's answer to our close frame, and for the server
# to drop TCP once the closing handshake is over (the server should close TCP first, RFC 6455 §7.1.1).
CLOSE_HANDSHAKE_TIMEOUT = 1.0
SERVER_DROP_TIMEOUT = 1.0

OPEN, CLOSING, CLOSED = "OPEN", "CLOSING", "CLOSED"


class HandshakeError(Exception):
    pass


def mask_payload(payload, key):
    """XOR with the 4-byte key, done on big integers so multi-megabyte payloads stay fast."""
    if not payload:
        return b""
    n = len(payload)
    repeated = (key * (n // 4 + 1))[:n]
    return (int.from_bytes(payload, "little") ^ int.from_bytes(repeated, "little")).to_bytes(n, "little")


def encode_frame(opcode, payload=b"", fin=True, rsv=0, mask=True):
    first = (0x80 if fin else 0) | (rsv << 4) | opcode
    n = len(payload)
    mask_bit = 0x80 if mask else 0
    if n <= 125:
        header = struct.pack("!BB", first, mask_bit | n)
    elif n <= 0xFFFF:
        header = struct.pack("!BBH", first, mask_bit | 126, n)
    else:
        header = struct.pack("!BBQ", first, mask_bit | 127, n)
    if not mask:
        return header + payload
    key = os.urandom(4)
    return header + key + mask_payload(payload, key)


class Deflate:
    """The client's side of permessage-deflate (RFC 7692) as the server's answer agreed it."""

    TAIL = b"\x00\x00\xff\xff"

    def __init__(self, answer):
        params = {}
        for part in answer.split(";")[1:]:
            name, _, value = part.strip().partition("=")
            params[name.strip().lower()] = value.strip().strip('"')
        self.client_no_context = "client_no_context_takeover" in params
        self.server_no_context = "server_no_context_takeover" in params
        self.client_bits = int(params.get("client_max_window_bits") or 15)
        self.agreed = params
        self._compressor = None
        self._decompressor = None

    def compress(self, payload):
        if self._compressor is None or self.client_no_context:
            self._compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -self.client_bits)
        data = self._compressor.compress(payload) + self._compressor.flush(zlib.Z_SYNC_FLUSH)
        return data[:-4] if data.endswith(self.TAIL) else data

    def decompress(self, payload):
        if self._decompressor is None or self.server_no_context:
            self._decompressor = zlib.decompressobj(-15)
        return self._decompressor.decompress(payload + self.TAIL)


class Connection:
    def __init__(self, url, case, time_scale=1.0, connect_timeout=5.0, offer=None):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme != "ws":
            raise ValueError("only ws:// URLs are supported")
        self.case = case
        self.time_scale = time_scale  # stretches every timer, for slow machines (sanitizer builds)
        self.state = OPEN
        self.closed_by_me = False
        self.dropped_by_me = False
        self.failed_by_me = False
        self.was_clean = False
        self.sent_close = False
        self.received_close = False
        self.remote_close_code = None
        self.remote_close_reason = b""
        self.tx_frames = {}  # opcode -> frames sent, for 10.1.1
        self.protocol_violation = None  # what the server did wrong, when it did

        self._timers = []  # (due, sequence, callback)
        self._timer_seq = 0
        self._inbuf = bytearray()
        self._message_opcode = None
        self._message_parts = []
        self._writing = False
        self._outbuf = bytearray()
        self._message_compressed = False
        self.offer = offer  # a Sec-WebSocket-Extensions offer, for the compression cases
        self.deflate = None

        self.sock = socket.create_connection((parts.hostname, parts.port or 80), timeout=connect_timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._handshake(parts, connect_timeout)
        self.sock.setblocking(False)

    # ---- opening handshake -------------------------------------------------------------------------------

    def _handshake(self, parts, timeout):
        key = base64.b64encode(os.urandom(16))
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        host = parts.hostname + (":%d" % parts.port if parts.port else "")
        request = (
            "GET %s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n%s\r\n" % (
                target, host, key.decode(), "Sec-WebSocket-Extensions: %s\r\n" % self.offer if self.offer else "")
        )
        self.sock.sendall(request.encode())
        deadline = time.monotonic() + timeout
        response = b""
        while b"\r\n\r\n" not in response:
            if time.monotonic() > deadline:
                raise HandshakeError("no complete handshake response within %.0f s" % timeout)
            chunk = self.sock.recv(4096)
            if not chunk:
                raise HandshakeError("connection closed during the handshake")
            response += chunk
        head, _, rest = response.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        if not lines[0].startswith("HTTP/1.1 101"):
            raise HandshakeError("server answered %r" % lines[0])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        expected = base64.b64encode(hashlib.sha1(key + ACCEPT_GUID).digest()).decode()
        if headers.get("sec-websocket-accept") != expected:
            raise HandshakeError("wrong Sec-WebSocket-Accept %r" % headers.get("sec-websocket-accept"))
        answer = headers.get("sec-websocket-extensions", "")
        if self.offer and not answer.startswith("permessage-deflate"):
            raise HandshakeError("permessage-deflate was offered (%s) and not answered (%r)" % (self.offer, answer))
        if answer and not self.offer:
            raise HandshakeError("the server answered an extension nobody offered: %r" % answer)
        if answer:
            self.deflate = Deflate(answer)
        self._inbuf += rest

    # ---- timers (Autobahn's killAfter / closeAfter / continueLater) ------------------------------------------

    def later(self, delay, callback):
        self._timer_seq += 1
        self._timers.append((time.monotonic() + delay * self.time_scale, self._timer_seq, callback))

    def kill_after(self, delay):
        self.later(delay, self.fail)

    def close_after(self, delay):
        self.later(delay, lambda: self.send_close(1000))

    def continue_later(self, delay, callback):
        self.later(delay, callback)

    # ---- sending ----------------------------------------------------------------------------------------

    def send_frame(self, opcode, payload=b"", fin=True, rsv=0, chop=None, sync=False, mask=True):
        """Sends one frame, exactly as given; `chop` splits its bytes into separate writes, `sync` pauses
        after each write so every chop leaves in its own TCP segment."""
        if self.state == CLOSED:
            return
        self.tx_frames[opcode] = self.tx_frames.get(opcode, 0) + 1
        self.send_raw(encode_frame(opcode, payload, fin, rsv, mask), chop, sync)

    def send_message(self, payload, binary=False, fragment_size=None, sync=False):
        """With permessage-deflate agreed, the message goes compressed, RSV1 on its first frame."""
        opcode = 2 if binary else 1
        rsv = 0
        if self.deflate:
            payload, rsv = self.deflate.compress(payload), 4
        if not fragment_size or len(payload) <= fragment_size:
            self.send_frame(opcode, payload, rsv=rsv, sync=sync)
            return
        for at in range(0, len(payload), fragment_size):
            last = at + fragment_size >= len(payload)
            self.send_frame(opcode if at == 0 else 0, payload[at:at + fragment_size], fin=last,
                            rsv=rsv if at == 0 else 0, sync=sync)

    def send_close(self, code=None, reason=b""):
        """Starts (or answers) the closing handshake once, the way a well-behaved client does."""
        if self.sent_close or self.state == CLOSED:
            return
        payload = b"" if code is None else struct.pack("!H", code) + reason
        self.send_close_frame(payload)

    def send_close_frame(self, payload):
        """Sends a close frame with any payload, valid or not."""
        if self.state == CLOSED:
            return
        if self.state == OPEN:
            self.closed_by_me = True
            self.state = CLOSING
            self.later(CLOSE_HANDSHAKE_TIMEOUT, self._close_handshake_timed_out)
        self.sent_close = True
        if self.received_close:
            self.was_clean = True
        self.send_frame(8, payload)

    def send_raw(self, data, chop=None, sync=False):
        pieces = [data] if not chop else [data[i:i + chop] for i in range(0, len(data), chop)]
        for piece in pieces:
            self._outbuf += piece
            self._flush()
            if sync:
                time.sleep(0.001)

    def _flush(self):
        if self._writing:  # a callback run while we were flushing queued more: the outer loop sends it
            return
        self._writing = True
        try:
            while self._outbuf and self.state != CLOSED:
                readable, writable, _ = select.select([self.sock], [self.sock], [], 1.0)
                if readable:
                    self._read_available()
                if writable and self._outbuf and self.state != CLOSED:
                    try:
                        sent = self.sock.send(self._outbuf)
                    except (BlockingIOError, InterruptedError):
                        continue
                    except OSError:
                        self._connection_lost()
                        return
                    del self._outbuf[:sent]
        finally:
            self._writing = False

    # ---- failing and dropping -----------------------------------------------------------------------------

    def fail(self):
        """Autobahn's failConnection with failByDrop: drop TCP without a closing handshake."""
        if self.state != CLOSED:
            self.failed_by_me = True
            self.drop()

    def drop(self):
        if self.state != CLOSED:
            self.dropped_by_me = True
            self._connection_lost()

    def _close_handshake_timed_out(self):
        if self.state != CLOSED and not self.received_close:
            self.drop()

    def _server_drop_timed_out(self):
        self.drop()

    def _violation(self, what):
        self.protocol_violation = what
        self.fail()

    def _connection_lost(self):
        if self.state == CLOSED:
            return
        self.state = CLOSED
        self._outbuf.clear()
        try:
            self.sock.close()
        except OSError:
            pass

    # ---- receiving --------------------------------------------------------------------------------------

    def run(self, limit):
        """Runs timers and processes what the server sends until TCP is closed or `limit` seconds pass."""
        hard_deadline = time.monotonic() + limit
        while self.state != CLOSED:
            now = time.monotonic()
            if now >= hard_deadline:
                self.fail()
                break
            due = [t for t in self._timers if t[0] <= now]
            if due:
                due.sort()
                entry = due[0]
                self._timers.remove(entry)
                entry[2]()
                continue
            wait = min([t[0] for t in self._timers] + [hard_deadline]) - now
            readable, _, _ = select.select([self.sock], [], [], max(0.0, wait))
            if readable:
                self._read_available()

    def _read_available(self):
        try:
            data = self.sock.recv(1 << 20)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._connection_lost()
            return
        if not data:
            self._connection_lost()
            return
        self._inbuf += data
        self._parse_frames()

    def _parse_frames(self):
        while self.state != CLOSED:
            buf = self._inbuf
            if len(buf) < 2:
                return
            first, second = buf[0], buf[1]
            length = second & 0x7F
            offset = 2
            if length == 126:
                if len(buf) < 4:
                    return
                length = struct.unpack_from("!H", buf, 2)[0]
                offset = 4
            elif length == 127:
                if len(buf) < 10:
                    return
                length = struct.unpack_from("!Q", buf, 2)[0]
                offset = 10
            masked = bool(second & 0x80)
            if masked:
                offset += 4
            if len(buf) < offset + length:
                return
            payload = bytes(buf[offset:offset + length])
            if masked:
                payload = mask_payload(payload, bytes(buf[offset - 4:offset]))
            del self._inbuf[:offset + length]
            opcode = first & 0x0F
            compressed = bool(first & 0x40) and self.deflate is not None and opcode in (1, 2)
            if masked:
                self._violation("server sent a masked frame")
            elif first & 0x70 and not (first & 0x70 == 0x40 and compressed):
                self._violation("server set reserved bits")
            else:
                if compressed:
                    self._message_compressed = True
                self._on_frame(bool(first & 0x80), opcode, payload)

    def _on_frame(self, fin, opcode, payload):
        if opcode == 8:
            self._on_close(payload)
        elif opcode == 9:
            self.case.on_ping(self, payload)
            self.send_frame(10, payload)
        elif opcode == 10:
            self.case.on_pong(self, payload)
        elif opcode in (0, 1, 2):
            if self.received_close:
                return
            if opcode == 0 and self._message_opcode is None:
                self._violation("server sent a continuation frame without a message")
                return
            if opcode != 0 and self._message_opcode is not None:
                self._violation("server started a message inside another")
                return
            if opcode != 0:
                self._message_opcode = opcode
            self._message_parts.append(payload)
            if fin:
                message = b"".join(self._message_parts)
                binary = self._message_opcode == 2
                self._message_opcode = None
                self._message_parts = []
                if self._message_compressed:
                    self._message_compressed = False
                    try:
                        message = self.deflate.decompress(message)
                    except zlib.error as error:
                        self._violation("server sent a compressed message that does not inflate: %s" % error)
                        return
                if not binary:
                    try:
                        message.decode("utf-8")
                    except UnicodeDecodeError:
                        self._violation("server sent a text message that is not UTF-8")
                        return
                self.case.on_message(self, message, binary)
        else:
            self._violation("server used reserved opcode %d" % opcode)

    def _on_close(self, payload):
        if self.received_close:
            return
        self.received_close = True
        if len(payload) >= 2:
            self.remote_close_code = struct.unpack("!H", payload[:2])[0]
            self.remote_close_reason = payload[2:]
        if self.state == OPEN:
            # The server started the closing handshake: answer with its code, then wait for it to drop TCP.
            self.state = CLOSING
            self.send_close_frame(payload[:2])
        self.was_clean = self.sent_close
        self.later(SERVER_DROP_TIMEOUT, self._server_drop_timed_out)
