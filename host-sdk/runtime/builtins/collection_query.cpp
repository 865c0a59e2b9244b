// collection.query() and collection.indices(): the elements, or their indexes, that meet a query string
// (developer.4d.com/docs/API/CollectionClass#query, #indices).
#include <utility>

#include "builtins/builtin_groups.h"
#include "builtins/collection_support.h"
#include "builtins/command_args.h"
#include "builtins/query_match.h"
#include "builtins/query_parser.h"

namespace fourd {

namespace {

using Args = std::vector<Value>;

// .f(queryString; ...value) or .f(queryString {; ...value}; querySettings): the last argument is the settings
// object when it comes after every value the query's :N placeholders use.
ParsedQuery parseQueryArgs(const Args& args, std::string_view what) {
  const std::string& text = textArg(args, 0, what);
  std::vector<Value> values(args.begin() + (args.empty() ? 0 : 1), args.end());
  Value parameters, attributes;
  if (!values.empty() && values.back().isObject() && values.size() > highestIndexedPlaceholder(text, what)) {
    const Value settings = values.back();
    values.pop_back();
    parameters = valueAtPath(settings, "parameters");
    attributes = valueAtPath(settings, "attributes");
    for (const auto& [value, name] : {std::pair{&parameters, "parameters"}, std::pair{&attributes, "attributes"}})
      if (!value->isUndefined() && !value->isObject())
        throw RuntimeError(error_code::kTypeMismatch,
                           std::string(what) + ": querySettings." + name + " must be an object");
  }
  return parseQuery(text, QueryPlaceholders{values, parameters, attributes}, what);
}

// The indexes of the matching elements, ascending.
std::vector<size_t> matchingIndexes(const Value& self, const ParsedQuery& query) {
  const auto& items = selfItems(self).items;
  std::vector<size_t> found;
  for (size_t i = 0; i < items.size(); ++i)
    if (queryMatches(query.condition, items[i])) found.push_back(i);
  return found;
}

Value queryFn(CallContext&, const Value& self, Args& args) {
  ParsedQuery query = parseQueryArgs(args, "query");
  const auto& items = selfItems(self).items;
  std::vector<Value> found;
  for (size_t i : matchingIndexes(self, query)) found.push_back(items[i]);
  if (!query.order.empty()) found = orderedByKeys(found, query.order);
  return newCollectionOf(std::move(found));
}

// "Indexes are returned in ascending order" (developer.4d.com/docs/API/CollectionClass#indices), whatever the
// query's `order by` clause says.
Value indicesFn(CallContext&, const Value& self, Args& args) {
  ParsedQuery query = parseQueryArgs(args, "indices");
  std::vector<Value> found;
  for (size_t i : matchingIndexes(self, query)) found.push_back(Value::real(static_cast<double>(i)));
  return newCollectionOf(std::move(found));
}

}  // namespace

void registerCollectionQueryFunctions(Registry& r) {
  r.addCollectionFunction("query", queryFn);
  r.addCollectionFunction("indices", indicesFn);
}

}  // namespace fourd
