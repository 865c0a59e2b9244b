// How 4D writes numbers as text.
#pragma once

#include <string>

namespace fourd {

// String(real): 13 significant digits (4D since v14 R3), no trailing zeros, "INF"/"-INF", "" for NaN.
std::string formatReal(double value);
// JSON number: up to 15 significant digits, integers without a decimal part; NaN and infinities give null.
std::string formatJsonNumber(double value);

}  // namespace fourd
