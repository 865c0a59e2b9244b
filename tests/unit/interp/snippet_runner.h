// Runs 4D source end to end (parser, resolver, evaluator, workers) through fourd::Runtime and captures what it
// printed on stdout and stderr.
#pragma once

#include <map>
#include <string>

namespace fourd::test {

struct SnippetRun {
  bool loaded = false;
  bool startupOk = false;
  std::string out;
  std::string err;
};

// `startup` becomes Project/Sources/DatabaseMethods/onStartup.4dm of a temporary project; `classes` and
// `methods` (name -> source) go into Classes/ and Methods/.
SnippetRun runProject(const std::string& startup, const std::map<std::string, std::string>& classes = {},
                      const std::map<std::string, std::string>& methods = {});

// The same project loaded from memory (Runtime::load(sources), as the evaluator fuzzer loads its inputs), with
// the files' paths; the temporary project folder is not created.
SnippetRun runProjectFromMemory(const std::string& startup, const std::map<std::string, std::string>& classes = {},
                                const std::map<std::string, std::string>& methods = {});

}  // namespace fourd::test
