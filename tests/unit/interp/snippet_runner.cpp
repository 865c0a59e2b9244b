#include "snippet_runner.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "interp/project.h"
#include "interp/runtime.h"

namespace fourd::test {

namespace fs = std::filesystem;

namespace {

void writeFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Points a standard stream's descriptor at a file for the lifetime of the object.
class Redirect {
 public:
  Redirect(FILE* stream, const fs::path& file) : stream_(stream), fd_(fileno(stream)) {
    std::fflush(stream_);
    saved_ = dup(fd_);
    FILE* target = std::fopen(file.c_str(), "w");
    dup2(fileno(target), fd_);
    std::fclose(target);
  }
  ~Redirect() {
    std::fflush(stream_);
    dup2(saved_, fd_);
    close(saved_);
  }

 private:
  FILE* stream_;
  int fd_;
  int saved_ = -1;
};

fs::path newRoot() {
  static int counter = 0;
  return fs::temp_directory_path() /
         ("fourd-interp-test-" + std::to_string(getpid()) + "-" + std::to_string(++counter));
}

// Runs the loaded project when `load` succeeds, capturing its output in `root` (removed afterwards).
template <class Load>
SnippetRun capture(const fs::path& root, const std::string& config, Load load) {
  fs::create_directories(root);
  SnippetRun run;
  {
    Redirect out(stdout, root / "stdout.txt");
    Redirect err(stderr, root / "stderr.txt");
    Runtime runtime(RuntimeConfig{config});
    run.loaded = load(runtime);
    if (run.loaded) {
      run.startupOk = runtime.runStartup();
      runtime.waitForExit();
    }
  }
  run.out = readFile(root / "stdout.txt");
  run.err = readFile(root / "stderr.txt");
  fs::remove_all(root);
  return run;
}

}  // namespace

SnippetRun runProject(const std::string& startup, const std::map<std::string, std::string>& classes,
                      const std::map<std::string, std::string>& methods) {
  fs::path root = newRoot();
  fs::path sources = root / "Project" / "Sources";
  writeFile(sources / "DatabaseMethods" / "onStartup.4dm", startup);
  for (const auto& [name, text] : classes) writeFile(sources / "Classes" / (name + ".4dm"), text);
  for (const auto& [name, text] : methods) writeFile(sources / "Methods" / (name + ".4dm"), text);
  return capture(root, root.string(), [](Runtime& runtime) { return runtime.load(); });
}

SnippetRun runProjectFromMemory(const std::string& startup, const std::map<std::string, std::string>& classes,
                                const std::map<std::string, std::string>& methods) {
  fs::path root = newRoot();
  fs::path sources = root / "Project" / "Sources";
  std::vector<ProjectSource> texts{{(sources / "DatabaseMethods" / "onStartup.4dm").string(), lang::ModuleKind::Method, startup}};
  for (const auto& [name, text] : methods)
    texts.push_back({(sources / "Methods" / (name + ".4dm")).string(), lang::ModuleKind::Method, text});
  for (const auto& [name, text] : classes)
    texts.push_back({(sources / "Classes" / (name + ".4dm")).string(), lang::ModuleKind::Class, text});
  return capture(root, "", [&texts](Runtime& runtime) { return runtime.load(std::move(texts)); });
}

}  // namespace fourd::test
