// $text[[i]]: 4D's 1-based character reference, read and written.
#pragma once

#include "values/value.h"

namespace fourd {

Value characterAt(const Value& text, const Value& position);
// `text` with the character at `position` replaced by the first character of `replacement`.
Value withCharacterAt(const Value& text, const Value& position, const Value& replacement);

}  // namespace fourd
