#include "builtins/query_match.h"

#include <cctype>
#include <optional>

#include "values/date_time.h"
#include "values/shared_access.h"
#include "values/text_fold.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

bool isNullish(const Value& v) { return v.isNull() || v.isUndefined(); }

Value attributeValue(const Value& element, const std::vector<std::string>& path) {
  Value current = element;
  for (const std::string& level : path) {
    if (!current.isObject()) return Value();
    std::optional<Value> v = readProperty(*current.asObject(), level);
    if (!v) return Value();
    current = std::move(*v);
  }
  return current;
}

// The query's value in the attribute's type: "in case of type mismatch with scalar types (text, date, number...),
// 4D will try to convert the value type to the attribute data type whenever possible" ("v20" against a number is
// 20; developer.4d.com/docs/API/DataClassClass#querystring-parameter). Nullopt when it cannot be.
std::optional<Value> inAttributeType(const Value& value, const Value& attribute) {
  if (isNumeric(attribute)) {
    if (isNumeric(value)) return value;
    if (value.isText()) return Value::real(parseNumber(value.asText()));
    return std::nullopt;
  }
  if (attribute.kind() == Kind::Date) {
    if (value.kind() == Kind::Date) return value;
    if (value.isText()) {
      if (std::optional<int64_t> days = parseDate(value.asText())) return Value::date(*days);
    }
    return std::nullopt;
  }
  if (attribute.isText()) {
    if (value.isText()) return value;
    if (isNumeric(value) || value.kind() == Kind::Date) return Value::text(toText(value));
    return std::nullopt;
  }
  if (attribute.kind() == value.kind()) return value;
  return std::nullopt;
}

bool equalTo(const Value& attribute, const Value& value, bool wildcard) {
  if (value.isNull()) return isNullish(attribute);
  if (isNullish(attribute)) return false;
  std::optional<Value> v = inAttributeType(value, attribute);
  if (!v) return false;
  if (attribute.isText())
    return wildcard ? matchesWildcard(attribute.asText(), v->asText()) : equalTextFolded(attribute.asText(), v->asText());
  return valuesEqual(attribute, *v);
}

// Negative, zero or positive; nullopt when the two cannot be ordered (null, another type, objects).
std::optional<int> order(const Value& attribute, const Value& value) {
  if (isNullish(attribute) || value.isNull()) return std::nullopt;
  std::optional<Value> v = inAttributeType(value, attribute);
  if (!v) return std::nullopt;
  bool ordered = isNumeric(attribute) || attribute.isText() || attribute.kind() == Kind::Date ||
                 attribute.kind() == Kind::Boolean;
  if (!ordered) return std::nullopt;
  return compareValues(attribute, *v);
}

bool isWordByte(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

// %: the value is one of the attribute's words (runs of letters and digits), compared as 4D compares text.
bool containsKeyword(const Value& attribute, const Value& value) {
  if (!attribute.isText() || !value.isText()) return false;
  const std::string& text = attribute.asText();
  for (size_t i = 0; i < text.size();) {
    if (!isWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && isWordByte(static_cast<unsigned char>(text[i]))) ++i;
    if (equalTextFolded(std::string_view(text).substr(start, i - start), value.asText())) return true;
  }
  return false;
}

bool compare(const Value& attribute, QueryComparator comparator, const Value& value) {
  switch (comparator) {
    case QueryComparator::Equal: return equalTo(attribute, value, true);
    case QueryComparator::Identical: return equalTo(attribute, value, false);
    // "The not equal to value comparator (# or !=) does not return attributes whose value is null or undefined"
    // (developer.4d.com/docs/API/DataClassClass#not-equal-to-null-or-undefined-values).
    case QueryComparator::NotEqual:
      return value.isNull() ? !isNullish(attribute) : !isNullish(attribute) && !equalTo(attribute, value, true);
    case QueryComparator::NotIdentical:
      return value.isNull() ? !isNullish(attribute) : !isNullish(attribute) && !equalTo(attribute, value, false);
    case QueryComparator::Less: {
      std::optional<int> c = order(attribute, value);
      return c && *c < 0;
    }
    case QueryComparator::Greater: {
      std::optional<int> c = order(attribute, value);
      return c && *c > 0;
    }
    case QueryComparator::LessOrEqual: {
      std::optional<int> c = order(attribute, value);
      return c && *c <= 0;
    }
    case QueryComparator::GreaterOrEqual: {
      std::optional<int> c = order(attribute, value);
      return c && *c >= 0;
    }
    case QueryComparator::In: {
      auto items = itemsOf(*value.asCollection());
      for (const Value& item : *items)
        if (equalTo(attribute, item, true)) return true;
      return false;
    }
    case QueryComparator::Keyword: return containsKeyword(attribute, value);
  }
  return false;
}

bool evaluate(const QueryNode& node, const Value& element) {
  switch (node.kind) {
    case QueryNode::Kind::And: return evaluate(node.operands[0], element) && evaluate(node.operands[1], element);
    case QueryNode::Kind::Or: return evaluate(node.operands[0], element) || evaluate(node.operands[1], element);
    case QueryNode::Kind::Not: return !evaluate(node.operands[0], element);
    case QueryNode::Kind::Compare: return compare(attributeValue(element, node.path), node.comparator, node.value);
  }
  return false;
}

}  // namespace

bool queryMatches(const QueryNode& condition, const Value& element) {
  return element.isObject() && evaluate(condition, element);
}

}  // namespace fourd
