// Constants of the themes our commands use, with 4D's documented values.
#include "builtins/builtin_groups.h"
#include "values/deep_copy.h"

namespace fourd {

void registerConstants(Registry& registry) {
  struct Entry {
    const char* name;
    int64_t value;
  };
  static const Entry kConstants[] = {
      // Field and Variable Types (Value type)
      {"Is real", 1}, {"Is text", 2}, {"Is picture", 3}, {"Is date", 4}, {"Is undefined", 5},
      {"Is Boolean", 6}, {"Is longint", 9}, {"Is time", 11}, {"Is variant", 12}, {"Is pointer", 23},
      {"Is BLOB", 30}, {"Is object", 38}, {"Is collection", 42}, {"Is null", 255},
      // Date Display Formats and Time Display Formats (String)
      {"System date short", 1}, {"System date abbreviated", 2}, {"System date long", 3},
      {"Internal date short special", 4}, {"Internal date long", 5}, {"Internal date abbreviated", 6},
      {"Internal date short", 7}, {"ISO date", 8}, {"ISO date GMT", 9}, {"Date RFC 1123", 10},
      {"Blank if null date", 100}, {"HH MM SS", 1}, {"HH MM", 2}, {"Hour min sec", 3}, {"Hour min", 4},
      {"HH MM AM PM", 5}, {"MM SS", 6}, {"Min sec", 7}, {"ISO time", 8}, {"System time short", 9},
      {"System time long abbreviated", 10}, {"System time long", 11}, {"Blank if null time", 100},
      // Days and Months (Day number)
      {"Sunday", 1}, {"Monday", 2}, {"Tuesday", 3}, {"Wednesday", 4}, {"Thursday", 5}, {"Friday", 6},
      {"Saturday", 7}, {"January", 1}, {"February", 2}, {"March", 3}, {"April", 4}, {"May", 5}, {"June", 6},
      {"July", 7}, {"August", 8}, {"September", 9}, {"October", 10}, {"November", 11}, {"December", 12},
      // Field and Variable Types (Type of an array)
      {"Array 2D", 13}, {"Real array", 14}, {"Integer array", 15}, {"LongInt array", 16}, {"Text array", 18},
      {"Pointer array", 20}, {"Boolean array", 22}, {"Blob array", 31}, {"Object array", 39},
      {"Date array", 17}, {"Time array", 32},
      // Strings (Split string)
      {"sk ignore empty strings", 1}, {"sk trim spaces", 2},
      // Log Events (LOG EVENT output types and importance)
      {"Into Windows log events", 0}, {"Into 4D debug message", 1}, {"Into 4D request log", 2},
      {"Into 4D commands log", 3}, {"Into 4D diagnostic log", 5}, {"Into system standard outputs", 6},
      {"Information message", 0}, {"Warning message", 1}, {"Error message", 2},
      // Process state (Process state, PROCESS PROPERTIES) and the Process Type of the host's processes
      {"Does not exist", -100}, {"Aborted", -1}, {"Executing", 0}, {"Delayed", 1}, {"Waiting for user event", 2},
      {"Waiting for input output", 3}, {"Waiting for internal flag", 4}, {"Paused", 5}, {"Main process", -1},
      {"Other user process", 4}, {"Worker process", 5},
      // Objects and collections
      {"ck ascending", 0}, {"ck descending", 1}, {"ck diacritical", 8}, {"ck count values", 32},
      {"ck ignore null or empty", 1},
      // Copy options (values/deep_copy.h) and extract()'s; the documentation gives no numbers for these.
      {"ck resolve pointers", kCopyResolvePointers}, {"ck shared", kCopyShared}, {"ck keep null", 1},
      // BLOB (byte orderings, text formats)
      {"Native byte ordering", 0}, {"Macintosh byte ordering", 1}, {"PC byte ordering", 2},
      {"UTF8 C string", 4}, {"UTF8 text with length", 5}, {"UTF8 text without length", 6},
      // Misc
      {"MAXLONG", 2147483647}, {"Tab", 9}, {"Carriage return", 13}, {"Line feed", 10},
      {"Double quote", 34},
  };
  for (const Entry& c : kConstants) registry.addConstant(c.name, Value::longint(c.value));
}

}  // namespace fourd
