#pragma once
// Where an HTTP message's start line and headers end, for the server reading requests and the client reading the
// answer to its upgrade alike.

#include <cstddef>
#include <string_view>

namespace ws {

// The offset just past the empty line that ends the head (CRLF CRLF, or bare LFs as RFC 9112 §2.2 lets a
// recipient accept), or npos while it has not arrived. `searched`: how much of `in` an earlier call already
// searched, so that a head arriving in pieces is not searched again from its start.
size_t httpHeadEnd(std::string_view in, size_t searched = 0);

}  // namespace ws
