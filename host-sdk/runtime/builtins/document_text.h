// Text written to and read from documents and blobs: character sets (by name or MIBEnum number, as CONVERT FROM
// TEXT takes them), byte order marks and line breaks, shared by File.getText()/setText(), Document to text, TEXT
// TO DOCUMENT, 4D.FileHandle and the blob conversions (developer.4d.com/docs/API/FileClass#settext,
// commands-legacy/text-to-document, commands-legacy/convert-to-text).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "values/value.h"

namespace fourd {

enum class Charset { Utf8, Latin1, Ascii, Utf16BE, Utf16LE };

struct TextEncoding {
  Charset charset = Charset::Utf8;
  bool bom = false;  // written before the text (Unicode sets only)
};

// The charSet argument at `i`: a name ("UTF-8", "ISO-8859-1", "UTF-16LE"…, with "-no-bom" to write no BOM) or
// a MIBEnum number. A Unicode set named explicitly gets its BOM; without the argument, `fallback`. Another set
// is an error naming it.
TextEncoding encodingArg(const std::vector<Value>& args, size_t i, std::string_view what, TextEncoding fallback);

// Document unchanged (0), Document with native format (1, the default: LF on Linux), Document with CRLF (2),
// Document with CR (3), Document with LF (4).
int64_t breakModeArg(const std::vector<Value>& args, size_t i, std::string_view what);
std::string convertLineBreaks(std::string_view text, int64_t mode);

// Bytes of the set as text; invalid bytes become U+FFFD.
std::string decodeText(std::string_view bytes, Charset charset);
// The document's bytes as text: a BOM decides the set (and is dropped), else `charset`.
std::string decodeDocument(std::string_view bytes, Charset charset);
bool isUnicode(Charset charset);
// The text as the document's bytes, BOM first when asked; characters the set lacks become "?".
std::string encodeDocument(std::string_view utf8, TextEncoding encoding);

}  // namespace fourd
