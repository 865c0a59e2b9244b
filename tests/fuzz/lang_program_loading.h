// Loading the evaluator target's inputs: an input as project sources, loaded (parsed, classes linked, resolved)
// into the Runtime that will run it. The mutator keeps editing until its program loads, so it loads each program
// it writes anyway; the Runtime it loaded is kept for the target, which then only runs it. A program is parsed
// once instead of twice, at a price: what loading covers no longer counts for the inputs the mutator wrote (the
// parser has a target of its own, lang_parser_fuzz).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "interp/project.h"
#include "interp/runtime.h"

namespace fourd::fuzz {

// The input's sections (see kClassMarker, kMethodMarker) as project sources; the first is the startup method.
std::vector<ProjectSource> sections(std::string_view input);

// Whether the input loads; when it does, its Runtime is kept for loaded(input). Problems go to std::cerr.
bool loads(std::string_view input);

// A Runtime with the input loaded: the one loads(input) kept when it was the last input it loaded, otherwise a
// new one. Null when the input does not load.
std::unique_ptr<Runtime> loaded(std::string_view input);

}  // namespace fourd::fuzz
