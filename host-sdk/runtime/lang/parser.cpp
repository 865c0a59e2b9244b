#include "lang/parser.h"

#include <algorithm>

#include "lang/lexer.h"
#include "lang/parser_impl.h"

namespace fourd::lang {

Parser::Parser(std::string_view source, std::string file, const NameOracle& names)
    : source_(source), file_(std::move(file)), names_(names) {
  tokens_ = lex(source_, file_, names_, errors_);
}

std::vector<SyntaxError> Parser::takeErrors() {
  std::stable_sort(errors_.begin(), errors_.end(), [](const SyntaxError& a, const SyntaxError& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  return std::move(errors_);
}

const Token& Parser::peek(size_t ahead) const {
  size_t k = pos_ + ahead;
  return k < tokens_.size() ? tokens_[k] : tokens_.back();
}

const Token& Parser::advance() {
  const Token& t = tokens_[pos_];
  if (t.kind != Tok::End) ++pos_;
  lastEnd_ = t.endOffset;
  return t;
}

bool Parser::match(Tok kind) {
  if (!check(kind)) return false;
  advance();
  return true;
}

const Token& Parser::expect(Tok kind, const char* what) {
  if (!check(kind)) {
    reportUnexpected(peek(), what);
    throw ParseAbort{};
  }
  return advance();
}

void Parser::report(const Token& at, std::string message) {
  errors_.push_back({file_, at.pos.line, at.pos.column, std::move(message)});
}

void Parser::fail(const Token& at, std::string message) {
  report(at, std::move(message));
  throw ParseAbort{};
}

void Parser::reportUnexpected(const Token& at, const char* expected) {
  // Two names one space apart: most likely a multi-word command or constant the registry does not know.
  const Token* before = pos_ > 0 ? &tokens_[pos_ - 1] : nullptr;
  if (at.kind == Tok::Name && before && before->kind == Tok::Name && before->endOffset + 1 == at.offset) {
    report(*before, "unknown name '" + before->text + " " + at.text + "' (not a known command, constant or method)");
    return;
  }
  std::string found = at.kind == Tok::Name || at.kind == Tok::Local ? "'" + at.text + "'" : describe(at.kind);
  report(at, std::string("expected ") + expected + ", found " + found);
}

void Parser::skipLine() {
  while (!check(Tok::End) && !check(Tok::Newline)) advance();
  match(Tok::Newline);
}

void Parser::skipNewlines() {
  while (match(Tok::Newline)) {
  }
}

void Parser::endOfStatement() {
  if (!atLineEnd()) {
    reportUnexpected(peek(), "end of line");
    throw ParseAbort{};
  }
  match(Tok::Newline);
}

std::unique_ptr<Module> Parser::parseModule(ModuleKind kind) {
  auto module = std::make_unique<Module>();
  module->kind = kind;
  module->file = file_;
  module->name = moduleNameFromFile(file_);
  if (kind == ModuleKind::Method)
    module->method = methodBody(module->name);
  else
    module->cls = classBody(module->name);
  return module;
}

ExprPtr Parser::parseStandaloneExpression() {
  skipNewlines();
  try {
    ExprPtr e = formulaBody();
    skipNewlines();
    if (!check(Tok::End)) fail(peek(), "unexpected " + std::string(describe(peek().kind)) + " after the expression");
    return e;
  } catch (const ParseAbort&) {
    return nullptr;
  }
}

std::string moduleNameFromFile(std::string_view fileName) {
  size_t slash = fileName.find_last_of("/\\");
  if (slash != std::string_view::npos) fileName.remove_prefix(slash + 1);
  constexpr std::string_view kExt = ".4dm";
  if (fileName.size() > kExt.size() && fileName.substr(fileName.size() - kExt.size()) == kExt)
    fileName.remove_suffix(kExt.size());
  return std::string(fileName);
}

std::unique_ptr<Module> methodRaising(std::string fileName, int code, const std::string& message) {
  const SourcePos pos{1, 1};
  auto throwExpr = std::make_unique<ThrowExpr>(pos);
  throwExpr->args.push_back(literalNumber(pos, code, true));
  throwExpr->args.push_back(literalText(pos, message));
  auto statement = std::make_unique<ExprStmt>(pos);
  statement->expr = std::move(throwExpr);

  auto module = std::make_unique<Module>();
  module->kind = ModuleKind::Method;
  module->name = moduleNameFromFile(fileName);
  module->file = std::move(fileName);
  module->method = std::make_unique<FunctionDecl>();
  module->method->name = module->name;
  module->method->pos = pos;
  module->method->body.push_back(std::move(statement));
  return module;
}

ParseResult parse(std::string_view source, std::string fileName, ModuleKind kind, const NameOracle& names) {
  Parser parser(source, std::move(fileName), names);
  ParseResult result;
  result.module = parser.parseModule(kind);
  result.errors = parser.takeErrors();
  return result;
}

ExpressionParseResult parseExpression(std::string_view source, std::string fileName, const NameOracle& names) {
  Parser parser(source, std::move(fileName), names);
  ExpressionParseResult result;
  ExprPtr expr = parser.parseStandaloneExpression();
  result.errors = parser.takeErrors();
  if (result.errors.empty()) result.expr = std::move(expr);
  return result;
}

}  // namespace fourd::lang
