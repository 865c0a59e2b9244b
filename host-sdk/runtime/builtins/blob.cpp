// 4D.Blob (its class: size, slice(), new()) and the commands shared by 4D.Blob and Blob variables (CONVERT FROM
// TEXT, Convert to text, BLOB size). A Kind::Blob value is a 4D.Blob or, when scalar, a Blob variable's value
// (values/value.h); the legacy commands that alter a Blob variable are in blob_commands.cpp and
// blob_edit_commands.cpp.
#include <algorithm>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "builtins/document_text.h"
#include "builtins/ok_result.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

Value blobSize(CallContext&, const Value& self, std::vector<Value>&) {
  return Value::longint(static_cast<int64_t>(self.asBlob()->bytes.size()));
}

// .slice(start; end): like collection.slice, negative offsets count from the end; end is excluded.
Value blobSlice(CallContext&, const Value& self, std::vector<Value>& args) {
  const std::string& bytes = self.asBlob()->bytes;
  auto size = static_cast<int64_t>(bytes.size());
  auto clampIndex = [size](int64_t i) { return std::clamp(i < 0 ? i + size : i, int64_t(0), size); };
  int64_t start = hasArg(args, 0) ? clampIndex(intArg(args, 0, "slice")) : 0;
  int64_t end = hasArg(args, 1) ? clampIndex(intArg(args, 1, "slice")) : size;
  if (end <= start) return Value::blob(make<BlobData>(std::string()));
  return Value::blob(make<BlobData>(bytes.substr(static_cast<size_t>(start), static_cast<size_t>(end - start))));
}

class BlobClass : public ClassDef {
 public:
  std::string_view name() const override { return "Blob"; }
  std::string_view nameSpace() const override { return "4D"; }

  bool get(CallContext& ctx, const Value& self, std::string_view member, Value& out) override {
    if (member != "size" || !self.isBlob()) return false;
    std::vector<Value> none;
    out = blobSize(ctx, self, none);
    return true;
  }
  bool set(CallContext&, const Value&, std::string_view member, const Value&) override {
    if (member == "size") throw RuntimeError(error_code::kInvalidArgument, "4D.Blob.size is read-only");
    return false;
  }
  bool call(CallContext& ctx, const Value& self, std::string_view member, std::vector<Value>& args,
            Value& out) override {
    if (member != "slice" || !self.isBlob()) return false;
    out = blobSlice(ctx, self, args);
    return true;
  }
  bool hasFunction(std::string_view member) const override { return member == "slice"; }

  // 4D.Blob.new() is empty; 4D.Blob.new(blob) holds the same bytes (a 4D.Blob is immutable, so it is shared; a
  // Blob variable's value is boxed).
  bool callStatic(CallContext&, std::string_view member, std::vector<Value>& args, Value& out) override {
    if (member != "new") return false;
    if (!hasArg(args, 0) || args[0].isUndefined() || args[0].isNull()) {
      out = Value::blob(make<BlobData>(std::string()));
    } else {
      blobArg(args, 0, "4D.Blob.new");
      out = toStoredValue(args[0]);
    }
    return true;
  }
};

// Convert to text(blob; charSet): a BOM is looked for when the set is a Unicode one, and then decides
// (commands-legacy/convert-to-text).
// Both set OK: "If the command has been correctly executed, the OK variable is set to 1. Otherwise, it is set
// to 0."
Value convertToTextCmd(CallContext& ctx, std::vector<Value>& args, void*) {
  OKResult ok(ctx);
  const std::string& bytes = blobArg(args, 0, "Convert to text");
  Charset charset = encodingArg(args, 1, "Convert to text", TextEncoding{}).charset;
  Value text = Value::text(isUnicode(charset) ? decodeDocument(bytes, charset) : decodeText(bytes, charset));
  ok.succeeded();
  return text;
}

Value convertFromTextCmd(CallContext& ctx, std::vector<Value>& args, void*) {
  OKResult ok(ctx);
  const std::string& text = textArg(args, 0, "CONVERT FROM TEXT");
  Charset charset = encodingArg(args, 1, "CONVERT FROM TEXT", TextEncoding{}).charset;
  args[2] = scalarBlob(encodeDocument(text, TextEncoding{charset, false}));
  ok.succeeded();
  return Value();
}

Value blobSizeCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::longint(static_cast<int64_t>(blobArg(args, 0, "BLOB size").size()));
}

}  // namespace

void registerBlobSupport(Registry& r) {
  r.addClass(make<BlobClass>());
  r.addBlobFunction("size", blobSize);
  r.addBlobFunction("slice", blobSlice);
  addCommand(r, "Convert to text", convertToTextCmd, 2, 2);
  addCommand(r, "CONVERT FROM TEXT", convertFromTextCmd, 3, 3, 1u << 2);
  addCommand(r, "BLOB size", blobSizeCmd, 1, 1);
}

}  // namespace fourd
