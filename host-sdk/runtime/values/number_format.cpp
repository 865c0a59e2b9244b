#include "values/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace fourd {

namespace {

constexpr double powerOfTen(int exponent) { return exponent == 0 ? 1.0 : 10.0 * powerOfTen(exponent - 1); }

template <int kDigits>
std::string formatSignificant(double value) {
  if (value == 0) return "0";  // also -0
  char buf[40];
  // A whole number of fewer digits than asked prints as %g would print it, its digits alone; printf's
  // floating-point path costs several times more, and String($i) of a counter is common.
  if (value == std::trunc(value) && std::fabs(value) < powerOfTen(kDigits)) {
    auto [end, error] = std::to_chars(buf, buf + sizeof buf, static_cast<int64_t>(value));
    if (error == std::errc()) return std::string(buf, end);
  }
  std::snprintf(buf, sizeof buf, "%.*g", kDigits, value);
  return buf;
}

}  // namespace

std::string formatReal(double value) {
  if (std::isnan(value)) return "";
  if (std::isinf(value)) return value > 0 ? "INF" : "-INF";
  return formatSignificant<13>(value);
}

std::string formatJsonNumber(double value) {
  if (!std::isfinite(value)) return "null";
  return formatSignificant<15>(value);
}

}  // namespace fourd
