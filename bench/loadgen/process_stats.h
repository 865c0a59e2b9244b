// Resident memory and thread count of another process, read from /proc/PID/status (Linux only).
#pragma once

#include <fstream>
#include <string>

namespace loadgen {

struct ProcessStats {
  long rssKiB = 0;
  long threads = 0;
};

inline ProcessStats readProcessStats(int pid) {
  ProcessStats stats;
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  while (in >> key) {
    if (key == "VmRSS:") in >> stats.rssKiB;
    else if (key == "Threads:") in >> stats.threads;
    std::getline(in, key);
  }
  return stats;
}

}  // namespace loadgen
