#pragma once

#include <string>
#include <string_view>

namespace wsplugin {

// The Content-Type the web server answers for a file name, by extension (case-insensitive);
// application/octet-stream when unknown.
std::string contentTypeFor(std::string_view fileName);

}  // namespace wsplugin
