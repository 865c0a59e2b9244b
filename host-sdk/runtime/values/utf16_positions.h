// Positions in a text counted in UTF-16 code units, as 4D counts them, over our UTF-8 storage.
#pragma once

#include <cstddef>
#include <string_view>

#include "values/value.h"

namespace fourd {

// Small and ASCII texts are answered by direct computation. For a large non-ASCII text, a table of checkpoints
// is built in one pass and kept for the last such text seen on this thread (holding a reference, so the cell
// cannot be reused under it), which keeps loops such as Position(...; $start) and Substring($t; $i; 1) linear.
class Utf16Positions {
 public:
  explicit Utf16Positions(const Value& text);  // text.isText()

  size_t length() const;                       // UTF-16 units
  size_t byteOffset(size_t unit) const;        // byte offset of the code point holding `unit`; size() past the end
  size_t unitsBefore(size_t byte) const;       // UTF-16 units before a code point boundary

  struct Index;

 private:
  std::string_view s_;
  bool ascii_ = false;
  const Index* index_ = nullptr;
};

}  // namespace fourd
