#include "builtins/query_parser.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "builtins/collection_support.h"
#include "builtins/command_args.h"
#include "values/shared_access.h"
#include "values/text_fold.h"

namespace fourd {

namespace {

struct Token {
  enum class Kind { End, Word, Quoted, Placeholder, Symbol };
  Kind kind = Kind::End;
  std::string text;  // the word, the quoted text without its quotes, the placeholder's name, the symbol
  size_t offset = 0;  // in bytes, from the start of the query string
};

bool isSymbolStart(char c) {
  switch (c) {
    case '(': case ')': case '[': case ']': case ',': case '=': case '#': case '<': case '>': case '!':
    case '%': case '&': case '|': case '\'': case '"': case ':':
      return true;
    default:
      return false;
  }
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

class Parser {
 public:
  Parser(std::string_view text, const QueryPlaceholders& placeholders, std::string_view what)
      : text_(text), placeholders_(placeholders), what_(what) {
    advance();
  }

  size_t highestIndexedPlaceholder() {
    size_t highest = 0;
    for (; token_.kind != Token::Kind::End; advance())
      if (token_.kind == Token::Kind::Placeholder && std::isdigit(static_cast<unsigned char>(token_.text[0])))
        highest = std::max(highest, indexOf(token_));
    return highest;
  }

  ParsedQuery parse() {
    ParsedQuery query;
    query.condition = parseOr();
    if (isKeyword("order")) {
      advance();
      if (!isKeyword("by")) fail("\"by\" expected after \"order\"");
      advance();
      query.order = parseOrderBy();
    }
    if (token_.kind != Token::Kind::End) fail("unexpected " + describe(token_));
    return query;
  }

 private:
  // Tokens ---------------------------------------------------------------------------------------------------

  void advance() {
    while (pos_ < text_.size() && isSpace(text_[pos_])) ++pos_;
    token_ = Token();
    token_.offset = pos_;
    if (pos_ >= text_.size()) return;
    char c = text_[pos_];
    if (c == '\'' || c == '"') return readQuoted(c);
    if (c == ':') return readPlaceholder();
    if (isSymbolStart(c)) return readSymbol();
    size_t start = pos_;
    while (pos_ < text_.size() && !isSpace(text_[pos_]) && !isSymbolStart(text_[pos_])) ++pos_;
    token_.kind = Token::Kind::Word;
    token_.text = std::string(text_.substr(start, pos_ - start));
  }

  void readQuoted(char quote) {
    size_t close = text_.find(quote, pos_ + 1);
    if (close == std::string_view::npos) fail("the quote opened here is not closed");
    token_.kind = Token::Kind::Quoted;
    token_.text = std::string(text_.substr(pos_ + 1, close - pos_ - 1));
    pos_ = close + 1;
  }

  void readPlaceholder() {
    size_t start = ++pos_;
    while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_' ||
                                   text_[pos_] == '.' || static_cast<unsigned char>(text_[pos_]) >= 0x80))
      ++pos_;
    if (pos_ == start) fail("a placeholder name or number is expected after \":\"");
    token_.kind = Token::Kind::Placeholder;
    token_.text = std::string(text_.substr(start, pos_ - start));
  }

  void readSymbol() {
    static const char* const kSymbols[] = {"===", "!==", "==", "!=", "<=", ">=", "&&", "||", "=", "#", "<", ">",
                                           "%",   "&",   "|",  "(",  ")",  "[",  "]",  ","};
    for (const char* symbol : kSymbols) {
      std::string_view s(symbol);
      if (text_.substr(pos_, s.size()) == s) {
        token_.kind = Token::Kind::Symbol;
        token_.text = std::string(s);
        pos_ += s.size();
        return;
      }
    }
    fail("unexpected \"" + std::string(1, text_[pos_]) + "\"");
  }

  bool isSymbol(std::string_view s) const { return token_.kind == Token::Kind::Symbol && token_.text == s; }
  bool isKeyword(std::string_view k) const { return token_.kind == Token::Kind::Word && equalTextFolded(token_.text, k); }

  void expectSymbol(std::string_view s) {
    if (!isSymbol(s)) fail("\"" + std::string(s) + "\" expected, found " + describe(token_));
    advance();
  }

  static std::string describe(const Token& t) {
    switch (t.kind) {
      case Token::Kind::End: return "the end of the query";
      case Token::Kind::Quoted: return "'" + t.text + "'";
      case Token::Kind::Placeholder: return "\":" + t.text + "\"";
      default: return "\"" + t.text + "\"";
    }
  }

  [[noreturn]] void fail(const std::string& message) const { failAt(token_.offset, message); }

  [[noreturn]] void failAt(size_t offset, const std::string& message) const {
    size_t chars = 0;  // the position in characters, as 4D code counts them
    for (size_t i = 0; i < offset && i < text_.size(); ++i) chars += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
    throw RuntimeError(error_code::kInvalidArgument, std::string(what_) + ": " + message + " at position " +
                                                         std::to_string(chars + 1) + " of the query string");
  }

  // Conditions -----------------------------------------------------------------------------------------------

  static QueryNode combine(QueryNode::Kind kind, QueryNode left, QueryNode right) {
    QueryNode node;
    node.kind = kind;
    node.operands.push_back(std::move(left));
    node.operands.push_back(std::move(right));
    return node;
  }

  bool atOr() const { return isSymbol("|") || isSymbol("||") || isKeyword("or"); }
  bool atAnd() const { return isSymbol("&") || isSymbol("&&") || isKeyword("and"); }

  QueryNode parseOr() {
    QueryNode left = parseAnd();
    while (atOr()) {
      advance();
      left = combine(QueryNode::Kind::Or, std::move(left), parseAnd());
    }
    return left;
  }

  QueryNode parseAnd() {
    QueryNode left = parseUnary();
    while (atAnd()) {
      advance();
      left = combine(QueryNode::Kind::And, std::move(left), parseUnary());
    }
    return left;
  }

  QueryNode parseUnary() {
    if (isKeyword("not")) {
      advance();
      QueryNode node;
      node.kind = QueryNode::Kind::Not;
      node.operands.push_back(parseUnary());
      return node;
    }
    if (isSymbol("(")) {
      advance();
      QueryNode inner = parseOr();
      expectSymbol(")");
      return inner;
    }
    return parseComparison();
  }

  QueryNode parseComparison() {
    QueryNode node;
    node.path = parseAttribute();
    node.comparator = parseComparator();
    node.value = parseValue(node.comparator);
    return node;
  }

  std::vector<std::string> parseAttribute() {
    Token t = token_;
    std::vector<std::string> path;
    if (t.kind == Token::Kind::Word) {
      path = attributeLevels(t.text, t);
    } else if (t.kind == Token::Kind::Placeholder) {
      path = attributePlaceholder(t);
    } else {
      fail("an attribute path expected, found " + describe(t));
    }
    advance();
    if (isSymbol("[")) fail("collection attribute paths (\"[]\") are not supported by this host");
    return path;
  }

  std::vector<std::string> attributePlaceholder(const Token& t) {
    const Value& v = placeholderValue(t, placeholders_.attributes, "attributes");
    if (v.isText()) return attributeLevels(v.asText(), t);
    if (v.isCollection()) {
      std::vector<std::string> path;
      auto levels = itemsOf(*v.asCollection());
      for (const Value& level : *levels) {
        if (!level.isText()) failAt(t.offset, "the attribute path of \":" + t.text + "\" has a level that is not a text");
        path.push_back(level.asText());
      }
      if (path.empty()) failAt(t.offset, "the attribute path of \":" + t.text + "\" is empty");
      return path;
    }
    failAt(t.offset, "\":" + t.text + "\" must give an attribute path (a text or a collection of texts)");
  }

  std::vector<std::string> attributeLevels(const std::string& text, const Token& t) {
    std::vector<std::string> path;
    for (size_t start = 0;;) {
      size_t dot = text.find('.', start);
      path.push_back(text.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
      if (path.back().empty()) failAt(t.offset, "the attribute path \"" + text + "\" has an empty level");
      if (dot == std::string::npos) return path;
      start = dot + 1;
    }
  }

  // The value of `:1` (an indexed placeholder) or `:name` (a property path of `named`).
  Value placeholderValue(const Token& t, const Value& named, std::string_view namedWhat) {
    if (std::isdigit(static_cast<unsigned char>(t.text[0]))) {
      size_t index = indexOf(t);
      if (index == 0 || index > placeholders_.indexed.size())
        failAt(t.offset, "no value is given for the placeholder \":" + t.text + "\"");
      return placeholders_.indexed[index - 1];
    }
    Value v = valueAtPath(named, t.text);
    if (v.isUndefined())
      failAt(t.offset, "the placeholder \":" + t.text + "\" is not in querySettings." + std::string(namedWhat));
    return v;
  }

  size_t indexOf(const Token& t) const {
    size_t index = 0;
    for (char c : t.text) {
      if (!std::isdigit(static_cast<unsigned char>(c))) failAt(t.offset, "\":" + t.text + "\" is not a placeholder");
      index = std::min<size_t>(index * 10 + static_cast<size_t>(c - '0'), kMaxElements);
    }
    return index;
  }

  QueryComparator parseComparator() {
    struct Spelling {
      const char* symbol;
      QueryComparator comparator;
    };
    static const Spelling kSymbols[] = {{"=", QueryComparator::Equal},         {"==", QueryComparator::Equal},
                                        {"===", QueryComparator::Identical},   {"#", QueryComparator::NotEqual},
                                        {"!=", QueryComparator::NotEqual},     {"!==", QueryComparator::NotIdentical},
                                        {"<", QueryComparator::Less},          {">", QueryComparator::Greater},
                                        {"<=", QueryComparator::LessOrEqual},  {">=", QueryComparator::GreaterOrEqual},
                                        {"%", QueryComparator::Keyword}};
    for (const Spelling& s : kSymbols) {
      if (isSymbol(s.symbol)) {
        advance();
        return s.comparator;
      }
    }
    if (isKeyword("in")) {
      advance();
      return QueryComparator::In;
    }
    if (isKeyword("is")) {
      advance();
      if (!isKeyword("not")) return QueryComparator::Identical;
      advance();
      return QueryComparator::NotIdentical;
    }
    fail("a comparator (=, ==, ===, IS, #, !=, !==, IS NOT, <, >, <=, >=, IN, %) expected, found " + describe(token_));
  }

  Value parseValue(QueryComparator comparator) {
    Token t = token_;
    Value v;
    if (t.kind == Token::Kind::Placeholder) {
      v = placeholderValue(t, placeholders_.parameters, "parameters");
      // developer.4d.com/docs/API/DataClassClass#looking-for-null-values: Null cannot be passed as a placeholder.
      if (v.isNull()) failAt(t.offset, "the placeholder \":" + t.text + "\" is Null; write null in the query string");
      advance();
    } else if (isSymbol("[") && comparator == QueryComparator::In) {
      return parseList();
    } else {
      v = parseConstant();
    }
    if (comparator == QueryComparator::In && !v.isCollection())
      failAt(t.offset, "IN needs a collection or a list of values in [ ]");
    return v;
  }

  // A constant: a quoted text, or a word: a number, true, false, null, else a text (developer.4d.com/docs/API/
  // DataClassClass#querystring-parameter: "text type constant can be passed with or without simple quotes").
  Value parseConstant() {
    Token t = token_;
    if (t.kind == Token::Kind::Quoted) {
      advance();
      return Value::text(t.text);
    }
    if (t.kind != Token::Kind::Word) fail("a value expected, found " + describe(t));
    advance();
    if (t.text == "true") return Value::boolean(true);
    if (t.text == "false") return Value::boolean(false);
    if (equalTextFolded(t.text, "null")) return Value::null();
    if (std::optional<double> number = numberConstant(t.text)) return Value::real(*number);
    return Value::text(t.text);
  }

  static std::optional<double> numberConstant(const std::string& word) {
    size_t i = word[0] == '-' ? 1 : 0, digits = 0;
    while (i < word.size() && std::isdigit(static_cast<unsigned char>(word[i]))) ++i, ++digits;
    if (i < word.size() && word[i] == '.')
      for (++i; i < word.size() && std::isdigit(static_cast<unsigned char>(word[i])); ++i) ++digits;
    if (digits == 0 || i != word.size()) return std::nullopt;
    return std::stod(word);
  }

  Value parseList() {
    advance();  // [
    auto list = make<CollectionData>();
    if (!isSymbol("]")) {
      while (true) {
        Value item = parseConstant();
        if (item.isNull()) fail("null cannot be in the list of an IN");
        list->items.push_back(std::move(item));
        if (!isSymbol(",")) break;
        advance();
      }
    }
    expectSymbol("]");
    return Value::collection(std::move(list));
  }

  std::vector<SortKey> parseOrderBy() {
    std::vector<SortKey> keys;
    while (true) {
      if (token_.kind != Token::Kind::Word) fail("an attribute path expected after \"order by\", found " + describe(token_));
      SortKey key;
      key.path = token_.text;
      advance();
      if (isKeyword("desc") || isKeyword("asc")) {
        key.descending = isKeyword("desc");
        advance();
      }
      keys.push_back(std::move(key));
      if (!isSymbol(",")) return keys;
      advance();
    }
  }

  std::string_view text_;
  const QueryPlaceholders& placeholders_;
  std::string_view what_;
  size_t pos_ = 0;
  Token token_;
};

}  // namespace

ParsedQuery parseQuery(std::string_view text, const QueryPlaceholders& placeholders, std::string_view what) {
  return Parser(text, placeholders, what).parse();
}

size_t highestIndexedPlaceholder(std::string_view text, std::string_view what) {
  static const std::vector<Value> kNoValues;
  static const Value kNone;
  QueryPlaceholders none{kNoValues, kNone, kNone};
  return Parser(text, none, what).highestIndexedPlaceholder();
}

}  // namespace fourd
