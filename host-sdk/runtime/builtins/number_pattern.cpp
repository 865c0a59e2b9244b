#include "builtins/number_pattern.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "values/number_format.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

bool isPlaceholder(char c) { return c == '#' || c == '0' || c == ',' || c == '.'; }

std::string hex(double value, bool cStyle) {
  auto bits = static_cast<uint32_t>(truncatedInteger(value));
  int width = bits > 0xFFFF ? 8 : bits > 0xFF ? 4 : 2;
  if (cStyle && width == 2) width = 4;  // 4D writes "&x" values as at least 4 hex digits
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*X", width, bits);
  return (cStyle ? "0x" : "$") + std::string(buf);
}

std::string withThousands(std::string digits) {
  std::string out;
  int count = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    out.insert(out.begin(), digits[i]);
    if (++count % 3 == 0 && i > 0) out.insert(out.begin(), ',');
  }
  return out;
}

std::string formatSection(double magnitude, std::string_view section) {
  size_t first = 0;
  while (first < section.size() && !isPlaceholder(section[first])) ++first;
  if (first == section.size()) return std::string(section);  // a literal such as "True"
  size_t last = section.size();
  while (!isPlaceholder(section[last - 1])) --last;
  std::string_view zone = section.substr(first, last - first);
  size_t dot = zone.find('.');
  std::string_view intPart = zone.substr(0, dot);
  std::string_view fracPart = dot == std::string_view::npos ? std::string_view() : zone.substr(dot + 1);
  int decimals = 0, minIntDigits = 0;
  for (char c : fracPart) decimals += (c == '#' || c == '0');
  for (char c : intPart) minIntDigits += (c == '0');
  bool thousands = intPart.find(',') != std::string_view::npos;

  char buf[400];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, magnitude);
  std::string text(buf);
  size_t point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string frac = point == std::string::npos ? "" : text.substr(point + 1);
  if (whole == "0" && minIntDigits == 0) whole.clear();
  while (static_cast<int>(whole.size()) < minIntDigits) whole.insert(whole.begin(), '0');
  if (thousands) whole = withThousands(whole);
  std::string number = whole + (decimals ? "." + frac : "");
  if (number.empty()) number = "0";
  return std::string(section.substr(0, first)) + number + std::string(section.substr(last));
}

}  // namespace

std::string formatNumberWithPattern(double value, std::string_view pattern) {
  if (pattern == "&x") return hex(value, true);
  if (pattern == "&$") return hex(value, false);
  if (pattern == "&xml") return formatJsonNumber(value);
  if (pattern.empty()) return formatReal(value);
  std::vector<std::string_view> sections;
  for (size_t start = 0;;) {
    size_t semi = pattern.find(';', start);
    sections.push_back(pattern.substr(start, semi - start));
    if (semi == std::string_view::npos) break;
    start = semi + 1;
  }
  if (value == 0 && sections.size() > 2 && !sections[2].empty()) return formatSection(0, sections[2]);
  if (value < 0 && sections.size() > 1 && !sections[1].empty()) return formatSection(-value, sections[1]);
  std::string text = formatSection(std::fabs(value), sections[0]);
  return value < 0 ? "-" + text : text;
}

}  // namespace fourd
