#include "values/date_time.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

#include "values/errors.h"

namespace fourd {

namespace {

namespace chr = std::chrono;

constexpr int kBlankIfNull = 100;

const char* const kDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

std::string abbreviated(const char* name) { return std::string(name, 3); }

std::string twoDigits(int64_t n) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%02lld", static_cast<long long>(n));
  return buf;
}

std::string fourDigits(int64_t n) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(n));
  return buf;
}

std::string clock(uint64_t seconds) {
  auto part = [](uint64_t n) { return twoDigits(static_cast<int64_t>(n)); };
  return part(seconds / 3600) + ":" + part(seconds / 60 % 60) + ":" + part(seconds % 60);
}

// A local date and time of day as the instant std::mktime finds for it (the time zone's rules, DST included).
std::time_t localInstant(int64_t days, int64_t seconds) {
  CivilDate c = civilFromDays(days);
  std::tm local{};
  local.tm_year = static_cast<int>(c.year - 1900);
  local.tm_mon = static_cast<int>(c.month - 1);
  local.tm_mday = static_cast<int>(c.day);
  local.tm_sec = static_cast<int>(seconds);  // mktime carries seconds over into minutes, hours and days
  local.tm_isdst = -1;
  return std::mktime(&local);
}

void utcParts(std::time_t instant, int64_t& days, int64_t& seconds) {
  std::tm utc{};
  gmtime_r(&instant, &utc);
  days = daysFromCivil(utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
  seconds = utc.tm_hour * 3600 + utc.tm_min * 60 + utc.tm_sec;
}

// The digit groups of a text, in order (the numbers a date or a time is written with).
std::vector<int64_t> numbersIn(std::string_view text, std::vector<size_t>* widths = nullptr) {
  std::vector<int64_t> out;
  for (size_t i = 0; i < text.size();) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    int64_t n = 0;
    size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      if (n < 100000000) n = n * 10 + (text[i] - '0');
      ++i;
    }
    out.push_back(n);
    if (widths) widths->push_back(i - start);
  }
  return out;
}

bool isDigits(std::string_view s, size_t from, size_t count) {
  if (from + count > s.size()) return false;
  for (size_t i = from; i < from + count; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

std::optional<int64_t> validDay(int64_t year, int64_t month, int64_t day) {
  if (year == 0 && month == 0 && day == 0) return kNullDate;
  auto ymd = chr::year_month_day{chr::year{static_cast<int>(year)}, chr::month{static_cast<unsigned>(month)},
                                 chr::day{static_cast<unsigned>(day)}};
  if (year < kFirstYear || year > kLastYear || month < 1 || month > 12 || day < 1 || day > 31 || !ymd.ok())
    return std::nullopt;
  return chr::sys_days{ymd}.time_since_epoch().count();
}

// "YYYY-MM-DD" followed by nothing or by "THH:MM:SS" (fraction and "Z" optional), as Date() reads ISO text.
std::optional<int64_t> parseIsoDate(std::string_view s) {
  if (!isDigits(s, 0, 4) || s.size() < 10 || s[4] != '-' || !isDigits(s, 5, 2) || s[7] != '-' || !isDigits(s, 8, 2))
    return std::nullopt;
  std::vector<int64_t> n = numbersIn(s.substr(0, 10));
  std::optional<int64_t> day = validDay(n[0], n[1], n[2]);
  if (s.size() == 10 || !day) return day;
  if (s[10] != 'T' || !isDigits(s, 11, 2) || s.size() < 19 || s[13] != ':' || s[16] != ':') return std::nullopt;
  if (s.back() != 'Z' || *day == kNullDate) return day;
  // A UTC instant: the local day it falls on (Date() "always takes the local time zone into account").
  std::vector<int64_t> t = numbersIn(s.substr(11, 8));
  std::time_t instant = static_cast<std::time_t>((*day * 86400) + t[0] * 3600 + t[1] * 60 + t[2]);
  std::tm local{};
  localtime_r(&instant, &local);
  return daysFromCivil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

// A display format constant without its "Blank if null" flag (added to it); a constant of neither theme is an
// error.
int64_t displayFormat(int64_t format, int64_t last, const char* what, bool& blankIfNull) {
  blankIfNull = format >= kBlankIfNull;
  int64_t base = blankIfNull ? format - kBlankIfNull : format;
  if (base < 0 || base > last)
    throw RuntimeError(kDateFormatError, std::string("String: unknown ") + what + " format " + std::to_string(format));
  return base;
}

std::string plural(int64_t n, const char* unit) {
  return std::to_string(n) + " " + unit + (n > 1 ? "s" : "");
}

}  // namespace

const char* dayName(int weekday) { return kDayNames[weekday - 1]; }
const char* monthName(int64_t month) { return kMonthNames[month - 1]; }

int64_t localUtcOffset(int64_t days, int64_t seconds) {
  std::time_t instant = localInstant(days, seconds);
  std::tm local{};
  localtime_r(&instant, &local);
  return local.tm_gmtoff;
}

int64_t daysFromCivil(int64_t year, int64_t month, int64_t day) {
  // Months carry into years; the days beyond the month's first are added to it, so that overflows roll on.
  int64_t monthIndex = year * 12 + (month - 1);
  int64_t y = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12;
  if (y < kFirstYear - 1 || y > kLastYear + 1) return kNullDate;  // std::chrono::year holds no more
  auto firstMonth = chr::month{static_cast<unsigned>(monthIndex - y * 12 + 1)};
  auto first = chr::year_month_day{chr::year{static_cast<int>(y)}, firstMonth, chr::day{1}};
  auto firstDay = static_cast<double>(chr::sys_days{first}.time_since_epoch().count());
  return dateInRange(firstDay + static_cast<double>(day - 1));
}

int64_t dateInRange(double days) {
  static const double first = static_cast<double>(
      chr::sys_days{chr::year{kFirstYear} / chr::January / 1}.time_since_epoch().count());
  static const double last = static_cast<double>(
      chr::sys_days{chr::year{kLastYear} / chr::December / 31}.time_since_epoch().count());
  return days >= first && days <= last ? static_cast<int64_t>(days) : kNullDate;
}

CivilDate civilFromDays(int64_t days) {
  chr::year_month_day ymd{chr::sys_days{chr::days{days}}};
  return {int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day())};
}

int weekdayNumber(int64_t days) {
  if (days == kNullDate) return 2;
  return static_cast<int>(chr::weekday{chr::sys_days{chr::days{days}}}.c_encoding()) + 1;
}

std::optional<int64_t> parseDate(std::string_view text) {
  if (auto iso = parseIsoDate(text)) return iso;
  std::vector<size_t> widths;
  std::vector<int64_t> n = numbersIn(text, &widths);
  if (n.size() < 3) return std::nullopt;
  // A four-digit first number is a year (!2018/01/21!); otherwise the US order month, day, year.
  if (widths[0] == 4) return validDay(n[0], n[1], n[2]);
  int64_t year = n[2];
  if (widths[2] <= 2 && !(n[0] == 0 && n[1] == 0 && year == 0)) year += year < 30 ? 2000 : 1900;
  return validDay(year, n[0], n[1]);
}

std::optional<int64_t> parseTime(std::string_view text) {
  std::vector<int64_t> n = numbersIn(text);
  if (n.empty()) return std::nullopt;
  n.resize(3, 0);
  int64_t hours = n[0];
  bool pm = text.find("PM") != std::string_view::npos || text.find("pm") != std::string_view::npos;
  bool am = text.find("AM") != std::string_view::npos || text.find("am") != std::string_view::npos;
  if (pm && hours < 12) hours += 12;
  if (am && hours == 12) hours = 0;
  return hours * 3600 + n[1] * 60 + n[2];
}

std::string isoDay(int64_t days) {
  if (days == kNullDate) return "0000-00-00";
  CivilDate c = civilFromDays(days);
  return fourDigits(c.year) + "-" + twoDigits(c.month) + "-" + twoDigits(c.day);
}

std::string formatDate(int64_t days, int64_t format, int64_t addTime) {
  bool blankIfNull = false;
  format = displayFormat(format, 10, "date", blankIfNull);
  if (days == kNullDate) {
    if (blankIfNull) return "";
    if (format == 8) return "0000-00-00T00:00:00";
    if (format == 9) return "0000-00-00T00:00:00Z";
    return "00/00/00";
  }
  CivilDate c = civilFromDays(days);
  const char* weekday = dayName(weekdayNumber(days));
  const char* month = monthName(c.month);
  std::string mdy = twoDigits(c.month) + "/" + twoDigits(c.day) + "/";
  switch (format) {
    case 2: return abbreviated(weekday) + ", " + abbreviated(month) + " " + std::to_string(c.day) + ", " +
                   std::to_string(c.year);
    case 3: return std::string(weekday) + ", " + month + " " + std::to_string(c.day) + ", " + std::to_string(c.year);
    case 4: return mdy + (c.year >= 1930 && c.year < 2030 ? twoDigits(c.year % 100) : fourDigits(c.year));
    case 5: return std::string(month) + " " + std::to_string(c.day) + ", " + std::to_string(c.year);
    case 6: return abbreviated(month) + " " + std::to_string(c.day) + ", " + std::to_string(c.year);
    case 8: return isoDay(days) + "T" + clock(addTime < 0 ? 0 : static_cast<uint64_t>(addTime));
    case 9:
    case 10: {
      // The local date and time expressed in GMT.
      int64_t utcDay = 0, utcSeconds = 0;
      utcParts(localInstant(days, addTime), utcDay, utcSeconds);
      if (format == 9) return isoDay(utcDay) + "T" + clock(static_cast<uint64_t>(utcSeconds)) + "Z";
      CivilDate u = civilFromDays(utcDay);
      return abbreviated(dayName(weekdayNumber(utcDay))) + ", " + twoDigits(u.day) + " " +
             abbreviated(monthName(u.month)) + " " + fourDigits(u.year) + " " +
             clock(static_cast<uint64_t>(utcSeconds)) + " GMT";
    }
    default: return mdy + fourDigits(c.year);  // 0, 1 (System date short) and 7 (Internal date short)
  }
}

std::string formatTime(int64_t seconds, int64_t format) {
  bool blankIfNull = false;
  format = displayFormat(format, 11, "time", blankIfNull);
  if (blankIfNull && seconds == 0) return "";
  std::string sign = seconds < 0 ? "-" : "";
  // The magnitude as unsigned, since INT64_MIN's has no signed counterpart; its parts all fit an int64.
  uint64_t magnitude = seconds < 0 ? 0 - static_cast<uint64_t>(seconds) : static_cast<uint64_t>(seconds);
  auto hours = static_cast<int64_t>(magnitude / 3600), minutes = static_cast<int64_t>(magnitude / 60 % 60);
  auto totalMinutes = static_cast<int64_t>(magnitude / 60), secs = static_cast<int64_t>(magnitude % 60);
  switch (format) {
    case 2: return sign + twoDigits(hours) + ":" + twoDigits(minutes);
    case 3: return sign + plural(hours, "hour") + " " + plural(minutes, "minute") + " " + plural(secs, "second");
    case 4: return sign + plural(hours, "hour") + " " + plural(minutes, "minute");
    case 5: {
      int64_t h = hours % 24;
      return sign + std::to_string(h % 12 == 0 ? 12 : h % 12) + ":" + twoDigits(minutes) + (h < 12 ? " AM" : " PM");
    }
    case 6: return sign + twoDigits(totalMinutes) + ":" + twoDigits(secs);
    case 7: return sign + plural(totalMinutes, "minute") + " " + plural(secs, "second");
    case 8: return "0000-00-00T" + sign + clock(magnitude);
    default: return sign + clock(magnitude);  // 0, 1 (HH MM SS), 9 (System time short); 10 and 11 are Mac-only formats
  }
}

int64_t currentDate() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return daysFromCivil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

int64_t currentTime() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec;
}

std::string isoTimestamp(std::chrono::system_clock::time_point when) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(when.time_since_epoch()).count();
  std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

}  // namespace fourd
