// Turns 4D source into tokens. Multi-word names are merged greedily (longest known name wins) using the
// keyword table and the NameOracle; a tokenized suffix (`:C41`, `:K8:3`) makes a run of words one name even when
// the oracle does not know it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/name_oracle.h"
#include "lang/syntax_error.h"
#include "lang/token.h"

namespace fourd::lang {

// Every token up to and including a final Tok::End. Lexical errors are appended to `errors`; lexing goes on.
std::vector<Token> lex(std::string_view source, const std::string& file, const NameOracle& names,
                       std::vector<SyntaxError>& errors);

}  // namespace fourd::lang
