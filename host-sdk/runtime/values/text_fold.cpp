#include "values/text_fold.h"

#include <algorithm>
#include <functional>

#include "values/utf8_text.h"

namespace fourd {

namespace {

// Unaccented lowercase of U+00C0..U+00FF; 0 keeps the code point (×, ÷, ß, æ, ð, þ).
constexpr char kLatin1Base[64 + 1] =
    "aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0\0"   // C0..DF
    "aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0y";    // E0..FF

bool isLatin1Upper(char32_t cp) { return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7; }
bool isLatin1Lower(char32_t cp) { return cp >= 0xE0 && cp <= 0xFE && cp != 0xF7; }

std::u32string foldAll(std::string_view s, std::vector<size_t>* byteOffsets) {
  std::u32string out;
  out.reserve(s.size());
  if (byteOffsets) byteOffsets->reserve(s.size() + 1);
  for (size_t i = 0; i < s.size();) {
    if (byteOffsets) byteOffsets->push_back(i);
    out += foldCodePoint(decodeUtf8(s, i));
  }
  if (byteOffsets) byteOffsets->push_back(s.size());
  return out;
}

template <class Str>
std::vector<std::pair<size_t, size_t>> searchAll(const Str& hay, const Str& needle, size_t from, size_t maxCount) {
  std::vector<std::pair<size_t, size_t>> found;
  if (needle.empty()) return found;
  std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
  auto it = hay.begin() + static_cast<std::ptrdiff_t>(std::min(from, hay.size()));
  while (found.size() < maxCount) {
    auto [b, e] = searcher(it, hay.end());
    if (b == hay.end()) break;
    found.emplace_back(static_cast<size_t>(b - hay.begin()), static_cast<size_t>(e - hay.begin()));
    it = e;
  }
  return found;
}

}  // namespace

char32_t foldCodePoint(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xFF) {
    char base = kLatin1Base[cp - 0xC0];
    if (base) return static_cast<char32_t>(base);
    return isLatin1Upper(cp) ? cp + 0x20 : cp;
  }
  return cp;
}

int compareTextFolded(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    char32_t x = foldCodePoint(decodeUtf8(a, i));
    char32_t y = foldCodePoint(decodeUtf8(b, j));
    if (x != y) return x < y ? -1 : 1;
  }
  if (i < a.size()) return 1;
  if (j < b.size()) return -1;
  return 0;
}

int compareTextDiacritical(std::string_view a, std::string_view b) {
  if (int c = compareTextFolded(a, b)) return c;
  auto isUpper = [](char32_t cp) { return (cp >= 'A' && cp <= 'Z') || isLatin1Upper(cp); };
  auto lower = [&](char32_t cp) { return isUpper(cp) ? cp + 0x20 : cp; };
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    char32_t x = decodeUtf8(a, i), y = decodeUtf8(b, j);
    if (x == y) continue;
    if (lower(x) != lower(y)) return lower(x) < lower(y) ? -1 : 1;
    return isUpper(x) ? 1 : -1;
  }
  return 0;
}

bool equalTextFolded(std::string_view a, std::string_view b) {
  if (a.size() == b.size() && a == b) return true;
  return compareTextFolded(a, b) == 0;
}

bool matchesWildcard(std::string_view text, std::string_view pattern) {
  if (pattern.find('@') == std::string_view::npos) return equalTextFolded(text, pattern);
  std::u32string t = foldAll(text, nullptr);
  std::u32string p = foldAll(pattern, nullptr);
  // Greedy matching with backtracking to the last @: linear for practical patterns.
  size_t ti = 0, pi = 0, starP = std::u32string::npos, starT = 0;
  while (ti < t.size()) {
    if (pi < p.size() && p[pi] == U'@') {
      starP = pi++;
      starT = ti;
    } else if (pi < p.size() && p[pi] == t[ti]) {
      ++pi;
      ++ti;
    } else if (starP != std::u32string::npos) {
      pi = starP + 1;
      ti = ++starT;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == U'@') ++pi;
  return pi == p.size();
}

namespace {

// Folded code point at s[i], advancing i; ASCII without decoding.
char32_t foldedAt(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  }
  return foldCodePoint(decodeUtf8(s, i));
}

// End of a folded match of `needle` (already folded) starting at byte `at`, or npos.
size_t matchFoldedAt(std::string_view hay, size_t at, const std::u32string& needle) {
  size_t i = at;
  for (char32_t want : needle) {
    if (i >= hay.size() || foldedAt(hay, i) != want) return std::string_view::npos;
  }
  return i;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> findOccurrences(std::string_view haystack, std::string_view needle,
                                                       size_t fromByte, size_t maxCount, bool exact) {
  if (exact) return searchAll(haystack, needle, fromByte, maxCount);
  std::vector<std::pair<size_t, size_t>> found;
  std::u32string folded = foldAll(needle, nullptr);
  if (folded.empty()) return found;
  // A lazy left-to-right scan: Position stops at the first match instead of folding the whole text.
  for (size_t i = fromByte; i < haystack.size() && found.size() < maxCount;) {
    size_t end = matchFoldedAt(haystack, i, folded);
    if (end != std::string_view::npos) {
      found.emplace_back(i, end);
      i = end;
    } else {
      foldedAt(haystack, i);  // advance one code point
    }
  }
  return found;
}

static std::string mapCase(std::string_view s, bool upper, bool keepAccents) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = decodeUtf8(s, i);
    if (!keepAccents && cp >= 0xC0 && cp <= 0xFF && kLatin1Base[cp - 0xC0]) cp = static_cast<char32_t>(kLatin1Base[cp - 0xC0]);
    if (upper) {
      if ((cp >= 'a' && cp <= 'z') || isLatin1Lower(cp)) cp -= 0x20;
    } else {
      if ((cp >= 'A' && cp <= 'Z') || isLatin1Upper(cp)) cp += 0x20;
    }
    appendUtf8(out, cp);
  }
  return out;
}

std::string toUpperText(std::string_view s, bool keepAccents) { return mapCase(s, true, keepAccents); }
std::string toLowerText(std::string_view s, bool keepAccents) { return mapCase(s, false, keepAccents); }

}  // namespace fourd
