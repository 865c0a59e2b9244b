// Where an HTTP head ends (RFC 9112 §2.2: a recipient may take a bare LF for CRLF), as requests and upgrade answers
// arrive in pieces.
#include <doctest/doctest.h>

#include <string>

#include "protocol/http_head.h"

TEST_CASE("an HTTP head ends after its empty line, CRLF or bare LF") {
  CHECK(ws::httpHeadEnd("GET / HTTP/1.1\r\nHost: a\r\n\r\nbody") == 27);
  CHECK(ws::httpHeadEnd("GET / HTTP/1.1\nHost: a\n\nbody") == 24);
  CHECK(ws::httpHeadEnd("GET / HTTP/1.1\r\nHost: a\r\n") == std::string::npos);
}

TEST_CASE("a head that arrives in pieces is found across the pieces") {
  std::string in = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r";
  size_t searched = in.size();
  CHECK(ws::httpHeadEnd(in) == std::string::npos);
  in += "\nearly frame";
  CHECK(ws::httpHeadEnd(in, searched) == in.find("early"));
}
