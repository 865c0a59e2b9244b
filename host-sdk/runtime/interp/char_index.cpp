#include "interp/char_index.h"

#include <string>

#include "values/errors.h"
#include "values/utf8_text.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

constexpr int kCharIndexError = -10731;

// Byte range [begin, end) of the character at 1-based `position`.
std::pair<size_t, size_t> characterRange(const Value& text, const Value& position) {
  if (!text.isText()) throw RuntimeError(-10741, "[[ ]] applies to a text");
  const std::string& s = text.asText();
  double n = toNumber(position);
  if (!(n >= 1) || n > static_cast<double>(utf16Length(s)))
    throw RuntimeError(kCharIndexError, "Character index out of range: " + toText(position));
  size_t begin = byteOffsetOfUnit(s, static_cast<size_t>(n) - 1);
  size_t end = begin;
  decodeUtf8(s, end);
  return {begin, end};
}

}  // namespace

Value characterAt(const Value& text, const Value& position) {
  auto [begin, end] = characterRange(text, position);
  return Value::text(text.asText().substr(begin, end - begin));
}

Value withCharacterAt(const Value& text, const Value& position, const Value& replacement) {
  auto [begin, end] = characterRange(text, position);
  std::string r = toText(replacement);
  size_t firstEnd = 0;
  if (!r.empty()) decodeUtf8(r, firstEnd);
  std::string out = text.asText();
  out.replace(begin, end - begin, r.substr(0, firstEnd));
  return Value::text(std::move(out));
}

}  // namespace fourd
