// Text commands. Positions and lengths count UTF-16 code units, as in 4D; comparisons are case- and
// accent-insensitive unless `*` is passed (see values/text_fold.h).
#include <algorithm>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "builtins/number_pattern.h"
#include "values/date_pattern.h"
#include "values/date_time.h"
#include "values/text_fold.h"
#include "values/utf16_positions.h"
#include "values/utf8_text.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

bool lastIsStar(const std::vector<Value>& args, size_t minIndex) {
  return args.size() > minIndex && isStarArgument(args.back());
}

// The text argument at `i` as a Value (Undefined and Null read as ""), for Utf16Positions.
Value textValueArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  if (hasArg(args, i) && args[i].isText()) return args[i];
  return Value::text(textArg(args, i, what));
}

Value lengthCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::longint(static_cast<int64_t>(Utf16Positions(textValueArg(args, 0, "Length")).length()));
}

Value substringCmd(CallContext&, std::vector<Value>& args, void*) {
  Value text = textValueArg(args, 0, "Substring");
  const std::string& s = text.asText();
  int64_t start = std::max<int64_t>(intArg(args, 1, "Substring"), 1) - 1;
  bool all = !hasArg(args, 2);
  int64_t count = all ? 0 : intArg(args, 2, "Substring");
  if (!all && count <= 0) return Value::text("");
  Utf16Positions positions(text);
  size_t from = positions.byteOffset(static_cast<size_t>(start));
  size_t to = all ? s.size() : positions.byteOffset(static_cast<size_t>(start + count));
  return Value::text(s.substr(from, to - from));
}

// Delete string(source; where; numChars): where < 1 deletes from the start.
Value deleteStringCmd(CallContext&, std::vector<Value>& args, void*) {
  Value text = textValueArg(args, 0, "Delete string");
  const std::string& s = text.asText();
  int64_t where = std::max<int64_t>(intArg(args, 1, "Delete string"), 1) - 1;
  int64_t count = intArg(args, 2, "Delete string");
  if (count <= 0) return text;
  Utf16Positions positions(text);
  size_t from = positions.byteOffset(static_cast<size_t>(where));
  size_t to = positions.byteOffset(static_cast<size_t>(where + count));
  return Value::text(s.substr(0, from) + s.substr(to));
}

// Insert string(source; what; where): where < 1 inserts at the start, past the end appends.
Value insertStringCmd(CallContext&, std::vector<Value>& args, void*) {
  Value text = textValueArg(args, 0, "Insert string");
  const std::string& s = text.asText();
  const std::string& what = textArg(args, 1, "Insert string");
  int64_t where = std::max<int64_t>(intArg(args, 2, "Insert string"), 1) - 1;
  size_t at = Utf16Positions(text).byteOffset(static_cast<size_t>(where));
  return Value::text(s.substr(0, at) + what + s.substr(at));
}

// Change string(source; newChars; where): overwrites from `where`, never changing the length.
Value changeStringCmd(CallContext&, std::vector<Value>& args, void*) {
  Value text = textValueArg(args, 0, "Change string");
  const std::string& s = text.asText();
  const std::string& newChars = textArg(args, 1, "Change string");
  int64_t where = intArg(args, 2, "Change string");
  Utf16Positions positions(text);
  if (where < 1 || static_cast<size_t>(where) > positions.length()) return text;
  size_t from = positions.byteOffset(static_cast<size_t>(where - 1));
  size_t units = std::min(utf16Length(newChars), positions.length() - static_cast<size_t>(where - 1));
  size_t to = positions.byteOffset(static_cast<size_t>(where - 1) + units);
  return Value::text(s.substr(0, from) + newChars.substr(0, byteOffsetOfUnit(newChars, units)) + s.substr(to));
}

// Position(find; aString {; start {; lengthFound}} {; *}): lengthFound (argument 4) is written back.
Value positionCmd(CallContext&, std::vector<Value>& args, void*) {
  const std::string& find = textArg(args, 0, "Position");
  Value text = textValueArg(args, 1, "Position");
  bool exact = lastIsStar(args, 2);
  int64_t start = 1;
  if (hasArg(args, 2) && !isStarArgument(args[2])) start = std::max<int64_t>(intArg(args, 2, "Position"), 1);
  bool wantsLength = hasArg(args, 3) && !isStarArgument(args[3]);
  Utf16Positions positions(text);
  std::vector<std::pair<size_t, size_t>> found;
  if (!find.empty())
    found = findOccurrences(text.asText(), find, positions.byteOffset(static_cast<size_t>(start - 1)), 1, exact);
  if (found.empty()) {
    if (wantsLength) args[3] = Value::longint(0);
    return Value::longint(0);
  }
  auto begin = static_cast<int64_t>(positions.unitsBefore(found[0].first));
  if (wantsLength) args[3] = Value::longint(static_cast<int64_t>(positions.unitsBefore(found[0].second)) - begin);
  return Value::longint(begin + 1);
}

Value replaceStringCmd(CallContext&, std::vector<Value>& args, void*) {
  const std::string& s = textArg(args, 0, "Replace string");
  const std::string& oldText = textArg(args, 1, "Replace string");
  const std::string& newText = textArg(args, 2, "Replace string");
  bool exact = lastIsStar(args, 3);
  size_t howMany = SIZE_MAX;
  if (hasArg(args, 3) && !isStarArgument(args[3])) {
    int64_t n = intArg(args, 3, "Replace string");
    howMany = n < 0 ? 0 : static_cast<size_t>(n);
  }
  if (oldText.empty() || howMany == 0) return Value::text(s);
  auto found = findOccurrences(s, oldText, 0, howMany, exact);
  if (found.empty()) return args[0].isText() ? args[0] : Value::text(s);
  std::string out;
  out.reserve(s.size() + found.size() * newText.size());
  size_t copied = 0;
  for (const auto& [b, e] : found) {
    out.append(s, copied, b - copied);
    out += newText;
    copied = e;
  }
  out.append(s, copied, std::string::npos);
  return Value::text(std::move(out));
}

Value uppercaseCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::text(toUpperText(textArg(args, 0, "Uppercase"), lastIsStar(args, 1)));
}

Value lowercaseCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::text(toLowerText(textArg(args, 0, "Lowercase"), lastIsStar(args, 1)));
}

std::string_view trimSpaces(std::string_view s) {
  size_t b = s.find_first_not_of(' ');
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

Value splitStringCmd(CallContext&, std::vector<Value>& args, void*) {
  const std::string& s = textArg(args, 0, "Split string");
  const std::string& sep = textArg(args, 1, "Split string");
  int64_t options = hasArg(args, 2) ? intArg(args, 2, "Split string") : 0;
  bool ignoreEmpty = options & 1, trim = options & 2;
  auto result = make<CollectionData>();
  auto add = [&](std::string_view piece) {
    if (trim) piece = trimSpaces(piece);
    if (ignoreEmpty && piece.empty()) return;
    result->items.push_back(Value::text(std::string(piece)));
  };
  std::string_view view(s);
  if (sep.empty()) {
    for (size_t i = 0; i < view.size();) {
      size_t start = i;
      decodeUtf8(view, i);
      add(view.substr(start, i - start));
    }
  } else {
    size_t start = 0;
    for (const auto& [b, e] : findOccurrences(view, sep, 0, SIZE_MAX, true)) {
      add(view.substr(start, b - start));
      start = e;
    }
    add(view.substr(start));
  }
  return Value::collection(std::move(result));
}

Value charCmd(CallContext&, std::vector<Value>& args, void*) {
  int64_t code = intArg(args, 0, "Char");
  if (code < 0 || code > 0x10FFFF)
    throw RuntimeError(error_code::kInvalidArgument, "Char: invalid character code " + std::to_string(code));
  std::string out;
  appendUtf8(out, static_cast<char32_t>(code));
  return Value::text(std::move(out));
}

Value characterCodeCmd(CallContext&, std::vector<Value>& args, void*) {
  const std::string& s = textArg(args, 0, "Character code");
  if (s.empty()) return Value::longint(0);
  size_t i = 0;
  char32_t cp = decodeUtf8(s, i);
  if (cp > 0xFFFF) cp = 0xD800 + ((cp - 0x10000) >> 10);  // the first UTF-16 unit, as 4D reports it
  return Value::longint(cp);
}

Value stringCmd(CallContext&, std::vector<Value>& args, void*) {
  const Value& v = args[0];
  if (v.isNumber() && hasArg(args, 1) && args[1].isText())
    return Value::text(formatNumberWithPattern(v.asNumber(), args[1].asText()));
  // Dates and times with a format constant or a pattern (a date with the time to add to it).
  if (v.kind() == Kind::Date || v.kind() == Kind::Time) {
    bool isDate = v.kind() == Kind::Date;
    int64_t days = isDate ? v.asDays() : kNullDate;
    int64_t seconds = isDate ? intArg(args, 2, "String") : v.asSeconds();
    if (hasArg(args, 1) && args[1].isText()) return Value::text(formatWithPattern(days, seconds, args[1].asText()));
    int64_t format = intArg(args, 1, "String");
    return Value::text(isDate ? formatDate(days, format, seconds) : formatTime(seconds, format));
  }
  if (v.isText()) return v;
  return Value::text(toText(v));
}

Value numCmd(CallContext&, std::vector<Value>& args, void*) {
  const Value& v = args[0];
  if (v.isText() && hasArg(args, 1)) {
    // A custom decimal separator: read it as '.', and drop the '.' that is then only a grouping character.
    const std::string& sep = textArg(args, 1, "Num");
    std::string text = v.asText();
    if (!sep.empty() && sep != ".") {
      std::string normalized;
      for (size_t i = 0; i < text.size();) {
        if (text.compare(i, sep.size(), sep) == 0) {
          normalized += '.';
          i += sep.size();
        } else {
          if (text[i] != '.') normalized += text[i];
          ++i;
        }
      }
      text.swap(normalized);
    }
    return Value::real(parseNumber(text));
  }
  // An array variable is a number there: its selected element's (docs/Concepts/arrays.md).
  if (v.isNumber() || v.kind() == Kind::Boolean || v.isText() || v.isUndefined() || v.isNull() || v.isArray())
    return Value::real(toNumber(v));
  throwTypeError("Num", 0, "a Text, a number or a Boolean");
}

}  // namespace

void registerTextCommands(Registry& r) {
  addCommand(r, "Length", lengthCmd, 1, 1);
  addCommand(r, "Substring", substringCmd, 2, 3);
  addCommand(r, "Position", positionCmd, 2, 5, 1u << 3);
  addCommand(r, "Delete string", deleteStringCmd, 3, 3);
  addCommand(r, "Insert string", insertStringCmd, 3, 3);
  addCommand(r, "Change string", changeStringCmd, 3, 3);
  addCommand(r, "Replace string", replaceStringCmd, 3, 5);
  addCommand(r, "Uppercase", uppercaseCmd, 1, 2);
  addCommand(r, "Lowercase", lowercaseCmd, 1, 2);
  addCommand(r, "Split string", splitStringCmd, 2, 3);
  addCommand(r, "Char", charCmd, 1, 1);
  addCommand(r, "Character code", characterCodeCmd, 1, 1);
  addCommand(r, "String", stringCmd, 1, 3);
  addCommand(r, "Num", numCmd, 1, 2);
}

}  // namespace fourd
