#include "values/utf16_positions.h"

#include <algorithm>
#include <vector>

#include "values/utf8_text.h"

namespace fourd {

namespace {
constexpr size_t kIndexedFrom = 2048;  // bytes; below this a direct scan is as fast as a lookup
constexpr size_t kUnitsPerCheckpoint = 256;
}  // namespace

struct Utf16Positions::Index {
  Ref<TextData> text;
  size_t size = 0;
  bool ascii = false;
  size_t units = 0;
  std::vector<size_t> checkpointUnits;  // UTF-16 units before each checkpoint (a code point boundary)
  std::vector<size_t> checkpointBytes;

  void build(const Ref<TextData>& t) {
    text = t;
    std::string_view s = t->utf8;
    size = s.size();
    ascii = isAscii(s);
    checkpointUnits.assign(1, 0);
    checkpointBytes.assign(1, 0);
    units = 0;
    if (ascii) {
      units = size;
      return;
    }
    for (size_t i = 0; i < s.size(); ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if ((c & 0xC0) == 0x80) continue;
      if (units >= checkpointUnits.back() + kUnitsPerCheckpoint) {
        checkpointUnits.push_back(units);
        checkpointBytes.push_back(i);
      }
      units += c >= 0xF0 ? 2 : 1;
    }
  }
};

Utf16Positions::Utf16Positions(const Value& text) : s_(text.asText()) {
  if (s_.size() < kIndexedFrom) {
    ascii_ = isAscii(s_);
    return;
  }
  thread_local Index cache;
  if (cache.text.get() != text.textData() || cache.size != s_.size()) cache.build(Ref<TextData>(text.textData()));
  ascii_ = cache.ascii;
  if (!ascii_) index_ = &cache;
}

size_t Utf16Positions::length() const {
  if (ascii_) return s_.size();
  return index_ ? index_->units : utf16Length(s_);
}

size_t Utf16Positions::byteOffset(size_t unit) const {
  if (ascii_) return std::min(unit, s_.size());
  if (!index_) return byteOffsetOfUnit(s_, unit);
  const auto& units = index_->checkpointUnits;
  size_t k = static_cast<size_t>(std::upper_bound(units.begin(), units.end(), unit) - units.begin()) - 1;
  size_t from = index_->checkpointBytes[k];
  return from + byteOffsetOfUnit(s_.substr(from), unit - units[k]);
}

size_t Utf16Positions::unitsBefore(size_t byte) const {
  if (ascii_) return std::min(byte, s_.size());
  if (!index_) return fourd::unitsBefore(s_, byte);
  const auto& bytes = index_->checkpointBytes;
  size_t k = static_cast<size_t>(std::upper_bound(bytes.begin(), bytes.end(), byte) - bytes.begin()) - 1;
  return index_->checkpointUnits[k] + utf16Length(s_.substr(bytes[k], byte - bytes[k]));
}

}  // namespace fourd
