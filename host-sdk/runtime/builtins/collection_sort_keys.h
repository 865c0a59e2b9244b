// Sort criteria on property paths, shared by .orderBy() and the `order by` clause of .query() and .indices().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "values/value.h"

namespace fourd {

struct SortKey {
  std::string path;  // empty: the element itself
  bool descending = false;
};

// "path1 {asc|desc}, path2 {asc|desc}, ...": 4D's pathStrings (developer.4d.com/docs/API/CollectionClass#orderby).
// `what` names the function in errors.
std::vector<SortKey> parseSortCriteria(std::string_view text, std::string_view what);

// `items` in the order of `keys` (stable; types grouped as .sort() groups them).
std::vector<Value> orderedByKeys(const std::vector<Value>& items, const std::vector<SortKey>& keys);

}  // namespace fourd
