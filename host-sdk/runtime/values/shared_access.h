// Reading and changing the storage of objects and collections that may be shared: other workers read shared
// values without Use (4D allows it) while the process inside Use changes them, so both sides go through the
// group's data lock (SharedGroup::data); containers that are not shared are used in place, without a lock.
#pragma once

#include <optional>
#include <shared_mutex>
#include <string_view>

#include "values/value.h"

namespace fourd {

// The data lock of a container's group for one read or one change; no lock for a container that is not shared.
inline std::shared_lock<std::shared_mutex> readLock(SharedGroup* group) {
  return group ? std::shared_lock<std::shared_mutex>(group->data) : std::shared_lock<std::shared_mutex>();
}
inline std::unique_lock<std::shared_mutex> writeLock(SharedGroup* group) {
  return group ? std::unique_lock<std::shared_mutex>(group->data) : std::unique_lock<std::shared_mutex>();
}

// A container's storage as a reader that may run 4D code or recurse sees it: the storage itself when the
// container is not shared, else a copy taken under the data lock (a writer may change it once it is released).
template <class Storage>
class StableView {
 public:
  StableView(const Storage& storage, SharedGroup* group) : view_(&storage) {
    if (!group) return;
    auto lock = readLock(group);
    copy_ = storage;
    view_ = &copy_;
  }
  StableView(const StableView&) = delete;
  StableView& operator=(const StableView&) = delete;
  const Storage& operator*() const { return *view_; }
  const Storage* operator->() const { return view_; }

 private:
  Storage copy_;
  const Storage* view_;
};

inline StableView<decltype(ObjectData::props)> propsOf(const ObjectData& o) { return {o.props, o.shared.get()}; }
inline StableView<decltype(CollectionData::items)> itemsOf(const CollectionData& c) {
  return {c.items, c.shared.get()};
}

// A copy of one property, read under the data lock; nullopt when the object has no such property.
std::optional<Value> readProperty(const ObjectData& o, std::string_view name);

}  // namespace fourd
