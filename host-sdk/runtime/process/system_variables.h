// 4D's system variables that the host's commands set: process variables (developer.4d.com, Concepts, System
// variables) that the engine names before any project does, so that a command finds one without a lookup.
#pragma once

namespace fourd {

// OK (Longint): "Set to 1 when an operation is successfully executed, and set to 0 when the operation fails";
// each command's page says whether it sets it.
constexpr int kOKVariable = 0;
// Error (Longint): the code of the last error an ON ERR CALL method was called for. A variable, not a function:
// legacy code resets it (`Error:=0`) and tests it after the statement that failed.
constexpr int kErrorVariable = 1;

// Their keys, as the resolver names process variables (lowercase), in the order of their numbers.
inline constexpr const char* kSystemVariableKeys[] = {"ok", "error"};

}  // namespace fourd
