// permessage-deflate (RFC 7692): negotiation of the parameters, and the compressor and decompressor against the
// RFC's own examples.
#include <doctest/doctest.h>

#include <string>

#include "protocol/permessage_deflate.h"

using namespace ws;

namespace {

std::string header(std::string_view offers, DeflateOptions options = {}) {
  auto agreed = negotiateDeflate(offers, options);
  return agreed ? agreed->responseHeader : "(declined)";
}

std::string bytes(std::initializer_list<unsigned char> list) { return std::string(list.begin(), list.end()); }

}  // namespace

TEST_CASE("permessage-deflate: the first acceptable offer wins; others and invalid ones are declined") {
  CHECK(header("permessage-deflate") == "permessage-deflate");
  CHECK(header("x-webkit-deflate-frame, permessage-deflate; client_max_window_bits") == "permessage-deflate");
  CHECK(header("x-webkit-deflate-frame") == "(declined)");
  // §7.1: an unknown parameter, a repeated one or a bad value declines that offer, and the next is tried.
  CHECK(header("permessage-deflate; foo") == "(declined)");
  CHECK(header("permessage-deflate; server_no_context_takeover; server_no_context_takeover") == "(declined)");
  CHECK(header("permessage-deflate; server_max_window_bits") == "(declined)");
  CHECK(header("permessage-deflate; server_max_window_bits=16") == "(declined)");
  CHECK(header("permessage-deflate; client_max_window_bits=07") == "(declined)");
  CHECK(header("permessage-deflate; server_no_context_takeover=1") == "(declined)");
  CHECK(header("permessage-deflate; foo, permessage-deflate; server_max_window_bits=10") ==
        "permessage-deflate; server_max_window_bits=10");
  // A window of 8 bits cannot be compressed with zlib: declined rather than broken.
  CHECK(header("permessage-deflate; server_max_window_bits=8") == "(declined)");
  CHECK(header("permessage-deflate; server_max_window_bits=\"12\"") == "permessage-deflate; server_max_window_bits=12");
}

TEST_CASE("permessage-deflate: context takeover and window sizes follow the offer and the server's options") {
  CHECK(header("permessage-deflate; server_no_context_takeover; client_no_context_takeover") ==
        "permessage-deflate; server_no_context_takeover; client_no_context_takeover");
  DeflateOptions options;
  options.serverNoContextTakeover = true;
  options.clientNoContextTakeover = true;
  options.serverMaxWindowBits = 12;
  options.clientMaxWindowBits = 10;
  CHECK(header("permessage-deflate", options) ==
        "permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=12");
  // The client's window is limited only when it offered client_max_window_bits (§7.1.2.2).
  CHECK(header("permessage-deflate; client_max_window_bits", options) ==
        "permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=12; "
        "client_max_window_bits=10");
  CHECK(header("permessage-deflate; client_max_window_bits=9", options).find("client_max_window_bits") ==
        std::string::npos);
  auto agreed = negotiateDeflate("permessage-deflate; client_max_window_bits=9", options);
  REQUIRE(agreed);
  CHECK(agreed->clientMaxWindowBits == 9);
}

TEST_CASE("permessage-deflate: the RFC's examples, with and without context takeover") {
  // RFC 7692 §7.2.3.1 and §7.2.3.2: "Hello", then "Hello" again using the shared window.
  MessageDeflater deflater(15, false);
  std::string first, second;
  deflater.compress("Hello", first);
  deflater.compress("Hello", second);
  CHECK(first == bytes({0xf2, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00}));
  CHECK(second == bytes({0xf2, 0x00, 0x11, 0x00, 0x00}));
  MessageInflater inflater(false);
  std::string out;
  CHECK(inflater.inflate(first, true, out, 100) == MessageInflater::Result::Ok);
  CHECK(out == "Hello");
  out.clear();
  CHECK(inflater.inflate(second, true, out, 100) == MessageInflater::Result::Ok);
  CHECK(out == "Hello");
  // Without context takeover every message stands alone.
  MessageDeflater fresh(15, true);
  std::string again;
  fresh.compress("Hello", again);
  fresh.compress("Hello", again);
  CHECK(again == first + first);
}

TEST_CASE("permessage-deflate: a client reads the server's answer, and refuses one that is not a single valid agreement") {
  auto agreed = readDeflateAnswer("permessage-deflate; server_no_context_takeover; client_max_window_bits=10");
  REQUIRE(agreed);
  CHECK(agreed->serverNoContextTakeover);
  CHECK_FALSE(agreed->clientNoContextTakeover);
  CHECK(agreed->serverMaxWindowBits == 15);
  CHECK(agreed->clientMaxWindowBits == 10);
  // What negotiateDeflate answers, a client reads back as the same agreement.
  auto answered = negotiateDeflate("permessage-deflate; client_no_context_takeover; server_max_window_bits=12", {});
  REQUIRE(answered);
  auto read = readDeflateAnswer(answered->responseHeader);
  REQUIRE(read);
  CHECK(read->clientNoContextTakeover);
  CHECK(read->serverMaxWindowBits == 12);
  CHECK_FALSE(readDeflateAnswer(""));
  CHECK_FALSE(readDeflateAnswer("permessage-deflate, permessage-deflate"));
  CHECK_FALSE(readDeflateAnswer("permessage-deflate; client_max_window_bits"));  // §7.1.2.2: a value is required
  CHECK_FALSE(readDeflateAnswer("permessage-deflate; foo"));
}

TEST_CASE("permessage-deflate: a message inflates across fragments; corrupt data is reported") {
  std::string message;
  for (int i = 0; i < 20000; ++i) message += "fragmented and compressed " + std::to_string(i) + "\n";
  MessageDeflater deflater(15, false);
  std::string compressed;
  deflater.compress(message, compressed);
  CHECK(compressed.size() < message.size() / 4);
  MessageInflater inflater(false);
  std::string out;
  const size_t third = compressed.size() / 3;
  CHECK(inflater.inflate(std::string_view(compressed).substr(0, third), false, out, 1 << 24) ==
        MessageInflater::Result::Ok);
  CHECK(inflater.inflate(std::string_view(compressed).substr(third), true, out, 1 << 24) ==
        MessageInflater::Result::Ok);
  CHECK(out == message);
  MessageInflater broken(false);
  std::string ignored;
  CHECK(broken.inflate(bytes({0xff, 0xff, 0xff, 0xff, 0x00}), true, ignored, 1000) ==
        MessageInflater::Result::Corrupt);
}

TEST_CASE("permessage-deflate: a bomb stops at the limit, having produced at most the limit and one chunk") {
  std::string zeros(64 << 20, '\0');
  MessageDeflater deflater(15, false);
  std::string bomb;
  deflater.compress(zeros, bomb);
  CHECK(bomb.size() < 128 * 1024);
  MessageInflater inflater(false);
  std::string out;
  CHECK(inflater.inflate(bomb, true, out, 1 << 20) == MessageInflater::Result::TooBig);
  CHECK(out.size() <= (1 << 20) + 1);
}
