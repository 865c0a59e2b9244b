#include "interp/close_watchers.h"

#include <algorithm>
#include <utility>

namespace fourd {

std::shared_ptr<void> CloseWatchers::add(std::function<void()> ended) {
  {
    std::lock_guard lock(mutex_);
    if (!fired_) {
      auto watch = std::make_shared<Watch>(std::move(ended));
      // Watches of handles already gone go from time to time: a long-lived worker sees many clients come and go.
      if (watches_.size() >= pruneAt_) {
        std::erase_if(watches_, [](const std::weak_ptr<Watch>& w) { return w.expired(); });
        pruneAt_ = std::max<size_t>(kFirstPrune, 2 * watches_.size());
      }
      watches_.push_back(watch);
      return std::make_shared<Subscription>(std::move(watch));
    }
  }
  ended();
  return nullptr;
}

void CloseWatchers::fire() {
  std::vector<std::weak_ptr<Watch>> watches;
  {
    std::lock_guard lock(mutex_);
    if (fired_) return;
    fired_ = true;
    watches.swap(watches_);
  }
  for (const std::weak_ptr<Watch>& weak : watches) {
    std::shared_ptr<Watch> watch = weak.lock();
    if (!watch) continue;
    std::lock_guard lock(watch->mutex);
    if (std::function<void()> ended = std::exchange(watch->ended, nullptr)) ended();
  }
}

}  // namespace fourd
