/*
 * The plugin ABI: the only thing a plugin and the host share.
 *
 * Plain C so that it survives compiler and standard-library changes on either side. Modelled on Node-API
 * (opaque value handles, class descriptors, wrapped native instances, one thread-safe way in) but far smaller.
 *
 * Rules:
 * - An fd_value is valid only on the thread, and during the call (callback or task), that gave it.
 *   Keep a value longer with a counted reference (fd_ref).
 * - Callbacks run on a host worker thread. Only post() and the *_release() functions may be called from any
 *   other thread.
 * - Errors cross as status codes; a callback raises a 4D error with throw_error() and returns NULL.
 */
#ifndef FOURD_PLUGIN_ABI_H
#define FOURD_PLUGIN_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FD_ABI_VERSION 1

#if defined(_WIN32)
#define FD_EXPORT __declspec(dllexport)
#else
#define FD_EXPORT __attribute__((visibility("default")))
#endif

typedef struct fd_env_s* fd_env;             /* one callback or task invocation on a worker */
typedef struct fd_value_s* fd_value;         /* a 4D value, valid during that invocation */
typedef struct fd_ref_s* fd_ref;             /* a counted reference that keeps a value alive */
typedef struct fd_worker_s* fd_worker;       /* a counted handle on a worker, for posting from any thread */
typedef struct fd_class_s* fd_class;         /* a class registered by the plugin */
typedef struct fd_registrar_s* fd_registrar; /* registration context, valid during the entry point only */

typedef enum {
  FD_OK = 0,
  FD_INVALID_ARG,   /* NULL or foreign handle, wrong value for the call */
  FD_TYPE_MISMATCH, /* the value is not of the type the getter reads */
  FD_NOT_FOUND,     /* no such member or function */
  FD_RAISED,        /* the callee raised a 4D error; it is on the worker's error stack (see last_errors) */
  FD_CLOSED,        /* the worker is gone; the task will never run */
  FD_REFUSED        /* the manifest does not declare what is being registered, or registration is over */
} fd_status;

typedef enum {
  FD_UNDEFINED = 0,
  FD_NULL,
  FD_BOOLEAN,
  FD_NUMBER, /* Real or Longint */
  FD_TEXT,
  FD_OBJECT, /* includes class instances and wrapped native instances */
  FD_COLLECTION,
  FD_BLOB /* a 4D.Blob */
} fd_type;

/* A method, getter, setter, static function or command. `self` is the instance (NULL for statics and
 * commands). Return the result, or NULL for none. To fail, call throw_error() and return NULL. */
typedef fd_value (*fd_callback)(fd_env env, fd_value self, size_t argc, const fd_value* argv, void* data);

/* Runs once, on whichever thread drops the last reference to the instance. */
typedef void (*fd_finalize)(void* native, void* hint);

/* Posted work. Runs on the worker with a fresh env, or with env == NULL when the worker stopped before it
 * could run (so the task can still free `data`). */
typedef void (*fd_task)(fd_env env, void* data);

enum {
  FD_MEMBER_STATIC = 1 /* called on the class (4D.Name.fn()), not on an instance */
};

/* One member of a class. Exactly one of method / getter is set. A property with a getter and no setter is
 * read-only: the host rejects assignment with a 4D error naming the class and the property. */
typedef struct {
  const char* name;
  fd_callback method;
  fd_callback getter;
  fd_callback setter;
  unsigned flags;
  void* data;
} fd_member;

typedef struct fd_host_api {
  uint32_t abi_version; /* FD_ABI_VERSION of the host */
  uint32_t struct_size; /* sizeof(fd_host_api) of the host, for additions at the end */

  /* ---- registration: only inside the entry point ---- */
  /* Registers class `name` under the 4D namespace (4D.name). */
  fd_status (*define_class)(fd_registrar reg, const char* name, const fd_member* members, size_t count,
                            fd_class* result);
  /* Registers a command called as `name(args)` from 4D code (multi-word names allowed, e.g. "WEB Server"). */
  fd_status (*define_command)(fd_registrar reg, const char* name, fd_callback callback, void* data);
  /* Called once when the host is shutting down (QUIT 4D, SIGINT/SIGTERM), from a host thread that is not a
   * worker; the plugin must stop what it started and post its final callbacks. The host then keeps running
   * workers until every fd_worker handle has been released, or a grace period ends. */
  fd_status (*on_shutdown)(fd_registrar reg, void (*shutdown)(void* data), void* data);

  /* ---- values ---- */
  fd_type (*type_of)(fd_env env, fd_value value);
  fd_value (*make_undefined)(fd_env env);
  fd_value (*make_null)(fd_env env);
  fd_value (*make_boolean)(fd_env env, int value);
  fd_value (*make_number)(fd_env env, double value);
  fd_value (*make_text)(fd_env env, const char* utf8, size_t length);
  fd_value (*make_blob)(fd_env env, const void* bytes, size_t length);
  fd_value (*make_object)(fd_env env);
  fd_value (*make_collection)(fd_env env);

  fd_status (*get_boolean)(fd_env env, fd_value value, int* result);
  fd_status (*get_number)(fd_env env, fd_value value, double* result);
  /* The pointers stay valid during the current invocation. Text is UTF-8, not NUL-terminated. */
  fd_status (*get_text)(fd_env env, fd_value value, const char** utf8, size_t* length);
  fd_status (*get_blob)(fd_env env, fd_value value, const void** bytes, size_t* length);

  /* Plain property access: getters of class instances are honoured. Missing → Undefined. When a getter or
   * setter raises, get_property returns Undefined and set_property FD_RAISED; last_errors tells why.
   * Shared objects and collections are read under their lock; modifying them here is refused (FD_INVALID_ARG):
   * 4D code changes them inside Use/End use. */
  fd_value (*get_property)(fd_env env, fd_value object, const char* name);
  fd_status (*set_property)(fd_env env, fd_value object, const char* name, fd_value value);
  size_t (*collection_length)(fd_env env, fd_value collection);
  fd_value (*collection_get)(fd_env env, fd_value collection, size_t index);
  fd_status (*collection_push)(fd_env env, fd_value collection, fd_value value);

  /* Same text as JSON Stringify / JSON Parse. Parse failure → FD_INVALID_ARG, nothing raised. */
  fd_status (*json_stringify)(fd_env env, fd_value value, const char** utf8, size_t* length);
  fd_status (*json_parse)(fd_env env, const char* utf8, size_t length, fd_value* result);

  /* ---- native instances ---- */
  fd_value (*wrap)(fd_env env, fd_class cls, void* native, fd_finalize finalize, void* hint);
  /* The native pointer when `value` is an instance of `cls`, else NULL. */
  void* (*unwrap)(fd_env env, fd_value value, fd_class cls);

  /* ---- calls into 4D code ---- */
  /* Nonzero when `object` has a callable member `name` (class function or formula property). */
  int (*has_function)(fd_env env, fd_value object, const char* name);
  /* object.name(args). FD_NOT_FOUND when there is no such function; FD_RAISED when it raised an error that
   * was not handled in 4D code. `result` may be NULL. */
  fd_status (*call_function)(fd_env env, fd_value object, const char* name, size_t argc, const fd_value* argv,
                             fd_value* result);

  /* ---- errors ---- */
  /* Raises a 4D error when the current callback returns (error stack, ON ERR CALL, Try/Catch). */
  void (*throw_error)(fd_env env, int code, const char* message);
  /* The errors raised by the last failing call_function, as `Last errors` gives them. */
  fd_value (*last_errors)(fd_env env);

  /* ---- references ---- */
  fd_ref (*ref_create)(fd_env env, fd_value value);
  /* Only on the thread of the worker the reference was created on. */
  fd_value (*ref_get)(fd_env env, fd_ref ref);
  void (*ref_release)(fd_ref ref); /* any thread */

  /* ---- workers ---- */
  /* The worker running this env. While a handle is held the host does not consider itself idle. */
  fd_worker (*current_worker)(fd_env env);
  /* Queues a task on the worker. Thread-safe; never blocks on the worker. Tasks posted from one thread run
   * in the order they were posted. FD_CLOSED when the worker is gone (the task is then not called). */
  fd_status (*post)(fd_worker worker, fd_task task, void* data);
  void (*worker_release)(fd_worker worker); /* any thread */

  /* ---- host ---- */
  /* The running project's folder (the one holding Project/), UTF-8, NUL-terminated, valid for the host run. */
  const char* (*project_folder)(fd_env env);

  /* ---- added after the first table: check struct_size before calling ---- */
  /* Calls ended(data) once, on any thread, when the worker stops taking tasks (KILL WORKER, the host stopping its
   * workers), or at once, on this thread, when it already has: what a plugin holding the handle for later
   * callbacks needs when it has nothing to post. `ended` must not block; it may call post() and the *_release()
   * functions, the release of this very handle included. Releasing the handle cancels the call, and waits for one
   * in progress on another thread. FD_INVALID_ARG for a second call on one handle. */
  fd_status (*worker_on_end)(fd_worker worker, void (*ended)(void* data), void* data);
} fd_host_api;

/* The entry point named in the manifest ("entry"). Return 0 on success; nonzero refuses the load. */
typedef int (*fd_plugin_init_fn)(const fd_host_api* api, fd_registrar reg);

#ifdef __cplusplus
}
#endif

#endif
