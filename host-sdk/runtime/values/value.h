// Values of the 4D-like language: a small tagged union; text, objects, collections and blobs are
// reference-counted heap cells. Counts are atomic because shared objects are reached from several workers.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fourd {

struct HeapCell {
  mutable std::atomic<int32_t> refs{0};
  virtual ~HeapCell() = default;
};

inline void retain(const HeapCell* c) {
  if (c) c->refs.fetch_add(1, std::memory_order_relaxed);
}
inline void release(const HeapCell* c) {
  // Atomic read-modify-writes cost tens of cycles and most cells die with their only owner: the sole owner may
  // delete without one, since no one else holds a reference to take another from (acquire: it sees what earlier
  // owners wrote before releasing theirs).
  if (!c) return;
  if (c->refs.load(std::memory_order_acquire) == 1 || c->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete c;
}

// Intrusive counted pointer to a HeapCell subclass.
template <class T>
class Ref {
 public:
  Ref() = default;
  Ref(T* p) : p_(p) { retain(p_); }  // NOLINT: implicit from raw, like a shared_ptr from make
  Ref(const Ref& o) : p_(o.p_) { retain(p_); }
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <class U>
  Ref(const Ref<U>& o) : p_(o.get()) { retain(p_); }
  ~Ref() { release(p_); }
  // Takes over a reference already counted for it (a new cell's first one).
  static Ref adopt(T* p) {
    Ref r;
    r.p_ = p;
    return r;
  }
  // Gives its reference up to the caller, which now owns it.
  T* detach() { return std::exchange(p_, nullptr); }
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  bool operator==(const Ref& o) const { return p_ == o.p_; }
  bool unique() const { return p_ && p_->refs.load(std::memory_order_acquire) == 1; }

 private:
  T* p_ = nullptr;
};

// A new cell with its first reference, counted without an atomic operation: no other thread can see it yet.
template <class T, class... A>
Ref<T> make(A&&... a) {
  T* cell = new T(std::forward<A>(a)...);
  cell->refs.store(1, std::memory_order_relaxed);
  return Ref<T>::adopt(cell);
}

class ClassDef;
struct TextData;
struct ObjectData;
struct CollectionData;
struct BlobData;
struct ArrayData;
struct PointerData;

// What a value holds. Mapped onto 4D's `Value type` constants by the builtins, not here. Every kind from Text on
// is a heap cell (isHeap); the scalars come before it.
enum class Kind : uint8_t {
  Undefined, Null, Boolean, Real, Longint, Date, Time, Text, Object, Collection, Blob, Array, Pointer
};

class Value {
 public:
  Value() = default;  // Undefined
  static Value null() { return Value(Kind::Null); }
  static Value boolean(bool b) {
    Value v(Kind::Boolean);
    v.u_.b = b;
    return v;
  }
  static Value real(double r) {
    Value v(Kind::Real);
    v.u_.r = r;
    return v;
  }
  static Value longint(int64_t i) {
    Value v(Kind::Longint);
    v.u_.i = i;
    return v;
  }
  // A day count since 1970-01-01 (kNullDate for !00-00-00!) and a count of seconds: see values/date_time.h.
  static Value date(int64_t days) {
    Value v(Kind::Date);
    v.u_.i = days;
    return v;
  }
  static Value time(int64_t seconds) {
    Value v(Kind::Time);
    v.u_.i = seconds;
    return v;
  }
  static Value text(std::string s);
  static Value text(Ref<TextData> t);
  static Value object(Ref<ObjectData> o);
  static Value collection(Ref<CollectionData> c);
  static Value blob(Ref<BlobData> b);
  static Value array(Ref<ArrayData> a);        // defined in values/array_data.h
  static Value pointer(Ref<PointerData> p);    // defined in values/pointer_data.h

  Value(const Value& o) : kind_(o.kind_), u_(o.u_) {
    if (o.isHeap()) retain(u_.h);
  }
  Value(Value&& o) noexcept : kind_(o.kind_), u_(o.u_) { o.kind_ = Kind::Undefined; }
  Value& operator=(Value o) noexcept {
    std::swap(kind_, o.kind_);
    std::swap(u_, o.u_);
    return *this;
  }
  ~Value() {
    if (isHeap()) release(u_.h);
  }

  // Replace the value with a number in place, without a temporary Value: loops store numbers on every turn.
  void setReal(double r) {
    if (isHeap()) release(u_.h);
    kind_ = Kind::Real;
    u_.r = r;
  }
  void setLongint(int64_t i) {
    if (isHeap()) release(u_.h);
    kind_ = Kind::Longint;
    u_.i = i;
  }

  Kind kind() const { return kind_; }
  bool isUndefined() const { return kind_ == Kind::Undefined; }
  bool isNull() const { return kind_ == Kind::Null; }
  bool isNumber() const { return kind_ == Kind::Real || kind_ == Kind::Longint; }
  bool isText() const { return kind_ == Kind::Text; }
  bool isObject() const { return kind_ == Kind::Object; }
  bool isCollection() const { return kind_ == Kind::Collection; }
  bool isBlob() const { return kind_ == Kind::Blob; }
  bool isArray() const { return kind_ == Kind::Array; }
  bool isPointer() const { return kind_ == Kind::Pointer; }
  bool isHeap() const { return kind_ >= Kind::Text; }

  bool asBool() const { return u_.b; }        // only when kind() == Boolean
  double asNumber() const {                   // only when isNumber()
    return kind_ == Kind::Real ? u_.r : static_cast<double>(u_.i);
  }
  int64_t asLongint() const { return u_.i; }  // only when kind() == Longint
  int64_t asDays() const { return u_.i; }     // only when kind() == Date
  int64_t asSeconds() const { return u_.i; }  // only when kind() == Time
  const std::string& asText() const;          // only when isText()
  TextData* textData() const;
  ObjectData* asObject() const;               // only when isObject()
  CollectionData* asCollection() const;       // only when isCollection()
  BlobData* asBlob() const;                   // only when isBlob()
  ArrayData* asArray() const;                 // only when isArray() (values/array_data.h)
  PointerData* asPointer() const;             // only when isPointer() (values/pointer_data.h)

  // Same heap cell (objects, collections: identity), or equal scalars of the same kind.
  bool identical(const Value& o) const;

 private:
  explicit Value(Kind k) : kind_(k) {}
  static Value owning(Kind kind, HeapCell* cell);  // takes over a reference the caller counted
  Kind kind_ = Kind::Undefined;
  union {
    bool b;
    double r;
    int64_t i;
    HeapCell* h;
  } u_{};
};

// Immutable once shared; the evaluator may append in place when it holds the only reference (text building
// must stay linear).
struct TextData : HeapCell {
  explicit TextData(std::string s) : utf8(std::move(s)) {}
  std::string utf8;
};

// The locks of a group of shared objects and collections. `mutex` is 4D's Use/End use, held for a whole block by
// the one process allowed to change the group. 4D lets other processes read without Use, so `data` guards the
// containers' storage for the length of one read (shared) or one change (exclusive): never held while running
// 4D code or waiting for another lock, so it cannot take part in a deadlock.
struct SharedGroup : HeapCell {
  std::recursive_mutex mutex;
  std::shared_mutex data;
};

// Native state attached to an object: a plugin instance, a formula's closure. Finalized with the object.
struct NativeSlot {
  void* native = nullptr;
  void (*finalize)(void* native, void* hint) = nullptr;
  void* hint = nullptr;
  const void* tag = nullptr;  // who owns `native` (the plugin class, the formula machinery); checked on unwrap
  ~NativeSlot() {
    if (finalize) finalize(native, hint);
  }
};

// An object: properties in insertion order (as JSON Stringify and OB Keys show them), names case-sensitive.
struct ObjectData : HeapCell {
  std::vector<std::pair<std::string, Value>> props;
  Ref<ClassDef> cls;            // null for plain objects
  Ref<SharedGroup> shared;      // non-null for shared objects
  std::unique_ptr<NativeSlot> native;

  const Value* find(std::string_view name) const;
  Value* find(std::string_view name);
  void set(std::string_view name, Value v);  // appends when new
  bool remove(std::string_view name);
};

struct CollectionData : HeapCell {
  std::vector<Value> items;
  Ref<SharedGroup> shared;  // non-null for shared collections
};

// Immutable bytes: a 4D.Blob object, or (scalar) the value of a Blob variable (docs/Concepts/dt_blob.md: Value
// type says Is BLOB; stored in an object or a collection it becomes a 4D.Blob, and a 4D.Blob assigned to a Blob
// variable becomes scalar). The legacy commands that alter a Blob variable store a new scalar blob in it.
struct BlobData : HeapCell {
  explicit BlobData(std::string b, bool isScalar = false) : bytes(std::move(b)), scalar(isScalar) {}
  std::string bytes;
  bool scalar;
};

inline Value Value::text(std::string s) { return text(make<TextData>(std::move(s))); }
inline Value Value::owning(Kind kind, HeapCell* cell) {
  Value v(kind);
  v.u_.h = cell;
  return v;
}
// The parameter's reference becomes the value's: a caller that moves its Ref in (or passes a new cell) pays no
// count at all.
inline Value Value::text(Ref<TextData> t) { return owning(Kind::Text, t.detach()); }
inline Value Value::object(Ref<ObjectData> o) { return owning(Kind::Object, o.detach()); }
inline Value Value::collection(Ref<CollectionData> c) { return owning(Kind::Collection, c.detach()); }
inline Value Value::blob(Ref<BlobData> b) { return owning(Kind::Blob, b.detach()); }
inline TextData* Value::textData() const { return static_cast<TextData*>(u_.h); }
inline const std::string& Value::asText() const { return textData()->utf8; }
inline ObjectData* Value::asObject() const { return static_cast<ObjectData*>(u_.h); }
inline CollectionData* Value::asCollection() const { return static_cast<CollectionData*>(u_.h); }
inline BlobData* Value::asBlob() const { return static_cast<BlobData*>(u_.h); }

}  // namespace fourd
