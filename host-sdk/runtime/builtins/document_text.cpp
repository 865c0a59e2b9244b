#include "builtins/document_text.h"

#include "builtins/command_args.h"
#include "values/utf8_text.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

constexpr int64_t kDocumentUnchanged = 0, kNativeFormat = 1, kWithCRLF = 2, kWithCR = 3, kWithLF = 4;

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool charsetNamed(const std::string& name, Charset& out) {
  struct Entry {
    const char* name;
    Charset charset;
  };
  static const Entry kNames[] = {
      {"utf-8", Charset::Utf8},         {"utf8", Charset::Utf8},         {"iso-8859-1", Charset::Latin1},
      {"latin-1", Charset::Latin1},     {"latin1", Charset::Latin1},     {"us-ascii", Charset::Ascii},
      {"ascii", Charset::Ascii},        {"utf-16", Charset::Utf16BE},    {"utf-16be", Charset::Utf16BE},
      {"utf-16le", Charset::Utf16LE},
  };
  for (const Entry& e : kNames)
    if (name == e.name) {
      out = e.charset;
      return true;
    }
  return false;
}

// MIBEnum numbers (IANA), as CONVERT FROM TEXT lists them.
bool charsetNumbered(int64_t mib, Charset& out) {
  switch (mib) {
    case 106: out = Charset::Utf8; return true;
    case 4: out = Charset::Latin1; return true;
    case 3: out = Charset::Ascii; return true;
    case 1013:
    case 1015: out = Charset::Utf16BE; return true;
    case 1014: out = Charset::Utf16LE; return true;
    default: return false;
  }
}

void appendUtf16(std::string& out, char16_t unit, bool bigEndian) {
  char hi = static_cast<char>(unit >> 8), lo = static_cast<char>(unit & 0xFF);
  out += bigEndian ? hi : lo;
  out += bigEndian ? lo : hi;
}

std::string decodeUtf16(std::string_view bytes, bool bigEndian) {
  std::string out;
  auto unitAt = [&](size_t i) {
    auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char32_t>(bigEndian ? (a << 8 | b) : (b << 8 | a));
  };
  size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t unit = unitAt(i);
    if (unit >= 0xD800 && unit < 0xDC00 && i + 3 < bytes.size()) {
      char32_t low = unitAt(i + 2);
      if (low >= 0xDC00 && low < 0xE000) {
        appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    appendUtf8(out, unit >= 0xD800 && unit < 0xE000 ? 0xFFFD : unit);
  }
  if (i < bytes.size()) appendUtf8(out, 0xFFFD);  // an odd byte at the end
  return out;
}

}  // namespace

bool isUnicode(Charset c) { return c == Charset::Utf8 || c == Charset::Utf16BE || c == Charset::Utf16LE; }

TextEncoding encodingArg(const std::vector<Value>& args, size_t i, std::string_view what, TextEncoding fallback) {
  if (!hasArg(args, i) || args[i].isUndefined()) return fallback;
  TextEncoding encoding;
  if (isNumeric(args[i])) {
    int64_t mib = intArg(args, i, what);
    if (!charsetNumbered(mib, encoding.charset))
      throw RuntimeError(error_code::kInvalidArgument,
                         std::string(what) + ": unsupported character set " + std::to_string(mib));
  } else {
    std::string name = lowercase(textArg(args, i, what));
    constexpr std::string_view kNoBom = "-no-bom";
    bool noBom = name.size() > kNoBom.size() && name.compare(name.size() - kNoBom.size(), kNoBom.size(), kNoBom) == 0;
    if (noBom) name.resize(name.size() - kNoBom.size());
    if (!charsetNamed(name, encoding.charset))
      throw RuntimeError(error_code::kInvalidArgument,
                         std::string(what) + ": unsupported character set \"" + args[i].asText() + "\"");
    encoding.bom = !noBom;
  }
  encoding.bom = encoding.bom && isUnicode(encoding.charset);
  return encoding;
}

int64_t breakModeArg(const std::vector<Value>& args, size_t i, std::string_view what) {
  if (!hasArg(args, i) || args[i].isUndefined()) return kNativeFormat;
  int64_t mode = intArg(args, i, what);
  if (mode < kDocumentUnchanged || mode > kWithLF)
    throw RuntimeError(error_code::kInvalidArgument,
                       std::string(what) + ": unknown line break mode " + std::to_string(mode));
  return mode;
}

std::string convertLineBreaks(std::string_view text, int64_t mode) {
  if (mode == kDocumentUnchanged) return std::string(text);
  std::string_view eol = mode == kWithCRLF ? "\r\n" : mode == kWithCR ? "\r" : "\n";  // native: Linux's LF
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += eol;
    } else if (text[i] == '\n') {
      out += eol;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string decodeDocument(std::string_view bytes, Charset charset) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return decodeText(bytes.substr(3), Charset::Utf8);
  if (bytes.substr(0, 2) == "\xFE\xFF") return decodeText(bytes.substr(2), Charset::Utf16BE);
  if (bytes.substr(0, 2) == "\xFF\xFE") return decodeText(bytes.substr(2), Charset::Utf16LE);
  return decodeText(bytes, charset);
}

std::string decodeText(std::string_view bytes, Charset charset) {
  std::string out;
  switch (charset) {
    case Charset::Utf8:
      out.reserve(bytes.size());
      for (size_t i = 0; i < bytes.size();) appendUtf8(out, decodeUtf8(bytes, i));
      return out;
    case Charset::Latin1:
    case Charset::Ascii:
      for (unsigned char c : bytes) appendUtf8(out, charset == Charset::Ascii && c > 0x7F ? 0xFFFD : c);
      return out;
    case Charset::Utf16BE:
    case Charset::Utf16LE: return decodeUtf16(bytes, charset == Charset::Utf16BE);
  }
  return out;
}

std::string encodeDocument(std::string_view utf8, TextEncoding encoding) {
  std::string out;
  switch (encoding.charset) {
    case Charset::Utf8:
      if (encoding.bom) out = "\xEF\xBB\xBF";
      out += utf8;
      return out;
    case Charset::Latin1:
    case Charset::Ascii: {
      char32_t limit = encoding.charset == Charset::Latin1 ? 0xFF : 0x7F;
      for (size_t i = 0; i < utf8.size();) {
        char32_t cp = decodeUtf8(utf8, i);
        out += static_cast<char>(cp <= limit ? cp : '?');
      }
      return out;
    }
    case Charset::Utf16BE:
    case Charset::Utf16LE: {
      bool bigEndian = encoding.charset == Charset::Utf16BE;
      if (encoding.bom) appendUtf16(out, 0xFEFF, bigEndian);
      for (size_t i = 0; i < utf8.size();) {
        char32_t cp = decodeUtf8(utf8, i);
        if (cp >= 0x10000) {
          appendUtf16(out, static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)), bigEndian);
          appendUtf16(out, static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)), bigEndian);
        } else {
          appendUtf16(out, static_cast<char16_t>(cp), bigEndian);
        }
      }
      return out;
    }
  }
  return out;
}

}  // namespace fourd
