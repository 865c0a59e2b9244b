// Latency samples in microseconds, summarised as percentiles once the run is over.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace loadgen {

class LatencyRecorder {
 public:
  void add(int64_t micros) { samples_.push_back(micros); }
  size_t count() const { return samples_.size(); }
  // p in [0, 100]; 0 when there are no samples.
  int64_t percentile(double p) {
    if (samples_.empty()) return 0;
    if (!sorted_) {
      std::sort(samples_.begin(), samples_.end());
      sorted_ = true;
    }
    size_t index = static_cast<size_t>(p / 100.0 * static_cast<double>(samples_.size() - 1) + 0.5);
    return samples_[std::min(index, samples_.size() - 1)];
  }

 private:
  std::vector<int64_t> samples_;
  bool sorted_ = false;
};

}  // namespace loadgen
