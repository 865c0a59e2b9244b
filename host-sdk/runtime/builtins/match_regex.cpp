// Match regex (commands-legacy/match-regex), on PCRE in UTF-8 mode (4D uses ICU's regular expressions; the
// syntax both share is what ordinary patterns use). Positions and lengths count UTF-16 units, as 4D's do.
#include <Poco/Exception.h>
#include <Poco/RegularExpression.h>

#include <algorithm>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "values/array_data.h"
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

// PCRE refuses a subject that is not UTF-8, which a text holding a lone surrogate (Char(0xD800)) is here; the
// refusal is a 4D error, not a C++ exception through the interpreter.
template <class Result>
void matchIn(const Poco::RegularExpression& regex, const std::string& text, size_t offset, Result& result,
             int options) {
  try {
    regex.match(text, offset, result, options);
  } catch (const Poco::Exception& e) {
    throw RuntimeError(error_code::kInvalidArgument, "Match regex: the text cannot be searched: " + e.message());
  }
}

// Match regex(pattern; aString): the whole text must match.
bool matchesWhole(const std::string& pattern, const std::string& text) {
  Poco::RegularExpression::Match m{std::string::npos, 0};
  matchIn(compile("(?:" + pattern + ")\\z"), text, 0, m, Poco::RegularExpression::RE_ANCHORED);
  return m.offset == 0;
}

// Positions and lengths in UTF-16 units, 1-based; 0 and 0 for what did not match.
struct Found {
  int64_t pos = 0, length = 0;
};

Found found(const Poco::RegularExpression::Match& m, const Utf16Positions& positions) {
  if (m.offset == std::string::npos) return {};
  int64_t pos = static_cast<int64_t>(positions.unitsBefore(m.offset)) + 1;
  return {pos, static_cast<int64_t>(positions.unitsBefore(m.offset + m.length)) - pos + 1};
}

// The array form: the whole occurrence in the element zero, each capture group in the elements from 1
// (docs/commands-legacy/match-regex.md, example 3); the arrays get one element per group.
void fillArrays(ArrayData& posFound, ArrayData& lengthFound, const Poco::RegularExpression::MatchVec& groups,
                const Utf16Positions& positions) {
  const size_t count = groups.empty() ? 0 : groups.size() - 1;
  resizeArray(posFound, count);
  resizeArray(lengthFound, count);
  for (size_t i = 0; i <= count; ++i) {
    Found f = i < groups.size() ? found(groups[i], positions) : Found{};
    posFound.items[i] = toArrayElement(posFound.type, Value::longint(f.pos));
    lengthFound.items[i] = toArrayElement(lengthFound.type, Value::longint(f.length));
  }
}

// Match regex(pattern; aString; start {; posFound; lengthFound} {; *}): searches from `start`, or with `*` only
// at `start`. posFound and lengthFound (arguments 4 and 5) are variables written back (0 when nothing matched)
// or arrays filled with the occurrence and its capture groups.
Value matchRegex(CallContext&, std::vector<Value>& args, void*) {
  const std::string& pattern = textArg(args, 0, "Match regex");
  Value text = hasArg(args, 1) && args[1].isText() ? args[1] : Value::text(textArg(args, 1, "Match regex"));
  if (args.size() == 2) return Value::boolean(matchesWhole(pattern, text.asText()));
  bool anchored = isStarArgument(args.back());
  int64_t start = std::max<int64_t>(intArg(args, 2, "Match regex"), 1);
  Utf16Positions positions(text);
  Poco::RegularExpression::MatchVec groups;
  matchIn(compile(pattern), text.asText(), positions.byteOffset(static_cast<size_t>(start - 1)), groups,
          anchored ? Poco::RegularExpression::RE_ANCHORED : 0);
  const bool matched = !groups.empty() && groups[0].offset != std::string::npos;
  if (hasArg(args, 4) && args[3].kind() == Kind::Array && args[4].kind() == Kind::Array) {
    fillArrays(*args[3].asArray(), *args[4].asArray(), matched ? groups : Poco::RegularExpression::MatchVec{},
               positions);
    return Value::boolean(matched);
  }
  Found whole = matched ? found(groups[0], positions) : Found{};
  if (hasArg(args, 3) && !isStarArgument(args[3])) args[3] = Value::longint(whole.pos);
  if (hasArg(args, 4) && !isStarArgument(args[4])) args[4] = Value::longint(whole.length);
  return Value::boolean(matched);
}

}  // namespace

void registerMatchRegex(Registry& r) { addCommand(r, "Match regex", matchRegex, 2, 6, (1u << 3) | (1u << 4)); }

}  // namespace fourd
