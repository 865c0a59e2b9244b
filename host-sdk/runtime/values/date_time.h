// 4D's Date and Time values: the calendar, the texts they are written as and read from, and the local clock.
// A Date is a count of days since 1970-01-01 (the null date !00-00-00! kept apart from every day); a Time is a
// count of seconds (developer.4d.com, Concepts, Date and Time).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fourd {

constexpr int64_t kNullDate = INT64_MIN;
// Dates run from 1/1/100 to 12/31/32767 (developer.4d.com, Concepts, Date).
constexpr int64_t kFirstYear = 100, kLastYear = 32767;
constexpr int kDateFormatError = 53;  // an unknown format: the classic "argument out of range" language error

struct CivilDate {
  int64_t year = 0;
  int64_t month = 0;  // 1-12
  int64_t day = 0;    // 1-31
};

// The day of a year, month and day; months and days beyond their range carry over (month 13 is January of the
// next year, February 30 is early March), as Add to date needs. The null date when that day is out of range.
int64_t daysFromCivil(int64_t year, int64_t month, int64_t day);
// A day count reached by arithmetic, or the null date when it left the range of dates.
int64_t dateInRange(double days);
CivilDate civilFromDays(int64_t days);
// Day number: 1 for Sunday to 7 for Saturday; 2 for the null date, as its documentation says.
int weekdayNumber(int64_t days);

// English names: dayName(1) is "Sunday" (a Day number), monthName(1) "January".
const char* dayName(int weekday);
const char* monthName(int64_t month);
// The local time zone's offset from GMT, in seconds, at a local date and time of day (DST included).
int64_t localUtcOffset(int64_t days, int64_t seconds);

// A date as 4D's literals and Date() read it: ISO "YYYY-MM-DD" (with an optional "THH:MM:SS[.fff][Z]" tail; a
// "Z" time is converted to the local day), or the US system short format M/D/Y whose two-digit years below 30
// are in the 21st century (separators / space . , -). Nullopt when it is not a valid date; "00-00-00" and
// "00/00/00" are the null date.
std::optional<int64_t> parseDate(std::string_view text);
// A time as Time() and time literals read it: H:MM[:SS] with an optional AM/PM. Nullopt when it is not one.
std::optional<int64_t> parseTime(std::string_view text);

// String(date; format {; addTime}) with the Date Display Formats constants (1-10, +100 for blank if null) or 0
// for the default (System date short). Throws RuntimeError for an unknown format.
std::string formatDate(int64_t days, int64_t format, int64_t addTime = 0);
// String(time; format) with the Time Display Formats constants (1-11, +100 for blank if null), 0 for HH MM SS.
std::string formatTime(int64_t seconds, int64_t format);
// "YYYY-MM-DD": how a date is written in JSON with the default "dates inside objects" setting (Date type).
std::string isoDay(int64_t days);

// The local calendar day and the seconds since local midnight of now.
int64_t currentDate();
int64_t currentTime();
// An instant in UTC, to the millisecond, as Timestamp writes it: 2024-09-22T12:46:39.787Z.
std::string isoTimestamp(std::chrono::system_clock::time_point when);

}  // namespace fourd
