#include "net/event_queue.h"

namespace wsplugin {

void EventQueue::push(NetEvent event) {
  bool wasEmpty;
  {
    std::lock_guard lock(mutex_);
    wasEmpty = events_.empty();
    events_.push_back(std::move(event));
  }
  if (wasEmpty) notify_();
}

std::vector<NetEvent> EventQueue::takeAll() {
  std::vector<NetEvent> taken;
  std::lock_guard lock(mutex_);
  taken.swap(events_);
  return taken;
}

}  // namespace wsplugin
