#pragma once
// dataType, as 4D names it for a server's options and a client's handler: what a text message becomes in
// onMessage. A binary message always arrives as a 4D.Blob.

#include <fourd/plugin.hpp>

#include <string>

namespace wsplugin {

enum class DataType { Text, Blob, Object };

const char* dataTypeName(DataType type);
// The object's dataType property: "text" when absent; throws fourd::plugin::Error naming `owner`.dataType.
DataType readDataType(fourd::plugin::Env env, fd_value object, const std::string& owner);
// What onMessage's event.data is for a message: Text, Blob or Object; null for a text that is not JSON in
// "object" mode.
fd_value messageData(fourd::plugin::Env env, DataType type, bool binary, const std::string& payload);

}  // namespace wsplugin
