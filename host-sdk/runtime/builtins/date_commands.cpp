// Date and time commands (developer.4d.com, commands: Current date, Current time, Add to date, Day of, Month of,
// Year of, Day number, Date, Time, Time string, Tickcount). String() of a date or a time is in text_commands.
#include <chrono>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "values/date_time.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

// A date argument; Undefined reads as the null date.
int64_t dateArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  if (i >= args.size() || args[i].isUndefined()) return kNullDate;
  if (args[i].kind() != Kind::Date) throwTypeError(what, i, "a Date");
  return args[i].asDays();
}

Value currentDateCmd(CallContext&, std::vector<Value>&, void*) { return Value::date(currentDate()); }
Value currentTimeCmd(CallContext&, std::vector<Value>&, void*) { return Value::time(currentTime()); }

Value addToDateCmd(CallContext&, std::vector<Value>& args, void*) {
  int64_t days = dateArg(args, 0, "Add to date");
  if (days == kNullDate) return Value::date(kNullDate);
  CivilDate c = civilFromDays(days);
  return Value::date(daysFromCivil(c.year + intArg(args, 1, "Add to date"), c.month + intArg(args, 2, "Add to date"),
                                   c.day + intArg(args, 3, "Add to date")));
}

// Day of, Month of, Year of: a part of the date, 0 for the null date (!00-00-00! has zero parts).
Value datePart(const std::vector<Value>& args, std::string_view what, int64_t CivilDate::*part) {
  int64_t days = dateArg(args, 0, what);
  return Value::longint(days == kNullDate ? 0 : civilFromDays(days).*part);
}

Value dayOfCmd(CallContext&, std::vector<Value>& args, void*) {
  return datePart(args, "Day of", &CivilDate::day);
}
Value monthOfCmd(CallContext&, std::vector<Value>& args, void*) {
  return datePart(args, "Month of", &CivilDate::month);
}
Value yearOfCmd(CallContext&, std::vector<Value>& args, void*) {
  return datePart(args, "Year of", &CivilDate::year);
}

Value dayNumberCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::longint(weekdayNumber(dateArg(args, 0, "Day number")));
}

// Date(text or date): an invalid or undefined date gives the null date.
Value dateCmd(CallContext&, std::vector<Value>& args, void*) {
  const Value& v = args[0];
  if (v.kind() == Kind::Date) return v;
  if (v.isUndefined() || v.isNull()) return Value::date(kNullDate);
  if (!v.isText()) throwTypeError("Date", 0, "a Text or a Date");
  return Value::date(parseDate(v.asText()).value_or(kNullDate));
}

// Time(text or seconds): an invalid or undefined time gives ?00:00:00?.
Value timeCmd(CallContext&, std::vector<Value>& args, void*) {
  const Value& v = args[0];
  if (v.isText()) return Value::time(parseTime(v.asText()).value_or(0));
  return Value::time(intArg(args, 0, "Time"));
}

Value timeStringCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::text(formatTime(intArg(args, 0, "Time string"), 0));
}

// Ticks (1/60 s) since the machine started.
Value tickcountCmd(CallContext&, std::vector<Value>&, void*) {
  auto uptime = std::chrono::steady_clock::now().time_since_epoch();
  return Value::longint(std::chrono::duration_cast<std::chrono::milliseconds>(uptime).count() * 60 / 1000);
}

}  // namespace

void registerDateCommands(Registry& r) {
  addCommand(r, "Current date", currentDateCmd, 0, 1);  // the optional * asks 4D Server's date: the same here
  addCommand(r, "Current time", currentTimeCmd, 0, 1);
  addCommand(r, "Add to date", addToDateCmd, 4, 4);
  addCommand(r, "Day of", dayOfCmd, 1, 1);
  addCommand(r, "Month of", monthOfCmd, 1, 1);
  addCommand(r, "Year of", yearOfCmd, 1, 1);
  addCommand(r, "Day number", dayNumberCmd, 1, 1);
  addCommand(r, "Date", dateCmd, 1, 1);
  addCommand(r, "Time", timeCmd, 1, 1);
  addCommand(r, "Time string", timeStringCmd, 1, 1);
  addCommand(r, "Tickcount", tickcountCmd, 0, 0);
}

}  // namespace fourd
