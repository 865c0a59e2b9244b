// Our own JSON writer and reader: 4D's output format (insertion order, 4D number formatting, tab-indented pretty
// mode) is simpler to get exactly right by hand than by bending Poco::JSON, and both are single-pass.
#include "builtins/json.h"

#include <cstdlib>

#include "values/class_def.h"
#include "values/date_time.h"
#include "values/errors.h"
#include "values/number_format.h"
#include "values/shared_access.h"
#include "values/utf8_text.h"

namespace fourd {

namespace {

constexpr int kJsonParseError = -10711;  // 4D raises a parse error on malformed JSON text
constexpr int kTooDeepError = -10721;
constexpr int kMaxDepth = 1000;          // refuse deeper nesting rather than overflow the stack

void writeString(std::string& out, std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

class Writer {
 public:
  Writer(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void write(const Value& v, int depth) {
    if (depth > kMaxDepth) throw RuntimeError(kTooDeepError, "JSON Stringify: the value is too deep or circular");
    switch (v.kind()) {
      case Kind::Undefined:
      case Kind::Null:
      case Kind::Array:     // not a value of objects in 4D
      case Kind::Pointer:   // our choice: the documentation says nothing of pointers in JSON
        out_ += "null";
        break;
      case Kind::Boolean: out_ += v.asBool() ? "true" : "false"; break;
      case Kind::Real:
      case Kind::Longint: out_ += formatJsonNumber(v.asNumber()); break;
      // "Dates inside objects" (default Date type): a date without a time; a time is its number of seconds.
      case Kind::Date: writeString(out_, isoDay(v.asDays())); break;
      case Kind::Time: out_ += formatJsonNumber(static_cast<double>(v.asSeconds())); break;
      case Kind::Text: writeString(out_, v.asText()); break;
      case Kind::Object: writeObject(*v.asObject(), depth); break;
      case Kind::Collection: writeCollection(*v.asCollection(), depth); break;
      case Kind::Blob: out_ += "{}"; break;  // a 4D.Blob has no enumerable properties
    }
  }

 private:
  void writeObject(const ObjectData& o, int depth) {
    out_ += '{';
    bool first = true;
    auto props = propsOf(o);
    for (const auto& [key, value] : *props) {
      if (value.isUndefined()) continue;
      if (!first) out_ += ',';
      first = false;
      newline(depth + 1);
      writeString(out_, key);
      out_ += pretty_ ? ": " : ":";
      write(value, depth + 1);
    }
    if (!first) newline(depth);
    out_ += '}';
  }

  void writeCollection(const CollectionData& c, int depth) {
    auto items = itemsOf(c);
    out_ += '[';
    for (size_t i = 0; i < items->size(); ++i) {
      if (i) out_ += ',';
      newline(depth + 1);
      write((*items)[i], depth + 1);
    }
    if (!items->empty()) newline(depth);
    out_ += ']';
  }

  void newline(int depth) {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(static_cast<size_t>(depth), '\t');
  }

  std::string& out_;
  bool pretty_;
};

// With the default "dates inside objects" setting (Date type), JSON Parse returns a "YYYY-MM-DD" text as a date
// (developer.4d.com, JSON Parse).
Value textOrDate(std::string text) {
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    std::optional<int64_t> day = parseDate(text);
    if (day && *day != kNullDate) return Value::date(*day);
  }
  return Value::text(std::move(text));
}

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  Value document() {
    Value v = value(0);
    skipSpace();
    if (pos_ != s_.size()) fail("unexpected text after the JSON value");
    return v;
  }

 private:
  [[noreturn]] void fail(const std::string& why) {
    throw RuntimeError(kJsonParseError, "JSON parse error at offset " + std::to_string(pos_) + ": " + why);
  }

  void skipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }

  bool consume(char c) {
    skipSpace();
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  void expect(char c) {
    if (!consume(c)) fail(std::string("expected '") + c + "'");
  }

  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  Value value(int depth) {
    if (depth > kMaxDepth) fail("nesting too deep");
    skipSpace();
    if (pos_ >= s_.size()) fail("unexpected end of text");
    char c = s_[pos_];
    if (c == '{') return object(depth);
    if (c == '[') return array(depth);
    if (c == '"') return textOrDate(string());
    if (literal("true")) return Value::boolean(true);
    if (literal("false")) return Value::boolean(false);
    if (literal("null")) return Value::null();
    if (c == '-' || (c >= '0' && c <= '9')) return number();
    fail("unexpected character");
  }

  Value object(int depth) {
    ++pos_;
    auto obj = make<ObjectData>();
    if (!consume('}')) {
      do {
        skipSpace();
        if (pos_ >= s_.size() || s_[pos_] != '"') fail("expected a property name");
        std::string key = string();
        expect(':');
        obj->set(key, value(depth + 1));  // a repeated key keeps its first position and takes the last value
      } while (consume(','));
      expect('}');
    }
    return Value::object(std::move(obj));
  }

  Value array(int depth) {
    ++pos_;
    auto col = make<CollectionData>();
    if (!consume(']')) {
      do col->items.push_back(value(depth + 1));
      while (consume(','));
      expect(']');
    }
    return Value::collection(std::move(col));
  }

  Value number() {
    size_t start = pos_;
    if (s_[pos_] == '-') ++pos_;
    auto digits = [&] {
      size_t from = pos_;
      while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
      if (pos_ == from) fail("malformed number");
    };
    digits();
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      digits();
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      digits();
    }
    std::string literalText(s_.substr(start, pos_ - start));
    return Value::real(std::strtod(literalText.c_str(), nullptr));
  }

  unsigned hex4() {
    if (pos_ + 4 > s_.size()) fail("truncated \\u escape");
    unsigned v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else fail("bad \\u escape");
    }
    return v;
  }

  std::string string() {
    ++pos_;  // opening quote
    std::string out;
    while (true) {
      size_t run = pos_;
      while (pos_ < s_.size() && s_[pos_] != '"' && s_[pos_] != '\\' && static_cast<unsigned char>(s_[pos_]) >= 0x20)
        ++pos_;
      out.append(s_.substr(run, pos_ - run));
      if (pos_ >= s_.size()) fail("unterminated string");
      char c = s_[pos_++];
      if (c == '"') return out;
      if (c != '\\') fail("control character in string");
      if (pos_ >= s_.size()) fail("unterminated string");
      char e = s_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          char32_t cp = hex4();
          if (cp >= 0xD800 && cp <= 0xDBFF && s_.substr(pos_, 2) == "\\u") {
            pos_ += 2;
            unsigned low = hex4();
            if (low >= 0xDC00 && low <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            else fail("unpaired surrogate");
          }
          appendUtf8(out, cp);
          break;
        }
        default: fail("bad escape");
      }
    }
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

std::string jsonStringify(const Value& v, bool pretty) {
  std::string out;
  Writer(out, pretty).write(v, 0);
  return out;
}

Value jsonParse(std::string_view text) { return Reader(text).document(); }

}  // namespace fourd
