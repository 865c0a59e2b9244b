// Match regex (commands-legacy/match-regex), on PCRE in UTF-8 mode (4D uses ICU's regular expressions; the
// syntax both share is what ordinary patterns use). Positions and lengths count UTF-16 units, as 4D's do.
#include <Poco/Exception.h>
#include <Poco/RegularExpression.h>

#include <algorithm>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "values/utf16_positions.h"

namespace fourd {

namespace {

Poco::RegularExpression compile(const std::string& pattern) {
  try {
    return Poco::RegularExpression(pattern, Poco::RegularExpression::RE_UTF8);
  } catch (const Poco::Exception& e) {
    throw RuntimeError(error_code::kInvalidArgument, "Match regex: invalid regular expression: " + e.message());
  }
}

// Match regex(pattern; aString): the whole text must match.
bool matchesWhole(const std::string& pattern, const std::string& text) {
  Poco::RegularExpression::Match m{std::string::npos, 0};
  compile("(?:" + pattern + ")\\z").match(text, 0, m, Poco::RegularExpression::RE_ANCHORED);
  return m.offset == 0;
}

// Match regex(pattern; aString; start {; posFound; lengthFound} {; *}): searches from `start`, or with `*` only
// at `start`. posFound and lengthFound (arguments 4 and 5) are written back; 0 when nothing matched. Their
// array form (the capture groups in elements 1...) needs arrays, which the host does not have.
Value matchRegex(CallContext&, std::vector<Value>& args, void*) {
  const std::string& pattern = textArg(args, 0, "Match regex");
  Value text = hasArg(args, 1) && args[1].isText() ? args[1] : Value::text(textArg(args, 1, "Match regex"));
  if (args.size() == 2) return Value::boolean(matchesWhole(pattern, text.asText()));
  bool anchored = isStarArgument(args.back());
  int64_t start = std::max<int64_t>(intArg(args, 2, "Match regex"), 1);
  Utf16Positions positions(text);
  Poco::RegularExpression::Match m{std::string::npos, 0};
  compile(pattern).match(text.asText(), positions.byteOffset(static_cast<size_t>(start - 1)), m,
                         anchored ? Poco::RegularExpression::RE_ANCHORED : 0);
  bool found = m.offset != std::string::npos;
  int64_t pos = 0, length = 0;
  if (found) {
    pos = static_cast<int64_t>(positions.unitsBefore(m.offset)) + 1;
    length = static_cast<int64_t>(positions.unitsBefore(m.offset + m.length)) - pos + 1;
  }
  if (hasArg(args, 3) && !isStarArgument(args[3])) args[3] = Value::longint(pos);
  if (hasArg(args, 4) && !isStarArgument(args[4])) args[4] = Value::longint(length);
  return Value::boolean(found);
}

}  // namespace

void registerMatchRegex(Registry& r) { addCommand(r, "Match regex", matchRegex, 2, 6, (1u << 3) | (1u << 4)); }

}  // namespace fourd
