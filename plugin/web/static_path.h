#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace wsplugin {

// The file a GET of `rawPath` (the request target's path, still percent-encoded) serves from `root`, or nothing
// (answer 404). Each segment is decoded on its own, and a segment that decodes to "..", or holds '/', '\\' or
// NUL, is refused, so no encoding of a parent step gets out of the root; symbolic links leading out are refused
// too. A directory serves its index.html; there is no listing.
std::optional<std::filesystem::path> resolveStaticPath(const std::filesystem::path& root, std::string_view rawPath);

}  // namespace wsplugin
