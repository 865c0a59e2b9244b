#include "api/data_type.h"

#include "api/event_objects.h"

namespace wsplugin {

using fourd::plugin::Env;
using fourd::plugin::Error;

const char* dataTypeName(DataType type) {
  switch (type) {
    case DataType::Blob: return "blob";
    case DataType::Object: return "object";
    case DataType::Text: break;
  }
  return "text";
}

DataType readDataType(Env env, fd_value object, const std::string& owner) {
  fd_value value = env.get(object, "dataType");
  if (env.isNullish(value)) return DataType::Text;
  std::string_view name = env.textOf(value, (owner + ".dataType").c_str());
  for (DataType type : {DataType::Text, DataType::Blob, DataType::Object})
    if (name == dataTypeName(type)) return type;
  throw Error(owner + ".dataType must be \"text\", \"blob\" or \"object\"", error_code::BadArgument);
}

fd_value messageData(Env env, DataType type, bool binary, const std::string& payload) {
  if (binary || type == DataType::Blob) return env.blob(payload);
  if (type == DataType::Text) return env.text(payload);
  return env.parseJson(payload);
}

}  // namespace wsplugin
