// The keyword table: single- and multi-word keywords, matched case-insensitively on normalised words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/token.h"

namespace fourd::lang {

// Kw::None when `key` (lowercase, single-spaced) is not a keyword.
Kw keywordFor(std::string_view key);

// Is `key` a keyword (`complete`) or the first words of a multi-word keyword ("end", "case", "formula from")?
bool isKeywordOrPrefix(std::string_view key, bool& complete);

// Every keyword, lowercase and single-spaced.
std::vector<std::string> keywordNames();

}  // namespace fourd::lang
