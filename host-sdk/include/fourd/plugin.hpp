// Header-only C++ helpers over the C plugin ABI (plugin_abi.h): RAII for references and worker handles,
// value conversion, posting closures, and callbacks that report C++ exceptions as 4D errors.
// Everything here is inline and uses only plugin_abi.h, so a plugin stays bound to the C ABI alone.
#pragma once

#include <fourd/plugin_abi.h>
#include <functional>

#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace fourd::plugin {

// The host's function table: one per host run, set by the entry point with setApi().
inline const fd_host_api* g_api = nullptr;
inline void setApi(const fd_host_api* api) { g_api = api; }
inline const fd_host_api& api() { return *g_api; }

// Thrown inside a callback wrapped by callback<>(); it becomes a 4D error (error stack, ON ERR CALL, Try/Catch).
class Error : public std::runtime_error {
 public:
  explicit Error(std::string message, int code = 1) : std::runtime_error(std::move(message)), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

// Thrown when a call into 4D code failed; the error is already on the worker's error stack.
class Raised : public std::exception {
 public:
  const char* what() const noexcept override { return "4D code raised an error"; }
};

// One invocation on a worker: builds and reads values. Cheap to copy; valid as long as the fd_env.
class Env {
 public:
  explicit Env(fd_env env) : env_(env) {}
  fd_env raw() const { return env_; }

  fd_value undefined() const { return api().make_undefined(env_); }
  fd_value null() const { return api().make_null(env_); }
  fd_value boolean(bool v) const { return api().make_boolean(env_, v ? 1 : 0); }
  fd_value number(double v) const { return api().make_number(env_, v); }
  fd_value text(std::string_view v) const { return api().make_text(env_, v.data(), v.size()); }
  fd_value blob(std::string_view bytes) const { return api().make_blob(env_, bytes.data(), bytes.size()); }
  fd_value object() const { return api().make_object(env_); }
  fd_value collection() const { return api().make_collection(env_); }

  fd_type type(fd_value v) const { return v ? api().type_of(env_, v) : FD_UNDEFINED; }
  bool isNullish(fd_value v) const { return type(v) == FD_UNDEFINED || type(v) == FD_NULL; }

  // Readers throw Error naming `what` when the value has another type.
  std::string_view textOf(fd_value v, const char* what = "value") const {
    const char* data = nullptr;
    size_t size = 0;
    check(api().get_text(env_, v, &data, &size), what, "a Text");
    return {data, size};
  }
  std::string_view blobOf(fd_value v, const char* what = "value") const {
    const void* data = nullptr;
    size_t size = 0;
    check(api().get_blob(env_, v, &data, &size), what, "a Blob");
    return {static_cast<const char*>(data), size};
  }
  double numberOf(fd_value v, const char* what = "value") const {
    double result = 0;
    check(api().get_number(env_, v, &result), what, "a Number");
    return result;
  }
  bool booleanOf(fd_value v, const char* what = "value") const {
    int result = 0;
    check(api().get_boolean(env_, v, &result), what, "a Boolean");
    return result != 0;
  }

  fd_value get(fd_value object, const char* name) const { return api().get_property(env_, object, name); }
  void set(fd_value object, const char* name, fd_value value) const {
    if (api().set_property(env_, object, name, value) != FD_OK)
      throw Error(std::string("cannot set property '") + name + "'");
  }
  void push(fd_value collection, fd_value value) const {
    if (api().collection_push(env_, collection, value) != FD_OK) throw Error("cannot push to the collection");
  }
  size_t length(fd_value collection) const { return api().collection_length(env_, collection); }
  fd_value at(fd_value collection, size_t index) const { return api().collection_get(env_, collection, index); }

  std::string_view stringify(fd_value v) const {
    const char* data = nullptr;
    size_t size = 0;
    if (api().json_stringify(env_, v, &data, &size) != FD_OK) throw Error("the value cannot be stringified");
    return {data, size};
  }
  // Null result when the text is not valid JSON (nothing is raised).
  fd_value parseJson(std::string_view text) const {
    fd_value result = nullptr;
    return api().json_parse(env_, text.data(), text.size(), &result) == FD_OK ? result : nullptr;
  }

  bool hasFunction(fd_value object, const char* name) const {
    return type(object) == FD_OBJECT && api().has_function(env_, object, name) != 0;
  }
  // object.name(args); throws Raised when 4D code raised an error. Undefined when there is no such function.
  fd_value call(fd_value object, const char* name, std::initializer_list<fd_value> args) const {
    fd_value result = nullptr;
    fd_status status = api().call_function(env_, object, name, args.size(), args.begin(), &result);
    if (status == FD_RAISED) throw Raised();
    return status == FD_OK && result ? result : undefined();
  }
  fd_value lastErrors() const { return api().last_errors(env_); }
  void raise(int code, const std::string& message) const { api().throw_error(env_, code, message.c_str()); }

  // Native instances owned through a shared_ptr: the 4D object and C++ code (other threads too) share it.
  template <class T>
  fd_value wrapShared(fd_class cls, std::shared_ptr<T> native) const {
    auto* holder = new std::shared_ptr<T>(std::move(native));
    return api().wrap(env_, cls, holder, [](void* p, void*) { delete static_cast<std::shared_ptr<T>*>(p); },
                      nullptr);
  }
  template <class T>
  std::shared_ptr<T> unwrapShared(fd_value value, fd_class cls) const {
    auto* holder = static_cast<std::shared_ptr<T>*>(api().unwrap(env_, value, cls));
    return holder ? *holder : nullptr;
  }

  const char* projectFolder() const { return api().project_folder(env_); }

 private:
  static void check(fd_status status, const char* what, const char* expected) {
    if (status != FD_OK) throw Error(std::string(what) + " must be " + expected);
  }
  fd_env env_;
};

// A counted reference that keeps a value alive beyond its invocation. Released on any thread; read back only
// on the worker that created it.
class Ref {
 public:
  Ref() = default;
  Ref(Env env, fd_value value) : ref_(api().ref_create(env.raw(), value)) {}
  Ref(Ref&& other) noexcept : ref_(std::exchange(other.ref_, nullptr)) {}
  Ref& operator=(Ref&& other) noexcept {
    if (this != &other) {
      reset();
      ref_ = std::exchange(other.ref_, nullptr);
    }
    return *this;
  }
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  ~Ref() { reset(); }

  explicit operator bool() const { return ref_ != nullptr; }
  fd_value get(Env env) const { return ref_ ? api().ref_get(env.raw(), ref_) : env.undefined(); }
  void reset() {
    if (ref_) api().ref_release(std::exchange(ref_, nullptr));
  }

 private:
  fd_ref ref_ = nullptr;
};

// A counted handle on a worker; the host does not consider itself idle while one is held.
class Worker {
 public:
  Worker() = default;
  explicit Worker(Env env) : worker_(api().current_worker(env.raw())) {}
  Worker(Worker&& other) noexcept
      : worker_(std::exchange(other.worker_, nullptr)), ended_(std::move(other.ended_)) {}
  Worker& operator=(Worker&& other) noexcept {
    if (this != &other) {
      reset();
      worker_ = std::exchange(other.worker_, nullptr);
      ended_ = std::move(other.ended_);
    }
    return *this;
  }
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;
  ~Worker() { reset(); }

  explicit operator bool() const { return worker_ != nullptr; }
  // Releasing the handle first cancels onEnd's call (waiting for one in progress), so its closure can go.
  void reset() {
    if (worker_) api().worker_release(std::exchange(worker_, nullptr));
    ended_.reset();
  }

  // Runs fn() once, on any thread, when the worker stops taking tasks (KILL WORKER, the host stopping), or at
  // once when it already has; never after reset(). One per handle; false when refused.
  template <class Fn>
  bool onEnd(Fn&& fn) {
    if (!worker_ || ended_) return false;
    ended_ = std::make_unique<std::function<void()>>(std::forward<Fn>(fn));
    // The call takes the closure out first: fn may reset this handle, which destroys ended_.
    fd_status status = api().worker_on_end(
        worker_, [](void* data) { std::exchange(*static_cast<std::function<void()>*>(data), nullptr)(); },
        ended_.get());
    return status == FD_OK;
  }

  // Runs fn(Env) on the worker. Thread-safe. The closure is destroyed in every case, also when the worker
  // stopped before running it; false when the task will never run.
  template <class Fn>
  bool post(Fn&& fn) const {
    if (!worker_) return false;
    using Task = std::decay_t<Fn>;
    auto* task = new Task(std::forward<Fn>(fn));
    fd_status status = api().post(
        worker_,
        [](fd_env env, void* data) {
          std::unique_ptr<Task> owned(static_cast<Task*>(data));
          if (env) (*owned)(Env(env));
        },
        task);
    if (status != FD_OK) delete task;
    return status == FD_OK;
  }

 private:
  fd_worker worker_ = nullptr;
  std::unique_ptr<std::function<void()>> ended_;
};

// What a method, getter, static or command receives.
struct Call {
  Env env;
  fd_value self;
  std::span<const fd_value> args;
  void* data;

  fd_value arg(size_t i) const { return i < args.size() ? args[i] : env.undefined(); }
};

// Turns `fd_value fn(const Call&)` into an fd_callback: an Error becomes a 4D error with its code and message,
// Raised leaves the error already raised in place, any other exception becomes a 4D error with its text.
template <fd_value (*Fn)(const Call&)>
fd_value callback(fd_env env, fd_value self, size_t argc, const fd_value* argv, void* data) {
  try {
    return Fn(Call{Env(env), self, std::span<const fd_value>(argv, argc), data});
  } catch (const Error& e) {
    api().throw_error(env, e.code(), e.what());
  } catch (const Raised&) {
    api().throw_error(env, 1, "the called 4D code raised an error");
  } catch (const std::exception& e) {
    api().throw_error(env, 1, e.what());
  } catch (...) {
    api().throw_error(env, 1, "unknown plugin error");
  }
  return nullptr;
}

// Member descriptors for define_class.
template <fd_value (*Fn)(const Call&)>
constexpr fd_member method(const char* name, void* data = nullptr) {
  return fd_member{name, &callback<Fn>, nullptr, nullptr, 0, data};
}
template <fd_value (*Fn)(const Call&)>
constexpr fd_member staticMethod(const char* name, void* data = nullptr) {
  return fd_member{name, &callback<Fn>, nullptr, nullptr, FD_MEMBER_STATIC, data};
}
template <fd_value (*Fn)(const Call&)>
constexpr fd_member readOnly(const char* name, void* data = nullptr) {
  return fd_member{name, nullptr, &callback<Fn>, nullptr, 0, data};
}

}  // namespace fourd::plugin
