// String(date or time; "pattern"): 4D's customized date and time formats, ICU-style patterns
// (developer.4d.com, Project, Date and Time Formats), with US English names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace fourd {

// `days` is kNullDate for a time (its date fields then read as zeros); `seconds` is the time of day. Text in
// quotes is copied ('' is a quote), other non-letters as they are, spaces at either end dropped. Throws
// RuntimeError for a pattern letter that is not supported (week-based fields, flexible day periods).
std::string formatWithPattern(int64_t days, int64_t seconds, std::string_view pattern);

}  // namespace fourd
