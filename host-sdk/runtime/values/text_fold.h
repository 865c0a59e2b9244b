// 4D compares text without regard to case or accents. We fold ASCII and Latin-1 (U+00C0..U+00FF) letters to
// unaccented lowercase; other scripts compare by code point. Real 4D uses ICU collation, which also folds
// ligatures and other scripts: that difference is deliberate to stay small and fast.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fourd {

char32_t foldCodePoint(char32_t cp);

// Ordering and equality of texts, case- and accent-insensitive.
int compareTextFolded(std::string_view a, std::string_view b);
bool equalTextFolded(std::string_view a, std::string_view b);
// Case- and accent-sensitive order that still sorts like a dictionary: folded order first, then unaccented before
// accented and lowercase before uppercase ("a" < "A" < "b"), as 4D's diacritical sorts do.
int compareTextDiacritical(std::string_view a, std::string_view b);

// 4D's `=` with the @ wildcard (any run of characters, possibly empty) in `pattern`, case-insensitive.
bool matchesWildcard(std::string_view text, std::string_view pattern);

// Byte ranges [begin, end) of non-overlapping occurrences of `needle` in `haystack` at or after `fromByte`,
// left to right, at most `maxCount`. `exact` compares bytes; otherwise folded as above. Linear in the text.
std::vector<std::pair<size_t, size_t>> findOccurrences(std::string_view haystack, std::string_view needle,
                                                       size_t fromByte, size_t maxCount, bool exact);

// Upper/lower case of ASCII and Latin-1 letters. Like 4D's Uppercase/Lowercase, accents are dropped unless
// `keepAccents` (the commands' `*`).
std::string toUpperText(std::string_view s, bool keepAccents);
std::string toLowerText(std::string_view s, bool keepAccents);

}  // namespace fourd
