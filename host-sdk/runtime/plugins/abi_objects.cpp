// Objects, collections, JSON and native instances in the table. Shared objects and collections are read
// under their group's lock and are not modified through the ABI (4D code changes them inside Use/End use).
#include <mutex>

#include "builtins/json.h"
#include "plugins/env.h"
#include "plugins/host_api.h"
#include "plugins/native_class.h"

namespace fourd {

namespace {

std::unique_lock<std::recursive_mutex> lockShared(const Ref<SharedGroup>& group) {
  return group ? std::unique_lock<std::recursive_mutex>(group->mutex) : std::unique_lock<std::recursive_mutex>();
}

fd_value getProperty(fd_env env, fd_value object, const char* name) noexcept {
  if (!env) return nullptr;
  Env& e = *fromHandle(env);
  Value out;
  if (object && name && fromHandle(object)->isObject()) {
    const Value& self = *fromHandle(object);
    e.guard([&] {
      ObjectData& obj = *self.asObject();
      if (obj.cls && obj.cls->get(e.context(), self, name, out)) return FD_OK;
      auto lock = lockShared(obj.shared);
      if (const Value* found = obj.find(name)) out = *found;
      return FD_OK;
    });
  }
  return e.hold(std::move(out));
}

fd_status setProperty(fd_env env, fd_value object, const char* name, fd_value value) noexcept {
  if (!env || !object || !name || !value || !fromHandle(object)->isObject()) return FD_INVALID_ARG;
  Env& e = *fromHandle(env);
  const Value& self = *fromHandle(object);
  return e.guard([&] {
    ObjectData& obj = *self.asObject();
    if (obj.cls && obj.cls->set(e.context(), self, name, *fromHandle(value))) return FD_OK;
    if (obj.shared) return FD_INVALID_ARG;
    obj.set(name, *fromHandle(value));
    return FD_OK;
  });
}

size_t collectionLength(fd_env, fd_value collection) noexcept {
  if (!collection || !fromHandle(collection)->isCollection()) return 0;
  const CollectionData& c = *fromHandle(collection)->asCollection();
  auto lock = lockShared(c.shared);
  return c.items.size();
}

fd_value collectionGet(fd_env env, fd_value collection, size_t index) noexcept {
  if (!env) return nullptr;
  Value out;
  if (collection && fromHandle(collection)->isCollection()) {
    const CollectionData& c = *fromHandle(collection)->asCollection();
    auto lock = lockShared(c.shared);
    if (index < c.items.size()) out = c.items[index];
  }
  return fromHandle(env)->hold(std::move(out));
}

fd_status collectionPush(fd_env, fd_value collection, fd_value value) noexcept {
  if (!collection || !value || !fromHandle(collection)->isCollection()) return FD_INVALID_ARG;
  CollectionData& c = *fromHandle(collection)->asCollection();
  if (c.shared) return FD_INVALID_ARG;
  c.items.push_back(*fromHandle(value));
  return FD_OK;
}

fd_status jsonStringifyValue(fd_env env, fd_value value, const char** utf8, size_t* length) noexcept {
  if (!env || !value || !utf8 || !length) return FD_INVALID_ARG;
  try {
    const std::string& text = fromHandle(env)->keep(jsonStringify(*fromHandle(value)));
    *utf8 = text.data();
    *length = text.size();
    return FD_OK;
  } catch (const std::exception&) {
    return FD_INVALID_ARG;
  }
}

fd_status jsonParseText(fd_env env, const char* utf8, size_t length, fd_value* result) noexcept {
  if (!env || (!utf8 && length) || !result) return FD_INVALID_ARG;
  try {
    *result = fromHandle(env)->hold(jsonParse(std::string_view(utf8 ? utf8 : "", length)));
    return FD_OK;
  } catch (const std::exception&) {
    return FD_INVALID_ARG;
  }
}

fd_value wrap(fd_env env, fd_class cls, void* native, fd_finalize finalize, void* hint) noexcept {
  if (!env || !cls) return nullptr;
  return fromHandle(env)->hold(fromHandle(cls)->wrap(native, finalize, hint));
}

void* unwrap(fd_env, fd_value value, fd_class cls) noexcept {
  if (!value || !cls) return nullptr;
  return fromHandle(cls)->unwrap(*fromHandle(value));
}

}  // namespace

void addObjectFunctions(fd_host_api& api) {
  api.get_property = getProperty;
  api.set_property = setProperty;
  api.collection_length = collectionLength;
  api.collection_get = collectionGet;
  api.collection_push = collectionPush;
  api.json_stringify = jsonStringifyValue;
  api.json_parse = jsonParseText;
  api.wrap = wrap;
  api.unwrap = unwrap;
}

}  // namespace fourd
