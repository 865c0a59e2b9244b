#include "values/number_format.h"

#include <cmath>
#include <cstdio>

namespace fourd {

static std::string formatSignificant(double value, int digits) {
  if (value == 0) return "0";  // also -0
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.*g", digits, value);
  return buf;
}

std::string formatReal(double value) {
  if (std::isnan(value)) return "";
  if (std::isinf(value)) return value > 0 ? "INF" : "-INF";
  return formatSignificant(value, 13);
}

std::string formatJsonNumber(double value) {
  if (!std::isfinite(value)) return "null";
  return formatSignificant(value, 15);
}

}  // namespace fourd
