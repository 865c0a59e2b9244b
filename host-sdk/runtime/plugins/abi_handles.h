// The opaque ABI handles are host objects seen through C pointer types. These casts are the one place where
// a handle turns back into the object it names.
#pragma once

#include <fourd/plugin_abi.h>

#include "values/value.h"

namespace fourd {

class Env;
class NativeClass;
class Registration;
struct WorkerHandle;
struct Reference;

inline Env* fromHandle(fd_env h) { return reinterpret_cast<Env*>(h); }
inline Value* fromHandle(fd_value h) { return reinterpret_cast<Value*>(h); }
inline NativeClass* fromHandle(fd_class h) { return reinterpret_cast<NativeClass*>(h); }
inline Registration* fromHandle(fd_registrar h) { return reinterpret_cast<Registration*>(h); }
inline WorkerHandle* fromHandle(fd_worker h) { return reinterpret_cast<WorkerHandle*>(h); }
inline Reference* fromHandle(fd_ref h) { return reinterpret_cast<Reference*>(h); }

inline fd_env toHandle(Env* p) { return reinterpret_cast<fd_env>(p); }
inline fd_value toHandle(Value* p) { return reinterpret_cast<fd_value>(p); }
inline fd_class toHandle(NativeClass* p) { return reinterpret_cast<fd_class>(p); }
inline fd_registrar toHandle(Registration* p) { return reinterpret_cast<fd_registrar>(p); }
inline fd_worker toHandle(WorkerHandle* p) { return reinterpret_cast<fd_worker>(p); }
inline fd_ref toHandle(Reference* p) { return reinterpret_cast<fd_ref>(p); }

}  // namespace fourd
