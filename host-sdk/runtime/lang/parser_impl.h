// The recursive-descent parser shared by parser.cpp (token access, entry points), parse_expr.cpp,
// parse_stmt.cpp and parse_module.cpp. Private to the front end.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/name_oracle.h"
#include "lang/syntax_error.h"
#include "lang/token.h"

namespace fourd::lang {

// Thrown after an error has been recorded; caught at the statement (or statement header) that can resume.
struct ParseAbort {};

// Line-leading tokens that end a block, as bits. A block stops at its own closers and at those of every
// enclosing block (the construct in between then reports its missing end).
constexpr uint32_t kCloseElse = 1u << 0;
constexpr uint32_t kCloseEndIf = 1u << 1;
constexpr uint32_t kCloseCaseBranch = 1u << 2;  // a `: (cond)` line
constexpr uint32_t kCloseEndCase = 1u << 3;
constexpr uint32_t kCloseEndWhile = 1u << 4;
constexpr uint32_t kCloseUntil = 1u << 5;
constexpr uint32_t kCloseEndFor = 1u << 6;
constexpr uint32_t kCloseEndForEach = 1u << 7;
constexpr uint32_t kCloseEndUse = 1u << 8;
constexpr uint32_t kCloseCatch = 1u << 9;
constexpr uint32_t kCloseEndTry = 1u << 10;
constexpr uint32_t kCloseClassMember = 1u << 11;  // Function, Class constructor, property, ... in a class file

template <class T>
std::unique_ptr<T> node(SourcePos pos) {
  return std::make_unique<T>(pos);
}

// Literal nodes with their ready value (parse_expr.cpp).
ExprPtr literalNumber(SourcePos pos, double value, bool integral);
ExprPtr literalText(SourcePos pos, std::string text);

// `shared`, `singleton`, `local`, `exposed` before Function / Class constructor.
inline bool isQualifier(const Token& t) {
  return t.kind == Tok::Name && t.kw == Kw::None &&
         (t.key == "shared" || t.key == "singleton" || t.key == "local" || t.key == "exposed");
}

inline bool assignOperator(Tok kind, AssignOp& op) {
  switch (kind) {
    case Tok::Assign: op = AssignOp::Set; return true;
    case Tok::AddAssign: op = AssignOp::Add; return true;
    case Tok::SubAssign: op = AssignOp::Sub; return true;
    case Tok::MulAssign: op = AssignOp::Mul; return true;
    case Tok::DivAssign: op = AssignOp::Div; return true;
    default: return false;
  }
}

// What `:=`, For and For each may write to.
inline bool isAssignable(const Expr& e) {
  switch (e.kind) {
    case ExprKind::LocalVar:
    case ExprKind::ParamIndirect:
    case ExprKind::ProcessVar:
    case ExprKind::InterprocessVar:
    case ExprKind::Member:
    case ExprKind::Index:
    case ExprKind::CharIndex:
    case ExprKind::Element:
    case ExprKind::Deref:
      return true;
    default:
      return false;
  }
}

class Parser {
 public:
  Parser(std::string_view source, std::string file, const NameOracle& names);

  std::unique_ptr<Module> parseModule(ModuleKind kind);
  ExprPtr parseStandaloneExpression();
  // Lexer and parser errors, in source order.
  std::vector<SyntaxError> takeErrors();

 private:
  // ---- tokens (parser.cpp)
  const Token& peek(size_t ahead = 0) const;
  const Token& advance();
  bool check(Tok kind) const { return peek().kind == kind; }
  bool checkKw(Kw kw) const { return peek().kind == Tok::Name && peek().kw == kw; }
  bool match(Tok kind);
  const Token& expect(Tok kind, const char* what);
  bool atLineEnd() const { return check(Tok::Newline) || check(Tok::End); }
  [[noreturn]] void fail(const Token& at, std::string message);
  void report(const Token& at, std::string message);
  void reportUnexpected(const Token& at, const char* expected);
  void skipLine();
  void skipNewlines();
  void endOfStatement();
  // Runs `part` (a statement header); on a syntax error skips the rest of the line and carries on.
  // Deeply nested input must end in a syntax error, not a stack overflow; 4D itself stops at 512 levels.
  static constexpr int kMaxNesting = 512;
  class NestingGuard {
   public:
    explicit NestingGuard(Parser& p) : p_(p) {
      if (++p_.depth_ > kMaxNesting) {
        --p_.depth_;
        p_.fail(p_.peek(), "nesting too deep");
      }
    }
    ~NestingGuard() { --p_.depth_; }
    NestingGuard(const NestingGuard&) = delete;
    NestingGuard& operator=(const NestingGuard&) = delete;

   private:
    Parser& p_;
  };

  template <class F>
  void header(F&& part) {
    try {
      part();
    } catch (const ParseAbort&) {
      skipLine();
    }
  }

  // ---- expressions (parse_expr.cpp)
  ExprPtr expression();
  ExprPtr chain();
  ExprPtr unary();
  ExprPtr postfix();
  // object.name or object.name(args), at `pos`.
  ExprPtr member(ExprPtr object, SourcePos pos, const Token& name);
  ExprPtr primary();
  ExprPtr keywordExpr();
  ExprPtr nameExpr();
  ExprPtr localVar();
  ExprPtr pointerTo();
  ExprPtr objectLiteral();
  ExprPtr collectionLiteral();
  ExprPtr formula();
  ExprPtr formulaBody();  // an expression, or an assignment whose value is the assigned value
  ExprList arguments();  // `( a; b )`, current token is `(`
  ExprPtr assignable(const char* what);
  TypeRef typeRef();

  // ---- statements (parse_stmt.cpp)
  Block block(uint32_t closers);
  uint32_t closerAtLineStart() const;
  bool atClassMemberStart() const;
  void closeWith(Kw kw, const char* name, const char* opener, SourcePos openedAt);
  StmtPtr statement();
  StmtPtr simpleStatement();
  StmtPtr ifStatement();
  StmtPtr caseStatement();
  StmtPtr whileStatement();
  StmtPtr repeatStatement();
  StmtPtr forStatement();
  StmtPtr forEachStatement();
  StmtPtr useStatement();
  StmtPtr tryStatement();
  StmtPtr varStatement();
  StmtPtr legacyDeclaration(TypeKind type);
  StmtPtr returnStatement();
  StmtPtr throwStatement();
  ExprPtr declaredVariable();

  // ---- modules (parse_module.cpp)
  std::unique_ptr<FunctionDecl> methodBody(const std::string& name);
  std::unique_ptr<ClassDecl> classBody(const std::string& name);
  void parameterList(FunctionDecl& fn);
  void variadicParameters(FunctionDecl& fn);
  void resultSpec(FunctionDecl& fn);
  void classExtends(ClassDecl& cls);
  void classFunction(FunctionDecl& fn);
  void propertyDeclaration(ClassDecl& cls);

  std::string_view source_;
  std::string file_;
  const NameOracle& names_;
  std::vector<SyntaxError> errors_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  uint32_t lastEnd_ = 0;     // end offset of the last consumed token
  uint32_t enclosing_ = 0;   // closers of the blocks being parsed
  int depth_ = 0;            // nesting of statements and expressions being parsed
};

}  // namespace fourd::lang
