// Expressions.
//
// Operator binding, as the 4D documentation states it:
// - All binary operators (arithmetic, comparison, & | ^| << >>) have ONE precedence and are applied strictly
//   left to right: 3+4*5 is 35, and $a=$b+1 is ($a=$b)+1. Only parentheses change the order.
// - The short-circuit && and || "have the same precedence as the logical operators & and |, and are evaluated
//   left to right" (Concepts/operators, Precedence): they sit in the same left-to-right chain, so
//   a || b && c is (a || b) && c.
// - The ternary `cond ? a : b` binds loosest: its condition is the whole chain on its left, each branch is a
//   full expression, and nested ternaries group to the right (a ? b : c ? d : e is a ? b : (c ? d : e)).
// - Unary minus applies to the operand right after it (its postfix expression): -$x+1 is (-$x)+1.
#include <charconv>
#include <string>
#include <unordered_map>

#include "lang/parser_impl.h"

namespace fourd::lang {

ExprPtr literalNumber(SourcePos pos, double value, bool integral) {
  auto lit = node<LiteralExpr>(pos);
  lit->literal = LiteralKind::Number;
  lit->number = value;
  lit->integral = integral;
  lit->value = fourd::Value::real(value);
  return lit;
}

ExprPtr literalText(SourcePos pos, std::string text) {
  auto lit = node<LiteralExpr>(pos);
  lit->literal = LiteralKind::Text;
  lit->value = fourd::Value::text(text);
  lit->text = std::move(text);
  return lit;
}

namespace {

ExprPtr literalBoolean(SourcePos pos, bool value) {
  auto lit = node<LiteralExpr>(pos);
  lit->literal = LiteralKind::Boolean;
  lit->boolean = value;
  lit->value = fourd::Value::boolean(value);
  return lit;
}

ExprPtr literalValue(SourcePos pos, LiteralKind kind, fourd::Value value) {
  auto lit = node<LiteralExpr>(pos);
  lit->literal = kind;
  lit->value = std::move(value);
  return lit;
}

bool binaryOperator(Tok kind, BinaryOp& op) {
  switch (kind) {
    case Tok::Plus: op = BinaryOp::Add; return true;
    case Tok::Minus: op = BinaryOp::Sub; return true;
    case Tok::Star: op = BinaryOp::Mul; return true;
    case Tok::Slash: op = BinaryOp::Div; return true;
    case Tok::Backslash: op = BinaryOp::IntDiv; return true;
    case Tok::Percent: op = BinaryOp::Mod; return true;
    case Tok::Caret: op = BinaryOp::Pow; return true;
    case Tok::Eq: op = BinaryOp::Eq; return true;
    case Tok::Hash: op = BinaryOp::Ne; return true;
    case Tok::Lt: op = BinaryOp::Lt; return true;
    case Tok::Gt: op = BinaryOp::Gt; return true;
    case Tok::Le: op = BinaryOp::Le; return true;
    case Tok::Ge: op = BinaryOp::Ge; return true;
    case Tok::Amp: op = BinaryOp::And; return true;
    case Tok::Pipe: op = BinaryOp::Or; return true;
    case Tok::CaretPipe: op = BinaryOp::Xor; return true;
    case Tok::ShiftLeft: op = BinaryOp::ShiftLeft; return true;
    case Tok::ShiftRight: op = BinaryOp::ShiftRight; return true;
    case Tok::QuestionPlus: op = BinaryOp::BitSet; return true;
    case Tok::QuestionMinus: op = BinaryOp::BitClear; return true;
    case Tok::QuestionQuestion: op = BinaryOp::BitTest; return true;
    default: return false;
  }
}

}  // namespace

ExprPtr Parser::expression() {
  NestingGuard guard(*this);
  ExprPtr cond = chain();
  if (!check(Tok::Question)) return cond;
  auto ternary = node<TernaryExpr>(advance().pos);
  ternary->cond = std::move(cond);
  ternary->ifTrue = expression();
  expect(Tok::Colon, "':' of the ternary operator");
  ternary->ifFalse = expression();
  return ternary;
}

ExprPtr Parser::chain() {
  ExprPtr lhs = unary();
  while (true) {
    BinaryOp op;
    Tok kind = peek().kind;
    if (kind == Tok::AmpAmp || kind == Tok::PipePipe) {
      auto logical = node<LogicalExpr>(advance().pos);
      logical->op = kind == Tok::AmpAmp ? LogicalOp::AndAlso : LogicalOp::OrElse;
      logical->lhs = std::move(lhs);
      logical->rhs = unary();
      lhs = std::move(logical);
    } else if (binaryOperator(kind, op)) {
      auto binary = node<BinaryExpr>(advance().pos);
      binary->op = op;
      binary->lhs = std::move(lhs);
      binary->rhs = unary();
      lhs = std::move(binary);
    } else {
      return lhs;
    }
  }
}

ExprPtr Parser::unary() {
  if (!check(Tok::Minus) && !check(Tok::Plus)) return postfix();
  NestingGuard guard(*this);
  const Token& sign = advance();
  bool negate = sign.kind == Tok::Minus;
  if (negate && check(Tok::Number)) {
    const Token& number = advance();
    return literalNumber(sign.pos, -number.number, number.integral);
  }
  auto u = node<UnaryExpr>(sign.pos);
  u->op = negate ? UnaryOp::Negate : UnaryOp::Plus;
  u->operand = unary();
  return u;
}

ExprPtr Parser::postfix() {
  ExprPtr e = primary();
  while (true) {
    if (check(Tok::Dot)) {
      SourcePos pos = advance().pos;
      e = member(std::move(e), pos, expect(Tok::Name, "a member name after '.'"));
    } else if (check(Tok::LBracket) && peek(1).kind == Tok::LBracket && peek(1).offset == peek().offset + 1) {
      auto chr = node<CharIndexExpr>(advance().pos);
      advance();
      chr->object = std::move(e);
      chr->index = expression();
      expect(Tok::RBracket, "']]'");
      expect(Tok::RBracket, "']]'");
      e = std::move(chr);
    } else if (check(Tok::LBracket)) {
      auto index = node<IndexExpr>(advance().pos);
      index->object = std::move(e);
      index->index = expression();
      expect(Tok::RBracket, "']'");
      e = std::move(index);
    } else if (check(Tok::LBrace)) {
      auto element = node<ElementExpr>(advance().pos);
      element->object = std::move(e);
      element->index = expression();
      expect(Tok::RBrace, "'}'");
      e = std::move(element);
    } else if (check(Tok::Arrow)) {
      const Token& arrow = advance();
      auto deref = node<DerefExpr>(arrow.pos);
      deref->pointer = std::move(e);
      e = std::move(deref);
      // `$ptr->value` is `($ptr->).value`: 4D's own projects write a pointed object's property so.
      if (check(Tok::Name) && peek().offset == arrow.offset + 2) e = member(std::move(e), arrow.pos, advance());
    } else if (check(Tok::LParen) && e->kind == ExprKind::Index) {
      auto call = node<CallExpr>(peek().pos);
      call->callee = std::move(e);
      call->args = arguments();
      e = std::move(call);
    } else {
      return e;
    }
  }
}

ExprPtr Parser::member(ExprPtr object, SourcePos pos, const Token& name) {
  if (check(Tok::LParen)) {
    auto call = node<MemberCallExpr>(pos);
    call->object = std::move(object);
    call->name = name.text;
    call->args = arguments();
    return call;
  }
  auto member = node<MemberExpr>(pos);
  member->object = std::move(object);
  member->name = name.text;
  return member;
}

ExprPtr Parser::primary() {
  const Token& t = peek();
  switch (t.kind) {
    case Tok::Number: {
      advance();
      return literalNumber(t.pos, t.number, t.integral);
    }
    case Tok::String: {
      advance();
      return literalText(t.pos, t.text);
    }
    case Tok::Date:
      advance();
      return literalValue(t.pos, LiteralKind::Date, fourd::Value::date(static_cast<int64_t>(t.number)));
    case Tok::Time:
      advance();
      return literalValue(t.pos, LiteralKind::Time, fourd::Value::time(static_cast<int64_t>(t.number)));
    case Tok::Local:
    case Tok::LocalIndirect:
      return localVar();
    case Tok::Interprocess: {
      advance();
      auto var = node<InterprocessVarExpr>(t.pos);
      var->name = t.text;
      var->key = t.key;
      return var;
    }
    case Tok::LParen: {
      advance();
      ExprPtr inner = expression();
      expect(Tok::RParen, "')'");
      return inner;
    }
    case Tok::LBrace:
      return objectLiteral();
    case Tok::LBracket:
      return collectionLiteral();
    case Tok::Name:
      return t.kw == Kw::None ? nameExpr() : keywordExpr();
    case Tok::Arrow:
      return pointerTo();
    default:
      reportUnexpected(t, "an expression");
      throw ParseAbort{};
  }
}

// `->` takes a variable, or one element of an array variable (`{row}{column}` in two dimensions): the pointer
// names it; it does not evaluate it.
ExprPtr Parser::pointerTo() {
  auto pointer = node<PointerToExpr>(advance().pos);
  const Token& at = peek();
  ExprPtr target = primary();
  for (int dimension = 0; dimension < 2 && check(Tok::LBrace); ++dimension) {
    auto element = node<ElementExpr>(advance().pos);
    element->object = std::move(target);
    element->index = expression();
    expect(Tok::RBrace, "'}'");
    target = std::move(element);
  }
  const Expr* variable = target.get();
  while (variable->kind == ExprKind::Element) variable = static_cast<const ElementExpr&>(*variable).object.get();
  if (variable->kind != ExprKind::LocalVar && variable->kind != ExprKind::ProcessVar &&
      variable->kind != ExprKind::InterprocessVar)
    fail(at, "'->' points to a variable or an array element");
  pointer->target = std::move(target);
  return pointer;
}

ExprPtr Parser::localVar() {
  const Token& t = advance();
  if (t.kind == Tok::LocalIndirect) {
    auto indirect = node<ParamIndirectExpr>(t.pos);
    indirect->index = expression();
    expect(Tok::RBrace, "'}'");
    return indirect;
  }
  auto var = node<LocalVarExpr>(t.pos);
  var->name = t.text;
  var->key = t.key;
  if (t.text.size() > 1 && t.text.find_first_not_of("0123456789", 1) == std::string::npos) {
    auto [end, error] = std::from_chars(t.text.data() + 1, t.text.data() + t.text.size(), var->paramIndex);
    if (error != std::errc()) report(t, "parameter number too large: " + t.text);
  }
  return var;
}

ExprPtr Parser::keywordExpr() {
  const Token& t = advance();
  switch (t.kw) {
    case Kw::True: return literalBoolean(t.pos, true);
    case Kw::False: return literalBoolean(t.pos, false);
    case Kw::Null: return literalValue(t.pos, LiteralKind::Null, fourd::Value::null());
    case Kw::This: return std::make_unique<Expr>(ExprKind::This, t.pos);
    case Kw::Cs: return std::make_unique<Expr>(ExprKind::ClassStore, t.pos);
    case Kw::FourD: return std::make_unique<Expr>(ExprKind::FourDStore, t.pos);
    case Kw::Super: {
      if (!check(Tok::LParen)) return std::make_unique<Expr>(ExprKind::Super, t.pos);
      auto call = node<SuperCallExpr>(t.pos);
      call->args = arguments();
      return call;
    }
    case Kw::Formula:
      return formula();
    case Kw::FormulaFromString: {
      auto f = node<FormulaFromStringExpr>(t.pos);
      if (!check(Tok::LParen)) fail(peek(), "expected '(' after Formula from string");
      f->args = arguments();
      if (f->args.empty()) fail(t, "Formula from string needs the formula text");
      return f;
    }
    case Kw::Throw: {
      auto throwExpr = node<ThrowExpr>(t.pos);
      if (check(Tok::LParen)) throwExpr->args = arguments();
      return throwExpr;
    }
    case Kw::Try: {
      auto tryExpr = node<TryExpr>(t.pos);
      expect(Tok::LParen, "'(' after Try");
      tryExpr->body = expression();
      expect(Tok::RParen, "')'");
      return tryExpr;
    }
    default:
      fail(t, "'" + t.text + "' cannot be used in an expression");
  }
}

ExprPtr Parser::formula() {
  SourcePos pos = tokens_[pos_ - 1].pos;
  expect(Tok::LParen, "'(' after Formula");
  auto f = node<FormulaExpr>(pos);
  uint32_t begin = peek().offset;
  f->body = formulaBody();
  f->source = std::string(source_.substr(begin, lastEnd_ - begin));
  expect(Tok::RParen, "')' closing Formula");
  return f;
}

ExprPtr Parser::formulaBody() {
  const Token& first = peek();
  ExprPtr e = expression();
  AssignOp op;
  if (!assignOperator(peek().kind, op)) return e;
  if (!isAssignable(*e)) fail(first, "cannot assign to this expression");
  advance();
  auto assign = node<AssignExpr>(first.pos);
  assign->op = op;
  assign->target = std::move(e);
  assign->value = expression();
  return assign;
}

ExprPtr Parser::nameExpr() {
  const Token& t = advance();
  if (t.key == "not" && t.tag != NameTag::Constant && check(Tok::LParen)) {
    auto u = node<UnaryExpr>(t.pos);
    u->op = UnaryOp::Not;
    ExprList args = arguments();
    if (args.size() != 1) fail(t, "Not takes one argument");
    u->operand = std::move(args.front());
    return u;
  }
  NameKind kind = t.tag == NameTag::Command    ? NameKind::Command
                  : t.tag == NameTag::Constant ? NameKind::Constant
                                               : names_.kindOf(t.key);
  switch (kind) {
    case NameKind::Command: {
      auto cmd = node<CommandExpr>(t.pos);
      cmd->name = t.text;
      cmd->key = t.key;
      cmd->number = t.tokenNumber;
      if (check(Tok::LParen)) {
        cmd->hasParens = true;
        cmd->args = arguments();
      }
      return cmd;
    }
    case NameKind::Constant: {
      auto constant = node<ConstantExpr>(t.pos);
      constant->name = t.text;
      constant->key = t.key;
      return constant;
    }
    case NameKind::Method:
    case NameKind::Unknown:
      break;
  }
  if (kind == NameKind::Method || check(Tok::LParen)) {
    auto call = node<MethodCallExpr>(t.pos);
    call->name = t.text;
    call->key = t.key;
    if (check(Tok::LParen)) {
      call->hasParens = true;
      call->args = arguments();
    }
    return call;
  }
  auto var = node<ProcessVarExpr>(t.pos);
  var->name = t.text;
  var->key = t.key;
  return var;
}

ExprList Parser::arguments() {
  expect(Tok::LParen, "'('");
  ExprList args;
  if (match(Tok::RParen)) return args;
  do {
    // A bare `*`, `>` or `<` (JSON Stringify($o; *), SORT ARRAY($a; >)) arrives as that text.
    bool bare = (check(Tok::Star) || check(Tok::Gt) || check(Tok::Lt)) &&
                (peek(1).kind == Tok::Semicolon || peek(1).kind == Tok::RParen);
    if (bare) {
      const Token& t = advance();
      args.push_back(literalText(t.pos, t.kind == Tok::Star ? "*" : t.kind == Tok::Gt ? ">" : "<"));
    } else {
      args.push_back(expression());
    }
  } while (match(Tok::Semicolon));
  expect(Tok::RParen, "';' or ')'");
  return args;
}

ExprPtr Parser::objectLiteral() {
  auto obj = node<ObjectLiteralExpr>(advance().pos);
  if (match(Tok::RBrace)) return obj;
  do {
    const Token& key = peek();
    if (key.kind != Tok::Name && key.kind != Tok::String) {
      reportUnexpected(key, "a property name");
      throw ParseAbort{};
    }
    advance();
    expect(Tok::Colon, "':' after the property name");
    ObjectLiteralEntry entry;
    entry.key = key.text;
    for (const ObjectLiteralEntry& earlier : obj->entries)
      if (earlier.key == entry.key) obj->distinctKeys = false;
    entry.pos = key.pos;
    entry.value = expression();
    obj->entries.push_back(std::move(entry));
  } while (match(Tok::Semicolon));
  expect(Tok::RBrace, "';' or '}'");
  return obj;
}

ExprPtr Parser::collectionLiteral() {
  auto col = node<CollectionLiteralExpr>(advance().pos);
  if (match(Tok::RBracket)) return col;
  do {
    col->items.push_back(expression());
  } while (match(Tok::Semicolon));
  expect(Tok::RBracket, "';' or ']'");
  return col;
}

ExprPtr Parser::assignable(const char* what) {
  const Token& at = peek();
  ExprPtr e = postfix();
  if (!isAssignable(*e)) fail(at, std::string("expected ") + what + " (a variable, property or element)");
  return e;
}

TypeRef Parser::typeRef() {
  static const std::unordered_map<std::string, TypeKind> kTypes = {
      {"text", TypeKind::Text},       {"integer", TypeKind::Integer}, {"longint", TypeKind::Integer},
      {"real", TypeKind::Real},       {"boolean", TypeKind::Boolean}, {"object", TypeKind::Object},
      {"collection", TypeKind::Collection}, {"variant", TypeKind::Variant}, {"blob", TypeKind::Blob},
      {"date", TypeKind::Date},       {"time", TypeKind::Time},       {"picture", TypeKind::Picture},
      {"pointer", TypeKind::Pointer},
  };
  const Token& t = peek();
  TypeRef type;
  if (t.kind == Tok::Name && (t.kw == Kw::FourD || t.kw == Kw::Cs)) {
    advance();
    expect(Tok::Dot, "'.' after the class store");
    type.kind = TypeKind::ClassRef;
    type.classNamespace = t.kw == Kw::FourD ? "4D" : "cs";
    type.className = expect(Tok::Name, "a class name").text;
    return type;
  }
  auto it = t.kind == Tok::Name ? kTypes.find(t.key) : kTypes.end();
  if (it == kTypes.end()) {
    reportUnexpected(t, "a type");
    throw ParseAbort{};
  }
  advance();
  type.kind = it->second;
  return type;
}

}  // namespace fourd::lang
