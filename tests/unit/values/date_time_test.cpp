#include <doctest/doctest.h>

#include "values/date_time.h"

using namespace fourd;

TEST_CASE("calendar days round trip through the civil calendar, overflows rolling on") {
  CHECK(daysFromCivil(1970, 1, 1) == 0);
  CivilDate leap = civilFromDays(daysFromCivil(2024, 2, 29));
  CHECK((leap.year == 2024 && leap.month == 2 && leap.day == 29));
  CHECK(daysFromCivil(2023, 13, 1) == daysFromCivil(2024, 1, 1));  // month 13 is next January
  CHECK(daysFromCivil(2023, 0, 1) == daysFromCivil(2022, 12, 1));  // month 0 is last December
  CHECK(daysFromCivil(2023, 2, 30) == daysFromCivil(2023, 3, 2));  // February 30 rolls into March
  CHECK(daysFromCivil(100, 1, 1) < daysFromCivil(32767, 12, 31));
  CHECK(daysFromCivil(99, 12, 31) == kNullDate);  // before the first date
  CHECK(daysFromCivil(32767, 12, 32) == kNullDate);
  CHECK(daysFromCivil(INT32_MAX, 1, 1) == kNullDate);
  CHECK(dateInRange(1e300) == kNullDate);
  CHECK(weekdayNumber(daysFromCivil(2023, 11, 27)) == 2);  // a Monday
  CHECK(weekdayNumber(kNullDate) == 2);
}

TEST_CASE("dates are read as ISO text or as the US short format, else refused") {
  CHECK(parseDate("2024-03-01") == daysFromCivil(2024, 3, 1));
  CHECK(parseDate("2013-11-20T10:20:00.9854") == daysFromCivil(2013, 11, 20));
  CHECK(parseDate("00-00-00") == kNullDate);
  CHECK(parseDate("12/25/94") == daysFromCivil(1994, 12, 25));
  CHECK(parseDate("1/2/29") == daysFromCivil(2029, 1, 2));
  CHECK(parseDate("2018/01/21") == daysFromCivil(2018, 1, 21));
  CHECK_FALSE(parseDate("2023-02-29").has_value());
  CHECK_FALSE(parseDate("13/35/94").has_value());
  CHECK_FALSE(parseDate("12/25").has_value());
  CHECK_FALSE(parseDate("").has_value());
}

TEST_CASE("times are read as H:MM:SS with an optional AM or PM") {
  CHECK(parseTime("13:00:00") == 46800);
  CHECK(parseTime("1:02") == 3720);
  CHECK(parseTime("1:00 PM") == 46800);
  CHECK(parseTime("12:30 AM") == 1800);
  CHECK_FALSE(parseTime("noon").has_value());
}

TEST_CASE("negative times and times beyond a day keep counting") {
  CHECK(formatTime(86401, 0) == "24:00:01");
  CHECK(formatTime(-3661, 1) == "-01:01:01");
  CHECK(formatTime(0, 101).empty());
  CHECK(formatTime(INT64_MIN, 0).front() == '-');  // a magnitude no int64 holds
  CHECK_THROWS(formatTime(0, 12));
  CHECK_THROWS(formatDate(0, 11));
  CHECK(isoDay(kNullDate) == "0000-00-00");
}
