#include "protocol/http_head.h"

namespace ws {

size_t httpHeadEnd(std::string_view in, size_t searched) {
  const size_t from = searched < 3 ? 0 : searched - 3;  // an end split across two reads
  const size_t crlf = in.find("\r\n\r\n", from);
  const size_t lf = in.find("\n\n", from);
  if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf + 1 < lf)) return crlf + 4;
  return lf == std::string_view::npos ? std::string_view::npos : lf + 2;
}

}  // namespace ws
