// Loaded into the host with LD_PRELOAD by test_threads_at_exit.py: at exit, appends the number of threads the
// process still has to the file THREADS_AT_EXIT_FILE names. Registered before main, its handler runs after the
// static destructors of everything the program made (exit runs them in reverse order), which is where
// LeakSanitizer's check at exit stops every thread still alive, and where its tracer crashed on one in CI.
#include <dirent.h>

#include <cstdio>
#include <cstdlib>

namespace {

void report() {
  const char* path = std::getenv("THREADS_AT_EXIT_FILE");
  DIR* tasks = ::opendir("/proc/self/task");
  if (!path || !tasks) return;
  int threads = 0;
  while (const dirent* entry = ::readdir(tasks))
    if (entry->d_name[0] != '.') ++threads;
  ::closedir(tasks);
  if (FILE* out = std::fopen(path, "a")) {
    std::fprintf(out, "%d\n", threads);
    std::fclose(out);
  }
}

const int registered = std::atexit(report);

}  // namespace
