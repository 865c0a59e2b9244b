// The 4D 20 command list (lang/command_list.tsv, compiled in): what a command's number names.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace fourd::lang {

struct NumberedCommand {
  int32_t number;
  std::string_view name;  // English, as 4D spells it
};

// Every command of the list, by name.
std::span<const NumberedCommand> commandList();
// The English name of command `number`; empty when the list has no such number.
std::string_view commandName(int32_t number);

}  // namespace fourd::lang
