// The flood scenario: one client sends numbered messages faster than the server's handler takes them, while a
// second client of the same server measures echo round trips; the server's peak memory comes from /proc/PID.
#pragma once

#include <cstddef>
#include <string>

namespace loadgen {

struct FloodOptions {
  std::string host;
  int port = 0;
  std::string path;  // the flooding client's; the echo client adds "?role=echo"
  int messages = 1500;
  size_t size = 64 * 1024;
  double timeout = 120;  // seconds for the whole flood
  int pid = 0;           // the server's, for its memory (0: not read)
};

// Prints one JSON object on stdout; returns the exit status.
int runFlood(const FloodOptions& options);

}  // namespace loadgen
