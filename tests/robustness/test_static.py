"""The web server's static files: nothing outside the root folder (every spelling of "..", encoded or not,
backslashes, absolute paths), no directory listing, the right Content-Type per extension, HEAD without a body,
404 for what is missing and 405 for other methods (with Allow), and a request body never read as a request."""

import os
import socket

import harness
from harness import PROJECT
from wsraw import http_exchange, read_http_response

WEB = os.path.join(PROJECT, "WebFolder")
SECRET = b"SECRET-OUTSIDE-WEBFOLDER"  # content of projects/faults/secret.txt, next to WebFolder/

CONTENT_TYPES = {
    "/index.html": ("text/html",),
    "/app.js": ("application/javascript", "text/javascript"),
    "/style.css": ("text/css",),
    "/logo.png": ("image/png",),
    "/data.json": ("application/json",),
    "/icon.svg": ("image/svg+xml",),
    "/notes.txt": ("text/plain",),
}

TRAVERSALS = [
    "/../secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
    "/%2e%2e%2fsecret.txt", "/.%2e/secret.txt", "/%2e./secret.txt", "/..%5csecret.txt", "/..%5Csecret.txt",
    "/..\\secret.txt", "/%252e%252e%252fsecret.txt", "/%252e%252e/secret.txt", "/..%252fsecret.txt",
    "/sub/../../secret.txt", "/sub/%2e%2e/%2e%2e/secret.txt", "/sub/..%2f..%2fsecret.txt",
    "/%2f..%2f..%2fsecret.txt", "/%c0%ae%c0%ae/secret.txt", "/%c0%ae%c0%ae%c0%afsecret.txt",
    "/sub/..;/..;/secret.txt", "/./../secret.txt", "/sub/./../../secret.txt", "/....//secret.txt",
    "/%2e%2e%00/secret.txt", "/index.html%00/../../secret.txt",
    f"/{os.path.abspath(os.path.join(PROJECT, 'secret.txt'))}",
    f"/%2f{os.path.abspath(os.path.join(PROJECT, 'secret.txt')).lstrip('/').replace('/', '%2f')}",
    "//etc/passwd", "/%2fetc%2fpasswd", "/../../../../../../etc/passwd",
    "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
]


def get(host, target, method="GET", extra=""):
    request = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{extra}\r\n"
    return http_exchange(host.port, request.encode("latin-1"))


def refused_traversal(host, target):
    def run():
        status, _, body = get(host, target)
        assert SECRET not in body and b"root:" not in body, f"{target} leaked a file outside the root ({status})"
        assert status in (400, 403, 404), f"{target}: status {status}, expected 400/403/404"
        return True
    return run


def served_with_type(host, path, types):
    def run():
        status, headers, body = get(host, path)
        assert status == 200, f"{path}: status {status}"
        with open(os.path.join(WEB, path.lstrip("/")), "rb") as expected:
            assert body == expected.read(), f"{path}: body differs from the file"
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        assert content_type in types, f"{path}: Content-Type {content_type!r}, expected {' or '.join(types)}"
        return True
    return run


def head_has_no_body(host, path):
    def run():
        _, get_headers, get_body = get(host, path)
        with socket.create_connection(("127.0.0.1", host.port), timeout=5) as sock:
            # HEAD, then GET on the same keep-alive connection: a body after HEAD would corrupt the second answer.
            sock.sendall(f"HEAD {path} HTTP/1.1\r\nHost: x\r\n\r\nGET /notes.txt HTTP/1.1\r\nHost: x\r\n"
                         f"Connection: close\r\n\r\n".encode())
            status, headers, rest = read_http_response(sock)
            assert status == 200, f"HEAD {path}: status {status}"
            assert headers.get("content-length") == str(len(get_body)), \
                f"HEAD Content-Length {headers.get('content-length')}, GET body {len(get_body)} bytes"
            assert headers.get("content-type") == get_headers.get("content-type"), "HEAD and GET types differ"
            while b"\r\n\r\n" not in rest:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                rest += chunk
            assert rest.startswith(b"HTTP/1.1 200"), f"HEAD sent a body: next bytes {rest[:40]!r}"
        return True
    return run


def no_listing(host, target):
    def run():
        status, _, body = get(host, target)
        assert b"unlisted.txt" not in body, f"{target} lists the folder"
        assert status in (403, 404), f"{target}: status {status}, expected 403/404"
        return True
    return run


def method_not_allowed(host, method):
    def run():
        status, headers, body = get(host, "/index.html", method, "Content-Length: 0\r\n")
        assert status == 405, f"{method}: status {status}, expected 405"
        assert "GET" in headers.get("allow", ""), f"{method}: 405 without Allow: GET (got {headers.get('allow')!r})"
        return True
    return run


def body_is_not_a_request(host):
    """A refused POST's body holds a request: it must not be answered as a second request."""
    def run():
        smuggled = "GET /notes.txt HTTP/1.1\r\nHost: x\r\n\r\n"
        request = (f"POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: {len(smuggled)}\r\n\r\n{smuggled}")
        with socket.create_connection(("127.0.0.1", host.port), timeout=5) as sock:
            sock.sendall(request.encode())
            sock.settimeout(2)
            data = b""
            try:
                while True:
                    chunk = sock.recv(4096)
                    if not chunk:
                        break
                    data += chunk
            except TimeoutError:
                pass
        answers = data.count(b"HTTP/1.1 ")
        assert data.startswith(b"HTTP/1.1 405"), f"first answer {data[:30]!r}"
        assert answers == 1 and b"plain notes" not in data, \
            f"the POST body was answered as a request ({answers} answers)"
        return True
    return run


def body(host, tally):
    for target in TRAVERSALS:
        tally.case(f"static: traversal {target[:60]} → 404", refused_traversal(host, target))
    for path, types in CONTENT_TYPES.items():
        tally.case(f"static: {path} served as {types[0]}", served_with_type(host, path, types))
    tally.case("static: / serves index.html", lambda: get(host, "/")[2] == open(os.path.join(WEB, "index.html"),
                                                                                  "rb").read())
    tally.case("static: /docs/ serves its index.html", lambda: b"docs index" in get(host, "/docs/")[2])
    for path in ("/index.html", "/logo.png", "/app.js"):
        tally.case(f"static: HEAD {path} has GET's headers and no body", head_has_no_body(host, path))
    for target in ("/sub/", "/sub", "/sub/.", "/sub/%2e"):
        tally.case(f"static: no listing of {target}", no_listing(host, target))
    for target in ("/missing.html", "/sub/missing", "/index.html/", "/index.html/x", "/.hidden"):
        tally.case(f"static: {target} → 404", lambda t=target: get(host, t)[0] == 404)
    for method in ("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"):
        tally.case(f"static: {method} → 405 with Allow", method_not_allowed(host, method))
    tally.case("static: a refused POST's body is not read as a request", body_is_not_a_request(host))
    tally.case("host still serves a new client after the static requests", host.still_serves)


if __name__ == "__main__":
    harness.main("static", body)
