// Reading and writing obj.name and obj[index] with 4D's rules: class accessors first (user, built-in and plugin
// classes through ClassDef), then plain properties; shared values only inside Use; numbers stored as Real.
#pragma once

#include <string_view>

#include "values/value.h"
#include "values/value_ops.h"

namespace fourd {

class Process;

Value getMember(Process& p, const Value& object, std::string_view name);
void setMember(Process& p, const Value& object, std::string_view name, Value v);
Value getIndexed(Process& p, const Value& object, const Value& index);
void setIndexed(Process& p, const Value& object, const Value& index, Value v);

}  // namespace fourd
