// Resident memory, thread count and CPU time of another process, read from /proc/PID (Linux only).
#pragma once

#include <unistd.h>

#include <fstream>
#include <string>

namespace loadgen {

struct ProcessStats {
  long rssKiB = 0;
  long peakRssKiB = 0;  // VmHWM: since the start, or since resetPeakRss
  long threads = 0;
};

inline ProcessStats readProcessStats(int pid) {
  ProcessStats stats;
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  while (in >> key) {
    if (key == "VmRSS:") in >> stats.rssKiB;
    else if (key == "VmHWM:") in >> stats.peakRssKiB;
    else if (key == "Threads:") in >> stats.threads;
    std::getline(in, key);
  }
  return stats;
}

// Makes the process's peak resident size its current one (Linux 4.0+; the process's owner or root). False when
// refused.
inline bool resetPeakRss(int pid) {
  std::ofstream out("/proc/" + std::to_string(pid) + "/clear_refs");
  out << "5";
  out.flush();
  return static_cast<bool>(out);
}

// User plus system CPU time of every thread of the process so far, in microseconds; 0 when unreadable.
inline double readCpuMicros(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string field;
  // The command name (field 2) may hold spaces: skip to its closing parenthesis; utime and stime are fields 14
  // and 15.
  std::getline(in, field, ')');
  unsigned long long utime = 0, stime = 0;
  for (int i = 3; i <= 15 && in >> field; ++i) {
    if (i == 14) utime = std::stoull(field);
    if (i == 15) stime = std::stoull(field);
  }
  return static_cast<double>(utime + stime) * 1e6 / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

}  // namespace loadgen
