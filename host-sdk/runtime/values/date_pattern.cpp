#include "values/date_pattern.h"

#include <cstdlib>

#include "values/date_time.h"
#include "values/errors.h"

namespace fourd {

namespace {


bool isPatternLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "In general, when the number of letters in the formatting string is higher than the expected number, leading
// zeros are added."
std::string padded(int64_t n, size_t width) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
  return n < 0 ? "-" + digits : digits;
}

// A name by the number of letters: 3 or fewer the abbreviation, 4 the whole name, 5 its initial, 6 two letters.
std::string named(const std::string& name, size_t count) {
  if (count <= 3) return name.substr(0, 3);
  if (count == 4) return name;
  return name.substr(0, count == 5 ? 1 : 2);
}

std::string quarterText(int64_t quarter, size_t count) {
  static const char* const kOrdinals[] = {"1st", "2nd", "3rd", "4th"};
  if (count <= 2) return padded(quarter, count);
  if (count == 3) return "Q" + std::to_string(quarter);
  if (count == 4) return std::string(kOrdinals[quarter - 1]) + " quarter";
  return std::to_string(quarter);
}

// GMT+1, GMT+01:00 (O, OOOO, zzzz), -0800 (z), ISO 8601 forms (X with Z for GMT itself, x without).
std::string zoneText(char letter, size_t count, int64_t offset) {
  char sign = offset < 0 ? '-' : '+';
  int64_t magnitude = offset < 0 ? -offset : offset;
  int64_t hours = magnitude / 3600, minutes = magnitude / 60 % 60;
  std::string hm = padded(hours, 2) + padded(minutes, 2);
  std::string extended = padded(hours, 2) + ":" + padded(minutes, 2);
  switch (letter) {
    case 'O':
      if (count >= 4) return "GMT" + std::string(1, sign) + extended;
      if (offset == 0) return "GMT";
      return "GMT" + std::string(1, sign) + std::to_string(hours) + (minutes ? ":" + padded(minutes, 2) : "");
    case 'z':
      if (count == 4) return "GMT" + std::string(1, sign) + extended;
      if (count == 5) return offset == 0 ? "Z" : sign + extended;
      return sign + hm;
    default: {  // X, x
      if (letter == 'X' && offset == 0) return "Z";
      if (count == 1) return sign + padded(hours, 2) + (minutes ? padded(minutes, 2) : "");
      return sign + (count % 2 == 0 ? hm : extended);
    }
  }
}

class PatternWriter {
 public:
  PatternWriter(int64_t days, int64_t seconds) : days_(days), seconds_(seconds) {
    if (days != kNullDate) date_ = civilFromDays(days);
  }

  std::string field(char letter, size_t count) const {
    int64_t hour = seconds_ / 3600 % 24, minute = seconds_ / 60 % 60, second = seconds_ % 60;
    switch (letter) {
      case 'G': return count == 4 ? "Anno Domini" : count == 5 ? "A" : "AD";
      case 'y': return count == 2 ? padded(date_.year % 100, 2) : padded(date_.year, count);
      case 'Q':
      case 'q': return quarterText(date_.month == 0 ? 1 : (date_.month + 2) / 3, count);
      case 'M':
      case 'L':
        if (count <= 2 || date_.month == 0) return padded(date_.month, count);
        return named(monthName(date_.month), count);
      case 'd': return padded(date_.day, count);
      case 'D': return padded(days_ == kNullDate ? 0 : days_ - daysFromCivil(date_.year, 1, 1) + 1, count);
      case 'E': return named(dayName(weekdayNumber(days_)), count);
      case 'e':
      case 'c':
        // The US week starts on Sunday, so the local day number is Day number.
        if (count <= 2) return padded(weekdayNumber(days_), count);
        return named(dayName(weekdayNumber(days_)), count);
      case 'a': return count == 5 ? (hour < 12 ? "a" : "p") : (hour < 12 ? "AM" : "PM");
      case 'h': return padded(hour % 12 == 0 ? 12 : hour % 12, count);
      case 'H': return padded(hour, count);
      case 'K': return padded(hour % 12, count);
      case 'k': return padded(hour == 0 ? 24 : hour, count);
      case 'm': return padded(minute, count);
      case 's': return padded(second, count);
      case 'O':
      case 'z':
      case 'X':
      case 'x': return zoneText(letter, count, localUtcOffset(days_ == kNullDate ? currentDate() : days_, seconds_));
      default:
        throw RuntimeError(kDateFormatError,
                           std::string("String: the pattern letter '") + letter + "' is not supported");
    }
  }

 private:
  int64_t days_;
  int64_t seconds_;
  CivilDate date_;  // zeros for a time
};

std::string trimmedSpaces(std::string s, size_t keepFrom, size_t keepTo) {
  // Only the spaces the pattern itself put at either end go; quoted ones (kept in [keepFrom, keepTo)) stay.
  size_t begin = 0, end = s.size();
  while (begin < keepFrom && begin < end && s[begin] == ' ') ++begin;
  while (end > keepTo && end > begin && s[end - 1] == ' ') --end;
  return s.substr(begin, end - begin);
}

}  // namespace

std::string formatWithPattern(int64_t days, int64_t seconds, std::string_view pattern) {
  PatternWriter writer(days, seconds);
  std::string out;
  size_t firstQuoted = std::string::npos, lastQuotedEnd = 0;
  for (size_t i = 0; i < pattern.size();) {
    char c = pattern[i];
    if (c == '\'') {
      if (i + 1 < pattern.size() && pattern[i + 1] == '\'') {
        out += '\'';
        i += 2;
        continue;
      }
      size_t close = pattern.find('\'', i + 1);
      if (close == std::string_view::npos) close = pattern.size();
      if (firstQuoted == std::string::npos) firstQuoted = out.size();
      out.append(pattern.substr(i + 1, close - i - 1));
      lastQuotedEnd = out.size();
      i = close + 1;
    } else if (isPatternLetter(c)) {
      size_t run = i;
      while (run < pattern.size() && pattern[run] == c) ++run;
      out += writer.field(c, run - i);
      i = run;
    } else {
      out += c;
      ++i;
    }
  }
  size_t keepFrom = firstQuoted == std::string::npos ? out.size() : firstQuoted;
  return trimmedSpaces(std::move(out), keepFrom, lastQuotedEnd);
}

}  // namespace fourd
