#include "lang/keywords.h"

#include <algorithm>
#include <array>
#include <utility>

namespace fourd::lang {
namespace {

using Entry = std::pair<std::string_view, Kw>;

// Sorted by name: lookups and prefix tests are binary searches.
constexpr auto kKeywords = [] {
  std::array<Entry, 36> table{{
      {"4d", Kw::FourD},
      {"break", Kw::Break},
      {"case of", Kw::CaseOf},
      {"catch", Kw::Catch},
      {"class constructor", Kw::ClassConstructor},
      {"class extends", Kw::ClassExtends},
      {"continue", Kw::Continue},
      {"cs", Kw::Cs},
      {"else", Kw::Else},
      {"end case", Kw::EndCase},
      {"end for", Kw::EndFor},
      {"end for each", Kw::EndForEach},
      {"end if", Kw::EndIf},
      {"end try", Kw::EndTry},
      {"end use", Kw::EndUse},
      {"end while", Kw::EndWhile},
      {"false", Kw::False},
      {"for", Kw::For},
      {"for each", Kw::ForEach},
      {"formula", Kw::Formula},
      {"formula from string", Kw::FormulaFromString},
      {"function", Kw::Function},
      {"if", Kw::If},
      {"null", Kw::Null},
      {"property", Kw::Property},
      {"repeat", Kw::Repeat},
      {"return", Kw::Return},
      {"super", Kw::Super},
      {"this", Kw::This},
      {"throw", Kw::Throw},
      {"true", Kw::True},
      {"try", Kw::Try},
      {"until", Kw::Until},
      {"use", Kw::Use},
      {"var", Kw::Var},
      {"while", Kw::While},
  }};
  std::sort(table.begin(), table.end());
  return table;
}();

const Entry* lowerBound(std::string_view key) {
  return std::lower_bound(kKeywords.begin(), kKeywords.end(), key,
                          [](const Entry& e, std::string_view k) { return e.first < k; });
}

}  // namespace

Kw keywordFor(std::string_view key) {
  const Entry* it = lowerBound(key);
  return it != kKeywords.end() && it->first == key ? it->second : Kw::None;
}

bool isKeywordOrPrefix(std::string_view key, bool& complete) {
  complete = false;
  for (const Entry* it = lowerBound(key); it != kKeywords.end() && it->first.substr(0, key.size()) == key; ++it) {
    if (it->first.size() == key.size()) {
      complete = true;
      continue;
    }
    if (it->first[key.size()] == ' ') return true;
  }
  return complete;
}

std::vector<std::string> keywordNames() {
  std::vector<std::string> names;
  for (const Entry& e : kKeywords) names.emplace_back(e.first);
  return names;
}

}  // namespace fourd::lang
