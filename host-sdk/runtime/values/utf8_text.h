// UTF-8 storage seen through 4D's eyes: text positions and lengths count UTF-16 code units.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fourd {

bool isAscii(std::string_view s);

// Decodes the code point at s[i] and advances i; invalid bytes decode as U+FFFD one byte at a time.
char32_t decodeUtf8(std::string_view s, size_t& i);
void appendUtf8(std::string& out, char32_t cp);

// Number of UTF-16 code units the text holds (what Length returns).
size_t utf16Length(std::string_view s);
// Byte offset of the code point holding UTF-16 unit `unit` (s.size() when past the end).
size_t byteOffsetOfUnit(std::string_view s, size_t unit);
// UTF-16 units before byte offset `byte` (a code point boundary).
size_t unitsBefore(std::string_view s, size_t byte);

}  // namespace fourd
