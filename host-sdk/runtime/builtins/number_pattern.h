// String(number; format): 4D's display formats such as "###,##0.00", "0.0%"... sections "pos;neg;zero", and the
// "&x", "&$" (hexadecimal) and "&xml" (XML decimal) forms.
#pragma once

#include <string>
#include <string_view>

namespace fourd {

std::string formatNumberWithPattern(double value, std::string_view pattern);

}  // namespace fourd
