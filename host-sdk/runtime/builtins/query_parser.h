// The query language of collection.query() and collection.indices() (developer.4d.com/docs/API/DataClassClass#query,
// to which CollectionClass#query refers): a query string, with its placeholders resolved, becomes a tree that
// query_match.h evaluates against each element.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "builtins/collection_sort_keys.h"
#include "values/value.h"

namespace fourd {

enum class QueryComparator {
  Equal,         // = ==   (@ is the wildcard)
  Identical,     // === IS (@ is a character)
  NotEqual,      // # !=
  NotIdentical,  // !== IS NOT
  Less,
  Greater,
  LessOrEqual,
  GreaterOrEqual,
  In,       // IN: equal to one element of a collection
  Keyword,  // %: one of the words of a text
};

struct QueryNode {
  enum class Kind { And, Or, Not, Compare };
  Kind kind = Kind::Compare;
  std::vector<QueryNode> operands;  // And, Or: two; Not: one
  std::vector<std::string> path;    // Compare: the attribute path, one property name per level
  QueryComparator comparator = QueryComparator::Equal;
  Value value;  // Compare: what the attribute is compared with; Null for the `null` keyword
};

struct ParsedQuery {
  QueryNode condition;
  std::vector<SortKey> order;  // the `order by` clause; empty without one
};

// What placeholders stand for: `:1`, `:2`... are `indexed[0]`, `indexed[1]`...; `:name` is a property (or a
// property path) of `parameters` where a value is expected, of `attributes` where an attribute path is.
struct QueryPlaceholders {
  const std::vector<Value>& indexed;
  const Value& parameters;  // an object, or Undefined
  const Value& attributes;  // an object, or Undefined
};

// Raises a RuntimeError naming `what` and the position (1-based, in characters) of what is wrong.
ParsedQuery parseQuery(std::string_view text, const QueryPlaceholders& placeholders, std::string_view what);

// The highest N of the `:N` placeholders of `text` (0 for none): tells the values from a querySettings object
// that follows them.
size_t highestIndexedPlaceholder(std::string_view text, std::string_view what);

}  // namespace fourd
