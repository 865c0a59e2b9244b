// Text to stdout from any worker, written whole and flushed at once (ALERT, LOG EVENT): tests read it as it
// comes.
#pragma once

#include <string_view>

namespace fourd {

void printText(std::string_view text);

}  // namespace fourd
