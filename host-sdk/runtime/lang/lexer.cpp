#include "lang/lexer.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <limits>

#include "lang/command_list.h"
#include "lang/constant_list.h"
#include "lang/keywords.h"
#include "values/date_time.h"

namespace fourd::lang {
namespace {

bool isWordChar(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u >= 0x80;
}

bool isWordStart(char c) { return isWordChar(c) && !(c >= '0' && c <= '9'); }

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

struct Suffix {
  NameTag tag = NameTag::None;
  int32_t number = -1;  // the command's number, or the constant's theme
  int32_t index = -1;   // the constant's index in its theme
  size_t length = 0;
};

// Longest multi-word name we try to merge; 4D's longest command/constant names are well below this.
constexpr size_t kMaxWords = 10;

// The end offsets of a run of words, on the stack: every name is lexed through one.
class WordEnds {
 public:
  size_t size() const { return count_; }
  size_t back() const { return ends_[count_ - 1]; }
  size_t operator[](size_t i) const { return ends_[i]; }
  void push_back(size_t end) { ends_[count_++] = end; }

 private:
  std::array<size_t, kMaxWords> ends_{};
  size_t count_ = 0;
};

class Lexer {
 public:
  Lexer(std::string_view src, const std::string& file, const NameOracle& names, std::vector<SyntaxError>& errors)
      : src_(src), file_(file), names_(names), errors_(errors) {}

  std::vector<Token> run() {
    if (src_.substr(0, 3) == "\xEF\xBB\xBF") i_ = lineStart_ = 3;  // UTF-8 byte order mark
    tokens_.reserve(src_.size() / 2 + 1);  // 4D code averages a token in about three bytes, dense code in two
    while (true) {
      skipBlanks();
      if (i_ >= src_.size()) break;
      lexOne();
    }
    Token end = start(Tok::End);
    tokens_.push_back(std::move(end));
    return std::move(tokens_);
  }

 private:
  char at(size_t k) const { return k < src_.size() ? src_[k] : '\0'; }

  SourcePos here() const {
    return {line_, static_cast<int32_t>(i_ - lineStart_ + 1)};
  }

  Token start(Tok kind) const {
    Token t;
    t.kind = kind;
    t.pos = here();
    t.offset = static_cast<uint32_t>(i_);
    return t;
  }

  void finish(Token& t) {
    t.endOffset = static_cast<uint32_t>(i_);
    tokens_.push_back(std::move(t));
  }

  void error(SourcePos pos, std::string message) {
    errors_.push_back({file_, pos.line, pos.column, std::move(message)});
  }

  // Consumes one line break (\n, \r\n or \r) at i_, if any.
  bool consumeLineBreak() {
    if (at(i_) == '\r') {
      ++i_;
      if (at(i_) == '\n') ++i_;
    } else if (at(i_) == '\n') {
      ++i_;
    } else {
      return false;
    }
    ++line_;
    lineStart_ = i_;
    return true;
  }

  void emitNewline() {
    rawNext_ = false;
    if (!tokens_.empty() && tokens_.back().kind == Tok::Newline) return;
    Token t = start(Tok::Newline);
    finish(t);
  }

  // Spaces, comments and line continuations; line breaks become Newline tokens.
  void skipBlanks() {
    while (i_ < src_.size()) {
      char c = src_[i_];
      if (c == ' ' || c == '\t') {
        ++i_;
      } else if (c == '/' && at(i_ + 1) == '/') {
        skipLineComment();
      } else if (c == '/' && at(i_ + 1) == '*') {
        skipBlockComment();
      } else if (c == '\\' && isContinuation()) {
        while (at(i_) != '\n' && at(i_) != '\r' && i_ < src_.size()) ++i_;
        consumeLineBreak();
      } else if (c == '\n' || c == '\r') {
        emitNewline();
        consumeLineBreak();
      } else {
        return;
      }
    }
  }

  // To the line end; a comment whose line ends with `\` takes in the next line too, as a statement would (4D's
  // own 4D-SVG comments out a call split so by putting `//` before its first line only).
  void skipLineComment() {
    for (;;) {
      size_t last = std::string_view::npos;
      for (; i_ < src_.size() && src_[i_] != '\n' && src_[i_] != '\r'; ++i_)
        if (src_[i_] != ' ' && src_[i_] != '\t') last = i_;
      if (last == std::string_view::npos || src_[last] != '\\' || i_ >= src_.size()) return;
      consumeLineBreak();
    }
  }

  void skipBlockComment() {
    SourcePos open = here();
    i_ += 2;
    bool spansLines = false;
    while (i_ < src_.size() && !(src_[i_] == '*' && at(i_ + 1) == '/')) {
      if (src_[i_] == '\n' || src_[i_] == '\r') {
        // A statement never continues across a multi-line comment: end it where the comment starts.
        if (!spansLines) emitNewline();
        spansLines = true;
        consumeLineBreak();
      } else {
        ++i_;
      }
    }
    if (i_ >= src_.size()) {
      error(open, "unterminated comment");
      return;
    }
    i_ += 2;
  }

  // A `\` followed only by blanks or a `//` comment up to the line end joins the next line to this one.
  bool isContinuation() const {
    size_t k = i_ + 1;
    while (at(k) == ' ' || at(k) == '\t') ++k;
    return k >= src_.size() || at(k) == '\n' || at(k) == '\r' || (at(k) == '/' && at(k + 1) == '/');
  }

  void lexOne() {
    char c = src_[i_];
    bool raw = rawNext_;
    rawNext_ = false;
    if (c == '"') return lexString();
    // `4D` alone is the class store (4D.File) or begins a name (4D Server).
    if (c == '4' && (at(i_ + 1) == 'D' || at(i_ + 1) == 'd') && !isWordChar(at(i_ + 2))) return lexName(raw);
    if (isDigit(c)) return startsAName() ? lexName(raw) : lexNumber();
    if (isWordStart(c)) return lexName(raw);
    if (c == '$') return raw ? lexDollarWord(Tok::Name) : lexLocal();
    if (c == '<' && at(i_ + 1) == '>' && isWordChar(at(i_ + 2))) return lexInterprocess();
    if (c == '#' && lowercase(src_.substr(i_ + 1, 7)) == "declare" && !isWordChar(at(i_ + 8))) {
      Token t = start(Tok::Declare);
      i_ += 8;
      return finish(t);
    }
    if (c == '!') return lexDate();
    if (c == '?' && timeLiteralLength() > 0) return lexTime();
    lexPunctuation();
  }

  // !2024-03-01!, !00-00-00!, or a date in the system's short format (!12/04/98!): 4D has no other use of '!'.
  void lexDate() {
    Token t = start(Tok::Date);
    size_t close = i_ + 1;
    while (isDigit(at(close)) || at(close) == '-' || at(close) == '/' || at(close) == '.') ++close;
    std::string_view body = src_.substr(i_ + 1, close - i_ - 1);
    std::optional<int64_t> day = at(close) == '!' ? parseDate(body) : std::nullopt;
    if (!day) error(t.pos, "invalid date literal");
    t.number = static_cast<double>(day.value_or(kNullDate));
    t.text = std::string(body);
    i_ = close + (at(close) == '!');
    finish(t);
  }

  // ?H:MM:SS?: the length of a time literal starting at i_, or 0 when this '?' is an operator (ternary, ??, ?+).
  size_t timeLiteralLength() const {
    size_t k = i_ + 1;
    for (int part = 0; part < 3; ++part) {
      if (part > 0 && at(k++) != ':') return 0;
      size_t digits = k;
      while (isDigit(at(k))) ++k;
      if (k == digits) return 0;
    }
    return at(k) == '?' ? k + 1 - i_ : 0;
  }

  void lexTime() {
    Token t = start(Tok::Time);
    size_t length = timeLiteralLength();
    t.text = std::string(src_.substr(i_ + 1, length - 2));
    t.number = static_cast<double>(parseTime(t.text).value_or(0));
    i_ += length;
    finish(t);
  }

  void lexPunctuation() {
    static constexpr struct {
      const char* text;
      Tok kind;
    } kOps[] = {
        {":=", Tok::Assign}, {"+=", Tok::AddAssign}, {"-=", Tok::SubAssign}, {"*=", Tok::MulAssign},
        {"/=", Tok::DivAssign}, {"->", Tok::Arrow}, {"<=", Tok::Le}, {">=", Tok::Ge}, {"<<", Tok::ShiftLeft},
        {">>", Tok::ShiftRight}, {"&&", Tok::AmpAmp}, {"||", Tok::PipePipe}, {"^|", Tok::CaretPipe},
        {"?+", Tok::QuestionPlus}, {"?-", Tok::QuestionMinus}, {"??", Tok::QuestionQuestion},
        {"(", Tok::LParen}, {")", Tok::RParen}, {"[", Tok::LBracket}, {"]", Tok::RBracket},
        {"{", Tok::LBrace}, {"}", Tok::RBrace}, {";", Tok::Semicolon}, {":", Tok::Colon}, {".", Tok::Dot},
        {"?", Tok::Question}, {"+", Tok::Plus}, {"-", Tok::Minus}, {"*", Tok::Star}, {"/", Tok::Slash},
        {"\\", Tok::Backslash}, {"%", Tok::Percent}, {"^", Tok::Caret}, {"=", Tok::Eq}, {"#", Tok::Hash},
        {"<", Tok::Lt}, {">", Tok::Gt}, {"&", Tok::Amp}, {"|", Tok::Pipe},
    };
    for (const auto& op : kOps) {
      std::string_view text(op.text);
      if (src_.substr(i_, text.size()) != text) continue;
      Token t = start(op.kind);
      i_ += text.size();
      // After '.', and after '->' when a word follows at once ($ptr->value: a property of the pointed object),
      // the word is a property name.
      if (op.kind == Tok::Dot || (op.kind == Tok::Arrow && isWordStart(at(i_)))) rawNext_ = true;
      return finish(t);
    }
    error(here(), std::string("unexpected character '") + src_[i_] + "'");
    ++i_;
  }

  void lexString() {
    Token t = start(Tok::String);
    ++i_;
    while (true) {
      if (i_ >= src_.size() || src_[i_] == '\n' || src_[i_] == '\r') {
        error(t.pos, "unterminated text literal");
        break;
      }
      char c = src_[i_++];
      if (c == '"') break;
      if (c != '\\') {
        t.text += c;
        continue;
      }
      char e = at(i_);
      switch (e) {
        case '"': t.text += '"'; break;
        case '\\': t.text += '\\'; break;
        case 't': t.text += '\t'; break;
        case 'n': t.text += '\n'; break;
        case 'r': t.text += '\r'; break;
        default: t.text += '\\'; continue;  // not an escape: the backslash is literal
      }
      ++i_;
    }
    finish(t);
  }

  void lexNumber() {
    Token t = start(Tok::Number);
    size_t begin = i_;
    if (src_[i_] == '0' && (at(i_ + 1) == 'x' || at(i_ + 1) == 'X') && std::isxdigit(static_cast<unsigned char>(at(i_ + 2)))) {
      i_ += 2;
      while (std::isxdigit(static_cast<unsigned char>(at(i_)))) ++i_;
      unsigned long long v = std::strtoull(std::string(src_.substr(begin + 2, i_ - begin - 2)).c_str(), nullptr, 16);
      if (v > 0xFFFFFFFFull) error(t.pos, "hexadecimal literal out of the longint range");
      t.number = static_cast<double>(static_cast<int32_t>(static_cast<uint32_t>(v)));  // 4D longints wrap
      t.integral = true;
    } else {
      bool fraction = false;
      while (isDigit(at(i_))) ++i_;
      if (at(i_) == '.' && isDigit(at(i_ + 1))) {
        fraction = true;
        ++i_;
        while (isDigit(at(i_))) ++i_;
      }
      size_t e = i_;
      if (at(e) == 'e' || at(e) == 'E') {
        ++e;
        if (at(e) == '+' || at(e) == '-') ++e;
        if (isDigit(at(e))) {
          fraction = true;
          i_ = e;
          while (isDigit(at(i_))) ++i_;
        }
      }
      t.number = std::strtod(std::string(src_.substr(begin, i_ - begin)).c_str(), nullptr);
      t.integral = !fraction && t.number <= std::numeric_limits<int32_t>::max();
    }
    t.text = std::string(src_.substr(begin, i_ - begin));
    if (isWordChar(at(i_))) {
      error(here(), "invalid number");
      while (isWordChar(at(i_))) ++i_;
    }
    finish(t);
  }

  void lexLocal() {
    if (at(i_ + 1) == '{') {
      Token t = start(Tok::LocalIndirect);
      i_ += 2;
      return finish(t);
    }
    lexDollarWord(Tok::Local);
  }

  // `$` and the word after it: a local (which needs the word), or a property name after '.', which may begin with
  // '$' or be '$' alone: object property names follow ECMAScript's identifiers (docs/Concepts/identifiers.md), and
  // 4D's own projects use Form.$ and Form.$dialog.
  void lexDollarWord(Tok kind) {
    Token t = start(kind);
    size_t begin = i_++;
    while (isWordChar(at(i_))) ++i_;
    if (kind == Tok::Local && i_ == begin + 1) error(t.pos, "expected a variable name after '$'");
    t.text = std::string(src_.substr(begin, i_ - begin));
    t.key = lowercase(t.text);
    finish(t);
  }

  // A word that starts with a digit and begins a known name is that name, not a number: constants (4D Server) and
  // project methods (4D's own components have 00_LABEL_OPEN_EDITOR and 4D_LOG); so is a run of words with a
  // token after it (`64 bit version:K5:25`).
  bool startsAName() const {
    bool complete = false;
    return names_.isNameOrPrefix(lowercase(src_.substr(i_, wordEnd(i_) - i_)), complete) ||
           suffixAt(wordRun().back()).tag != NameTag::None;
  }

  void lexInterprocess() {
    Token t = start(Tok::Interprocess);
    i_ += 2;
    size_t begin = i_;
    while (isWordChar(at(i_))) ++i_;
    t.text = std::string(src_.substr(begin, i_ - begin));
    t.key = lowercase(t.text);
    finish(t);
  }

  // The digits from `p` on, `p` moved past them. Token numbers are small: a longer run of digits stops counting
  // (no overflow) and names nothing.
  int32_t tokenNumberAt(size_t& p) const {
    constexpr int32_t kBeyondAnyToken = 1'000'000;
    int32_t number = 0;
    for (; isDigit(at(p)); ++p)
      if (number < kBeyondAnyToken) number = number * 10 + (at(p) - '0');
    return number;
  }

  // `:Cnnn` (command) or `:Knn:nn` (constant) right after a word, as 4D writes tokenized names.
  Suffix suffixAt(size_t k) const {
    Suffix s;
    if (at(k) != ':' || (at(k + 1) != 'C' && at(k + 1) != 'K') || !isDigit(at(k + 2))) return s;
    size_t p = k + 2;
    s.number = tokenNumberAt(p);
    if (at(k + 1) == 'K') {
      if (at(p) != ':' || !isDigit(at(p + 1))) return {};
      ++p;
      s.index = tokenNumberAt(p);
      s.tag = NameTag::Constant;
    } else {
      s.tag = NameTag::Command;
    }
    if (isWordChar(at(p))) return {};
    s.length = p - k;
    return s;
  }

  static std::string_view listedName(const Suffix& s) {
    return s.tag == NameTag::Constant ? constantName(s.number, s.index) : commandName(s.number);
  }

  size_t wordEnd(size_t k) const {
    while (isWordChar(at(k))) ++k;
    return k;
  }

  // The maximal run of single-space-separated words from i_: end offsets of each word.
  WordEnds wordRun() const {
    WordEnds ends;
    ends.push_back(wordEnd(i_));
    while (ends.size() < kMaxWords) {
      size_t e = ends.back();
      if (at(e) != ' ' || !isWordChar(at(e + 1))) break;
      ends.push_back(wordEnd(e + 1));
    }
    return ends;
  }

  std::string keyOf(size_t end) const {
    return lowercase(src_.substr(i_, end - i_));
  }

  bool known(std::string_view key, bool& complete) const {
    bool kwComplete = false;
    bool oracleComplete = false;
    bool kw = isKeywordOrPrefix(key, kwComplete);
    bool oracle = names_.isNameOrPrefix(key, oracleComplete);
    complete = kwComplete || oracleComplete;
    return kw || oracle;
  }

  // How many words of `ends` form the name: the longest complete keyword or known name, else one word.
  size_t greedyWords(const WordEnds& ends) const {
    const std::string run = keyOf(ends.back());
    size_t best = 1;
    for (size_t n = 1; n <= ends.size(); ++n) {
      bool complete = false;
      if (!known(std::string_view(run).substr(0, ends[n - 1] - i_), complete)) break;
      if (complete) best = n;
    }
    return best;
  }

  // With a tokenized suffix after the run: the whole run is the name, unless it starts with a keyword that
  // is not part of a known name (`return Current process name:C322`). The token's own name is one, even when
  // the host lacks it (`Use sheet window:K24:11` is no Use).
  size_t suffixedWords(const WordEnds& ends, const Suffix& suffix) const {
    bool complete = false;
    const std::string whole = keyOf(ends.back());
    if ((known(whole, complete) && complete) || ends.size() == 1 || whole == lowercase(listedName(suffix)))
      return ends.size();
    size_t keywordWords = 0;
    for (size_t n = 1; n < ends.size(); ++n) {
      std::string_view key = std::string_view(whole).substr(0, ends[n - 1] - i_);
      bool kwComplete = false;
      if (!isKeywordOrPrefix(key, kwComplete)) break;
      if (kwComplete) keywordWords = n;
    }
    return keywordWords ? keywordWords : ends.size();
  }

  void lexName(bool raw) {
    Token t = start(Tok::Name);
    size_t end;
    Suffix suffix;
    if (raw) {
      end = wordEnd(i_);
    } else {
      WordEnds ends = wordRun();
      Suffix runSuffix = suffixAt(ends.back());
      size_t words = runSuffix.tag != NameTag::None ? suffixedWords(ends, runSuffix) : greedyWords(ends);
      end = ends[words - 1];
      if (words == ends.size()) suffix = runSuffix;
    }
    t.text = std::string(src_.substr(i_, end - i_));
    t.key = lowercase(t.text);
    i_ = end;
    if (suffix.tag == NameTag::Command) {
      t.tag = suffix.tag;
      t.tokenNumber = suffix.number;
      i_ += suffix.length;
      // The number says which command it is, in whatever language the project was saved: `Non:C34` is Not.
      if (std::string_view english = commandName(suffix.number); !english.empty()) t.key = lowercase(english);
    } else if (suffix.tag == NameTag::Constant) {
      t.tag = suffix.tag;
      // A constant keeps its token in its text, so that one the host cannot name is reported with it.
      i_ += suffix.length;
      t.text = std::string(src_.substr(t.offset, i_ - t.offset));
      // The token says which constant it is, in whatever language: `Est un texte:K8:3` is Is text. An unknown
      // token leaves the name as written, and so does a token whose listed name the host lacks when the name
      // written is one it has (the list was read from public projects, not from 4D).
      if (std::string_view english = constantName(suffix.number, suffix.index); !english.empty()) {
        std::string listed = lowercase(english);
        if (names_.kindOf(listed) == NameKind::Constant || names_.kindOf(t.key) != NameKind::Constant)
          t.key = std::move(listed);
      }
    }
    if (!raw) t.kw = keywordFor(t.key);
    // Names that follow `Function` (and `Function get`/`set`) are user names, never keywords or commands.
    if (t.kw == Kw::Function) rawNext_ = true;
    if (raw && (t.key == "get" || t.key == "set") && !tokens_.empty() && tokens_.back().kw == Kw::Function &&
        at(i_) == ' ' && isWordStart(at(i_ + 1)))
      rawNext_ = true;
    finish(t);
  }

  std::string_view src_;
  const std::string& file_;
  const NameOracle& names_;
  std::vector<SyntaxError>& errors_;
  std::vector<Token> tokens_;
  size_t i_ = 0;
  size_t lineStart_ = 0;
  int32_t line_ = 1;
  bool rawNext_ = false;  // the next word is a member/function name: no merging, no keywords
};

}  // namespace

std::vector<Token> lex(std::string_view source, const std::string& file, const NameOracle& names,
                       std::vector<SyntaxError>& errors) {
  return Lexer(source, file, names, errors).run();
}

}  // namespace fourd::lang
