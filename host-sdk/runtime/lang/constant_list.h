// 4D's tokenized constants (lang/constant_list.tsv, compiled in): what a `:Knn:mm` suffix names.
#pragma once

#include <cstdint>
#include <string_view>

namespace fourd::lang {

// The English name of constant `index` of `theme` (`Is text` for K8:3); empty when the list lacks the token.
std::string_view constantName(int32_t theme, int32_t index);

}  // namespace fourd::lang
