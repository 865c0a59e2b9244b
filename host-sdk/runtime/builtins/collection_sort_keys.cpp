#include "builtins/collection_sort_keys.h"

#include <algorithm>
#include <utility>

#include "builtins/collection_support.h"
#include "builtins/command_args.h"
#include "values/text_fold.h"

namespace fourd {

std::vector<SortKey> parseSortCriteria(std::string_view text, std::string_view what) {
  std::vector<SortKey> keys;
  for (size_t start = 0; start <= text.size();) {
    size_t comma = text.find(',', start);
    std::string_view part = text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    size_t b = part.find_first_not_of(' ');
    if (b != std::string_view::npos) {
      part = part.substr(b, part.find_last_not_of(' ') - b + 1);
      SortKey key;
      size_t space = part.find(' ');
      key.path = std::string(part.substr(0, space));
      if (space != std::string_view::npos) {
        std::string_view dir = part.substr(part.find_first_not_of(' ', space));
        if (equalTextFolded(dir, "desc")) key.descending = true;
        else if (!equalTextFolded(dir, "asc"))
          throw RuntimeError(error_code::kInvalidArgument,
                             std::string(what) + ": unknown sort direction \"" + std::string(dir) + "\"");
      }
      keys.push_back(std::move(key));
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return keys;
}

std::vector<Value> orderedByKeys(const std::vector<Value>& items, const std::vector<SortKey>& keys) {
  // Extract sort keys once per element rather than once per comparison.
  std::vector<std::pair<std::vector<Value>, size_t>> rows(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    rows[i].second = i;
    for (const SortKey& key : keys) rows[i].first.push_back(key.path.empty() ? items[i] : valueAtPath(items[i], key.path));
  }
  std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
    for (size_t k = 0; k < keys.size(); ++k) {
      int c = compareForSort(a.first[k], b.first[k]);
      if (c) return keys[k].descending ? c > 0 : c < 0;
    }
    return false;
  });
  std::vector<Value> sorted;
  sorted.reserve(items.size());
  for (const auto& row : rows) sorted.push_back(items[row.second]);
  return sorted;
}

}  // namespace fourd
