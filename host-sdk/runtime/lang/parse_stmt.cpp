// Statements and blocks. One statement per line; a block runs until a line that starts with one of its
// closers (End if, Else, `:`...), or with a closer of an enclosing block, which then reports the missing end.
#include <unordered_map>

#include "lang/keywords.h"
#include "lang/parser_impl.h"

namespace fourd::lang {
namespace {

// C_TEXT(...) and friends: the legacy declaration commands.
const std::unordered_map<std::string, TypeKind> kLegacy = {
      {"c_text", TypeKind::Text},       {"c_longint", TypeKind::Integer}, {"c_integer", TypeKind::Integer},
      {"c_real", TypeKind::Real},       {"c_boolean", TypeKind::Boolean}, {"c_object", TypeKind::Object},
      {"c_collection", TypeKind::Collection}, {"c_variant", TypeKind::Variant}, {"c_blob", TypeKind::Blob},
      {"c_date", TypeKind::Date},       {"c_time", TypeKind::Time},       {"c_picture", TypeKind::Picture},
      {"c_pointer", TypeKind::Pointer},
      {"_o_c_integer", TypeKind::Integer},  // the obsolete C_INTEGER, as 4D now names it
};

bool legacyDeclarationType(const std::string& key, TypeKind& type) {
  auto it = kLegacy.find(key);
  if (it == kLegacy.end()) return false;
  type = it->second;
  return true;
}

}  // namespace

std::vector<std::string> languageCommandNames() {
  std::vector<std::string> names = keywordNames();
  names.emplace_back("not");  // Not(...) is an operator (see Parser::nameExpr)
  for (const auto& [name, type] : kLegacy)
    if (type != TypeKind::Picture) names.push_back(name);  // the host has no pictures to declare
  return names;
}

bool Parser::atClassMemberStart() const {
  size_t k = 0;
  while (isQualifier(peek(k))) ++k;
  const Token& t = peek(k);
  if (t.kind != Tok::Name) return false;
  if (t.kw == Kw::Function || t.kw == Kw::ClassConstructor) return true;
  return k == 0 && (t.kw == Kw::ClassExtends || t.kw == Kw::Property);
}

uint32_t Parser::closerAtLineStart() const {
  const Token& t = peek();
  if (t.kind == Tok::Colon) return kCloseCaseBranch;
  if (t.kind != Tok::Name) return 0;
  switch (t.kw) {
    case Kw::Else: return kCloseElse;
    case Kw::EndIf: return kCloseEndIf;
    case Kw::EndCase: return kCloseEndCase;
    case Kw::EndWhile: return kCloseEndWhile;
    case Kw::Until: return kCloseUntil;
    case Kw::EndFor: return kCloseEndFor;
    case Kw::EndForEach: return kCloseEndForEach;
    case Kw::EndUse: return kCloseEndUse;
    case Kw::Catch: return kCloseCatch;
    case Kw::EndTry: return kCloseEndTry;
    default: return atClassMemberStart() ? kCloseClassMember : 0;
  }
}

Block Parser::block(uint32_t closers) {
  Block out;
  uint32_t outer = enclosing_;
  enclosing_ |= closers;
  while (true) {
    skipNewlines();
    if (check(Tok::End)) break;
    uint32_t closer = closerAtLineStart();
    if (closer & (closers | outer)) break;
    if (closer) {
      report(peek(), "unexpected '" + peek().text + "'");
      skipLine();
      continue;
    }
    try {
      out.push_back(statement());
    } catch (const ParseAbort&) {
      skipLine();
    }
  }
  enclosing_ = outer;
  return out;
}

void Parser::closeWith(Kw kw, const char* name, const char* opener, SourcePos openedAt) {
  if (!checkKw(kw)) {
    report(peek(), std::string("expected ") + name + " to close the " + opener + " at line " +
                       std::to_string(openedAt.line));
    return;
  }
  advance();
  header([&] { endOfStatement(); });
}

StmtPtr Parser::statement() {
  NestingGuard guard(*this);
  const Token& t = peek();
  if (t.kind == Tok::Declare) fail(t, "#DECLARE must be the first line of a method");
  if (t.kind != Tok::Name) return simpleStatement();
  switch (t.kw) {
    case Kw::If: return ifStatement();
    case Kw::CaseOf: return caseStatement();
    case Kw::While: return whileStatement();
    case Kw::Repeat: return repeatStatement();
    case Kw::For: return forStatement();
    case Kw::ForEach: return forEachStatement();
    case Kw::Use: return useStatement();
    case Kw::Try: return peek(1).kind == Tok::LParen ? simpleStatement() : tryStatement();
    case Kw::Var: return varStatement();
    case Kw::Return: return returnStatement();
    case Kw::Throw: return throwStatement();
    case Kw::Break:
    case Kw::Continue: {
      advance();
      endOfStatement();
      return std::make_unique<Stmt>(t.kw == Kw::Break ? StmtKind::Break : StmtKind::Continue, t.pos);
    }
    case Kw::Function:
    case Kw::ClassConstructor:
    case Kw::ClassExtends:
    case Kw::Property:
      fail(t, "'" + t.text + "' belongs in a class file");
    default: {
      TypeKind legacy;
      if (t.kw == Kw::None && legacyDeclarationType(t.key, legacy)) return legacyDeclaration(legacy);
      return simpleStatement();
    }
  }
}

StmtPtr Parser::simpleStatement() {
  const Token& first = peek();
  ExprPtr e = expression();
  AssignOp op;
  if (assignOperator(peek().kind, op)) {
    if (!isAssignable(*e)) fail(first, "cannot assign to this expression");
    auto assign = node<AssignStmt>(first.pos);
    advance();
    assign->op = op;
    assign->target = std::move(e);
    assign->value = expression();
    endOfStatement();
    return assign;
  }
  endOfStatement();
  if (e->kind == ExprKind::ProcessVar) {
    // A bare unknown name on its own line can only be a call of a method that does not exist; say so where
    // the evaluator resolves methods rather than silently reading a variable.
    auto& var = static_cast<ProcessVarExpr&>(*e);
    auto call = node<MethodCallExpr>(var.pos);
    call->name = var.name;
    call->key = var.key;
    e = std::move(call);
  }
  auto stmt = node<ExprStmt>(first.pos);
  stmt->expr = std::move(e);
  return stmt;
}

StmtPtr Parser::ifStatement() {
  auto s = node<IfStmt>(advance().pos);
  header([&] {
    s->cond = expression();
    endOfStatement();
  });
  s->thenBody = block(kCloseElse | kCloseEndIf);
  if (checkKw(Kw::Else)) {
    advance();
    header([&] { endOfStatement(); });
    s->elseBody = block(kCloseEndIf);
  }
  closeWith(Kw::EndIf, "End if", "If", s->pos);
  return s;
}

StmtPtr Parser::caseStatement() {
  auto s = node<CaseStmt>(advance().pos);
  header([&] { endOfStatement(); });
  uint32_t outer = enclosing_;
  while (true) {
    skipNewlines();
    if (check(Tok::Colon)) {
      CaseBranch branch;
      branch.pos = advance().pos;
      header([&] {
        branch.cond = expression();
        endOfStatement();
      });
      branch.body = block(kCloseCaseBranch | kCloseElse | kCloseEndCase);
      s->branches.push_back(std::move(branch));
    } else if (checkKw(Kw::Else)) {
      advance();
      header([&] { endOfStatement(); });
      s->elseBody = block(kCloseEndCase);
      break;
    } else if (checkKw(Kw::EndCase) || check(Tok::End) || (closerAtLineStart() & outer)) {
      break;
    } else {
      reportUnexpected(peek(), "a ': (condition)' branch, Else or End case");
      skipLine();
    }
  }
  closeWith(Kw::EndCase, "End case", "Case of", s->pos);
  return s;
}

StmtPtr Parser::whileStatement() {
  auto s = node<WhileStmt>(advance().pos);
  header([&] {
    s->cond = expression();
    endOfStatement();
  });
  s->body = block(kCloseEndWhile);
  closeWith(Kw::EndWhile, "End while", "While", s->pos);
  return s;
}

StmtPtr Parser::repeatStatement() {
  auto s = node<RepeatStmt>(advance().pos);
  header([&] { endOfStatement(); });
  s->body = block(kCloseUntil);
  if (!checkKw(Kw::Until)) {
    report(peek(), "expected Until to close the Repeat at line " + std::to_string(s->pos.line));
    return s;
  }
  advance();
  header([&] {
    s->until = expression();
    endOfStatement();
  });
  return s;
}

StmtPtr Parser::forStatement() {
  auto s = node<ForStmt>(advance().pos);
  header([&] {
    expect(Tok::LParen, "'(' after For");
    s->counter = assignable("the loop counter");
    expect(Tok::Semicolon, "';'");
    s->start = expression();
    expect(Tok::Semicolon, "';'");
    s->end = expression();
    if (match(Tok::Semicolon)) s->step = expression();
    expect(Tok::RParen, "')'");
    endOfStatement();
  });
  s->body = block(kCloseEndFor);
  closeWith(Kw::EndFor, "End for", "For", s->pos);
  return s;
}

StmtPtr Parser::forEachStatement() {
  auto s = node<ForEachStmt>(advance().pos);
  header([&] {
    expect(Tok::LParen, "'(' after For each");
    s->item = assignable("the loop item");
    expect(Tok::Semicolon, "';'");
    s->source = expression();
    if (match(Tok::Semicolon)) {
      s->begin = expression();
      if (match(Tok::Semicolon)) s->end = expression();
    }
    expect(Tok::RParen, "')'");
    if (checkKw(Kw::Until) || checkKw(Kw::While)) {
      s->guard = advance().kw == Kw::Until ? LoopGuard::Until : LoopGuard::While;
      s->guardCond = expression();
    }
    endOfStatement();
  });
  s->body = block(kCloseEndForEach);
  closeWith(Kw::EndForEach, "End for each", "For each", s->pos);
  return s;
}

StmtPtr Parser::useStatement() {
  auto s = node<UseStmt>(advance().pos);
  header([&] {
    s->object = expression();
    endOfStatement();
  });
  s->body = block(kCloseEndUse);
  closeWith(Kw::EndUse, "End use", "Use", s->pos);
  return s;
}

StmtPtr Parser::tryStatement() {
  auto s = node<TryStmt>(advance().pos);
  header([&] { endOfStatement(); });
  s->body = block(kCloseCatch | kCloseEndTry);
  if (checkKw(Kw::Catch)) {
    advance();
    header([&] { endOfStatement(); });
    s->hasCatch = true;
    s->catchBody = block(kCloseEndTry);
  }
  closeWith(Kw::EndTry, "End try", "Try", s->pos);
  return s;
}

ExprPtr Parser::declaredVariable() {
  const Token& t = peek();
  if (t.kind == Tok::Local) return localVar();
  // `var ${2} : Text` types the parameters from the second on, as C_TEXT(${2}) does (4d/4D-Labels declares so).
  if (t.kind == Tok::LocalIndirect) return primary();
  if (t.kind == Tok::Interprocess || (t.kind == Tok::Name && t.kw == Kw::None)) {
    advance();
    if (t.kind == Tok::Interprocess) {
      auto var = node<InterprocessVarExpr>(t.pos);
      var->name = t.text;
      var->key = t.key;
      return var;
    }
    auto var = node<ProcessVarExpr>(t.pos);
    var->name = t.text;
    var->key = t.key;
    return var;
  }
  reportUnexpected(t, "a variable name");
  throw ParseAbort{};
}

StmtPtr Parser::varStatement() {
  auto s = node<VarDeclStmt>(advance().pos);
  do {
    s->targets.push_back(declaredVariable());
  } while (match(Tok::Semicolon));
  if (match(Tok::Colon)) s->type = typeRef();
  if (check(Tok::Assign)) {
    if (s->targets.size() != 1) fail(peek(), "only a single variable can be initialised in its declaration");
    advance();
    s->init = expression();
  }
  endOfStatement();
  return s;
}

StmtPtr Parser::legacyDeclaration(TypeKind type) {
  auto s = node<VarDeclStmt>(advance().pos);
  s->legacy = true;
  s->type.kind = type;
  expect(Tok::LParen, "'('");
  do {
    // C_TEXT(${2}) types every parameter from the second on.
    s->targets.push_back(check(Tok::LocalIndirect) ? localVar() : declaredVariable());
  } while (match(Tok::Semicolon));
  expect(Tok::RParen, "';' or ')'");
  endOfStatement();
  return s;
}

StmtPtr Parser::returnStatement() {
  auto s = node<ReturnStmt>(advance().pos);
  if (!atLineEnd()) s->value = expression();
  endOfStatement();
  return s;
}

StmtPtr Parser::throwStatement() {
  auto s = node<ThrowStmt>(advance().pos);
  if (check(Tok::LParen)) s->args = arguments();
  endOfStatement();
  return s;
}

}  // namespace fourd::lang
