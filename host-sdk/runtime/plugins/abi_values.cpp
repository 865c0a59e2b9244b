// Scalar, text and blob values of the table: making them and reading them back.
#include "plugins/env.h"
#include "plugins/host_api.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

fd_type typeOf(fd_env, fd_value value) noexcept {
  if (!value) return FD_UNDEFINED;
  switch (fromHandle(value)->kind()) {
    case Kind::Undefined: return FD_UNDEFINED;
    case Kind::Null: return FD_NULL;
    case Kind::Boolean: return FD_BOOLEAN;
    case Kind::Real:
    case Kind::Longint:
    case Kind::Time: return FD_NUMBER;  // a time is its number of seconds
    case Kind::Date: return FD_UNDEFINED;  // ABI version 1 has no date type: a plugin cannot read one
    case Kind::Text: return FD_TEXT;
    case Kind::Object: return FD_OBJECT;
    case Kind::Collection: return FD_COLLECTION;
    case Kind::Blob: return FD_BLOB;
    case Kind::Array:    // arrays and pointers have no type in the ABI (its version 1 predates them): a plugin
    case Kind::Pointer:  // sees them as undefined, as it sees a value it cannot read
      return FD_UNDEFINED;
  }
  return FD_UNDEFINED;
}

fd_value hold(fd_env env, Value v) { return env ? fromHandle(env)->hold(std::move(v)) : nullptr; }

fd_value makeUndefined(fd_env env) noexcept { return hold(env, Value()); }
fd_value makeNull(fd_env env) noexcept { return hold(env, Value::null()); }
fd_value makeBoolean(fd_env env, int value) noexcept { return hold(env, Value::boolean(value != 0)); }
fd_value makeNumber(fd_env env, double value) noexcept { return hold(env, Value::real(value)); }

fd_value makeText(fd_env env, const char* utf8, size_t length) noexcept {
  if (!utf8 && length) return nullptr;
  return hold(env, Value::text(std::string(utf8 ? utf8 : "", length)));
}

fd_value makeBlob(fd_env env, const void* bytes, size_t length) noexcept {
  if (!bytes && length) return nullptr;
  return hold(env, Value::blob(make<BlobData>(std::string(static_cast<const char*>(bytes), length))));
}

fd_value makeObject(fd_env env) noexcept { return hold(env, Value::object(make<ObjectData>())); }
fd_value makeCollection(fd_env env) noexcept { return hold(env, Value::collection(make<CollectionData>())); }

fd_status getBoolean(fd_env, fd_value value, int* result) noexcept {
  if (!value || !result) return FD_INVALID_ARG;
  const Value& v = *fromHandle(value);
  if (v.kind() != Kind::Boolean) return FD_TYPE_MISMATCH;
  *result = v.asBool() ? 1 : 0;
  return FD_OK;
}

fd_status getNumber(fd_env, fd_value value, double* result) noexcept {
  if (!value || !result) return FD_INVALID_ARG;
  const Value& v = *fromHandle(value);
  if (!isNumeric(v)) return FD_TYPE_MISMATCH;
  *result = numericValue(v);
  return FD_OK;
}

fd_status getText(fd_env, fd_value value, const char** utf8, size_t* length) noexcept {
  if (!value || !utf8 || !length) return FD_INVALID_ARG;
  const Value& v = *fromHandle(value);
  if (!v.isText()) return FD_TYPE_MISMATCH;
  *utf8 = v.asText().data();
  *length = v.asText().size();
  return FD_OK;
}

fd_status getBlob(fd_env, fd_value value, const void** bytes, size_t* length) noexcept {
  if (!value || !bytes || !length) return FD_INVALID_ARG;
  const Value& v = *fromHandle(value);
  if (!v.isBlob()) return FD_TYPE_MISMATCH;
  *bytes = v.asBlob()->bytes.data();
  *length = v.asBlob()->bytes.size();
  return FD_OK;
}

}  // namespace

void addValueFunctions(fd_host_api& api) {
  api.type_of = typeOf;
  api.make_undefined = makeUndefined;
  api.make_null = makeNull;
  api.make_boolean = makeBoolean;
  api.make_number = makeNumber;
  api.make_text = makeText;
  api.make_blob = makeBlob;
  api.make_object = makeObject;
  api.make_collection = makeCollection;
  api.get_boolean = getBoolean;
  api.get_number = getNumber;
  api.get_text = getText;
  api.get_blob = getBlob;
}

}  // namespace fourd
