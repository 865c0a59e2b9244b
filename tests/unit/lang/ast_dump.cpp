#include "ast_dump.h"

#include <cstdio>

#include "values/value_ops.h"

namespace fourd::lang::test {
namespace {

const char* binaryName(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/";
    case BinaryOp::IntDiv: return "\\";
    case BinaryOp::Mod: return "%";
    case BinaryOp::Pow: return "^";
    case BinaryOp::Eq: return "=";
    case BinaryOp::Ne: return "#";
    case BinaryOp::Lt: return "<";
    case BinaryOp::Gt: return ">";
    case BinaryOp::Le: return "<=";
    case BinaryOp::Ge: return ">=";
    case BinaryOp::And: return "&";
    case BinaryOp::Or: return "|";
    case BinaryOp::Xor: return "^|";
    case BinaryOp::ShiftLeft: return "<<";
    case BinaryOp::ShiftRight: return ">>";
    case BinaryOp::BitSet: return "?+";
    case BinaryOp::BitClear: return "?-";
    case BinaryOp::BitTest: return "?" "?";  // split: a trigraph otherwise
  }
  return "?";
}

const char* assignName(AssignOp op) {
  switch (op) {
    case AssignOp::Set: return ":=";
    case AssignOp::Add: return "+=";
    case AssignOp::Sub: return "-=";
    case AssignOp::Mul: return "*=";
    case AssignOp::Div: return "/=";
  }
  return "?";
}

std::string list(const ExprList& items) {
  std::string out;
  for (const auto& e : items) out += " " + dump(e.get());
  return out;
}

std::string opt(const ExprPtr& e) { return e ? dump(e.get()) : "_"; }

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string type(const TypeRef& t) {
  switch (t.kind) {
    case TypeKind::None: return "";
    case TypeKind::Text: return " :Text";
    case TypeKind::Integer: return " :Integer";
    case TypeKind::Real: return " :Real";
    case TypeKind::Boolean: return " :Boolean";
    case TypeKind::Object: return " :Object";
    case TypeKind::Collection: return " :Collection";
    case TypeKind::Variant: return " :Variant";
    case TypeKind::Blob: return " :Blob";
    case TypeKind::Date: return " :Date";
    case TypeKind::Time: return " :Time";
    case TypeKind::Picture: return " :Picture";
    case TypeKind::Pointer: return " :Pointer";
    case TypeKind::ClassRef: return " :" + t.classNamespace + "." + t.className;
  }
  return " :?";
}

}  // namespace

std::string dump(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Literal: {
      auto& l = static_cast<const LiteralExpr&>(*e);
      switch (l.literal) {
        case LiteralKind::Number: return number(l.number);
        case LiteralKind::Text: return "\"" + l.text + "\"";
        case LiteralKind::Boolean: return l.boolean ? "true" : "false";
        case LiteralKind::Null: return "null";
        case LiteralKind::Date:
        case LiteralKind::Time: return fourd::toText(l.value);
      }
      return "?";
    }
    case ExprKind::LocalVar: return static_cast<const LocalVarExpr&>(*e).name;
    case ExprKind::ParamIndirect: return "${" + dump(static_cast<const ParamIndirectExpr&>(*e).index.get()) + "}";
    case ExprKind::ProcessVar: return "pv:" + static_cast<const ProcessVarExpr&>(*e).name;
    case ExprKind::InterprocessVar: return "<>" + static_cast<const InterprocessVarExpr&>(*e).name;
    case ExprKind::This: return "this";
    case ExprKind::Super: return "super";
    case ExprKind::ClassStore: return "cs";
    case ExprKind::FourDStore: return "4D";
    case ExprKind::Member: {
      auto& m = static_cast<const MemberExpr&>(*e);
      return "(. " + dump(m.object.get()) + " " + m.name + ")";
    }
    case ExprKind::Index: {
      auto& i = static_cast<const IndexExpr&>(*e);
      return "([] " + dump(i.object.get()) + " " + dump(i.index.get()) + ")";
    }
    case ExprKind::CharIndex: {
      auto& c = static_cast<const CharIndexExpr&>(*e);
      return "([[]] " + dump(c.object.get()) + " " + dump(c.index.get()) + ")";
    }
    case ExprKind::Element: {
      auto& el = static_cast<const ElementExpr&>(*e);
      return "({} " + dump(el.object.get()) + " " + dump(el.index.get()) + ")";
    }
    case ExprKind::PointerTo: return "(-> " + dump(static_cast<const PointerToExpr&>(*e).target.get()) + ")";
    case ExprKind::Deref: return "(->deref " + dump(static_cast<const DerefExpr&>(*e).pointer.get()) + ")";
    case ExprKind::MemberCall: {
      auto& c = static_cast<const MemberCallExpr&>(*e);
      return "(.call " + dump(c.object.get()) + " " + c.name + list(c.args) + ")";
    }
    case ExprKind::Call: {
      auto& c = static_cast<const CallExpr&>(*e);
      return "(call " + dump(c.callee.get()) + list(c.args) + ")";
    }
    case ExprKind::Command: {
      auto& c = static_cast<const CommandExpr&>(*e);
      return "(cmd " + c.key + (c.hasParens ? "()" : "") + list(c.args) + ")";
    }
    case ExprKind::Constant: return "(const " + static_cast<const ConstantExpr&>(*e).key + ")";
    case ExprKind::MethodCall: {
      auto& c = static_cast<const MethodCallExpr&>(*e);
      return "(method " + c.key + (c.hasParens ? "()" : "") + list(c.args) + ")";
    }
    case ExprKind::SuperCall: return "(super()" + list(static_cast<const SuperCallExpr&>(*e).args) + ")";
    case ExprKind::Unary: {
      auto& u = static_cast<const UnaryExpr&>(*e);
      const char* op = u.op == UnaryOp::Negate ? "neg" : u.op == UnaryOp::Not ? "not" : "plus";
      return std::string("(") + op + " " + dump(u.operand.get()) + ")";
    }
    case ExprKind::Binary: {
      auto& b = static_cast<const BinaryExpr&>(*e);
      return std::string("(") + binaryName(b.op) + " " + dump(b.lhs.get()) + " " + dump(b.rhs.get()) + ")";
    }
    case ExprKind::Logical: {
      auto& l = static_cast<const LogicalExpr&>(*e);
      return std::string(l.op == LogicalOp::AndAlso ? "(&& " : "(|| ") + dump(l.lhs.get()) + " " + dump(l.rhs.get()) +
             ")";
    }
    case ExprKind::Ternary: {
      auto& t = static_cast<const TernaryExpr&>(*e);
      return "(? " + dump(t.cond.get()) + " " + dump(t.ifTrue.get()) + " " + dump(t.ifFalse.get()) + ")";
    }
    case ExprKind::ObjectLiteral: {
      std::string out = "{";
      for (const auto& entry : static_cast<const ObjectLiteralExpr&>(*e).entries)
        out += (out.size() > 1 ? "; " : "") + entry.key + ": " + dump(entry.value.get());
      return out + "}";
    }
    case ExprKind::CollectionLiteral: {
      std::string out = "[";
      for (const auto& item : static_cast<const CollectionLiteralExpr&>(*e).items)
        out += (out.size() > 1 ? "; " : "") + dump(item.get());
      return out + "]";
    }
    case ExprKind::Formula: return "(formula " + dump(static_cast<const FormulaExpr&>(*e).body.get()) + ")";
    case ExprKind::FormulaFromString:
      return "(formula-from-string" + list(static_cast<const FormulaFromStringExpr&>(*e).args) + ")";
    case ExprKind::Try: return "(try " + dump(static_cast<const TryExpr&>(*e).body.get()) + ")";
    case ExprKind::Throw: return "(throw" + list(static_cast<const ThrowExpr&>(*e).args) + ")";
    case ExprKind::Assign: {
      auto& a = static_cast<const AssignExpr&>(*e);
      return std::string("(") + assignName(a.op) + " " + dump(a.target.get()) + " " + dump(a.value.get()) + ")";
    }
  }
  return "?";
}

std::string dump(const Block& b) {
  std::string out;
  for (const auto& s : b) out += (out.empty() ? "" : " ") + dump(s.get());
  return out;
}

std::string dump(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Expression: return dump(static_cast<const ExprStmt&>(*s).expr.get());
    case StmtKind::Assign: {
      auto& a = static_cast<const AssignStmt&>(*s);
      return std::string("(") + assignName(a.op) + " " + dump(a.target.get()) + " " + dump(a.value.get()) + ")";
    }
    case StmtKind::VarDecl: {
      auto& v = static_cast<const VarDeclStmt&>(*s);
      return std::string(v.legacy ? "(C_" : "(var") + list(v.targets) + type(v.type) +
             (v.init ? " := " + dump(v.init.get()) : "") + ")";
    }
    case StmtKind::If: {
      auto& i = static_cast<const IfStmt&>(*s);
      return "(if " + opt(i.cond) + " [" + dump(i.thenBody) + "] [" + dump(i.elseBody) + "])";
    }
    case StmtKind::Case: {
      auto& c = static_cast<const CaseStmt&>(*s);
      std::string out = "(case";
      for (const auto& b : c.branches) out += " (: " + opt(b.cond) + " [" + dump(b.body) + "])";
      return out + " [" + dump(c.elseBody) + "])";
    }
    case StmtKind::While: {
      auto& w = static_cast<const WhileStmt&>(*s);
      return "(while " + opt(w.cond) + " [" + dump(w.body) + "])";
    }
    case StmtKind::Repeat: {
      auto& r = static_cast<const RepeatStmt&>(*s);
      return "(repeat [" + dump(r.body) + "] " + opt(r.until) + ")";
    }
    case StmtKind::For: {
      auto& f = static_cast<const ForStmt&>(*s);
      return "(for " + opt(f.counter) + " " + opt(f.start) + " " + opt(f.end) + " " + opt(f.step) + " [" +
             dump(f.body) + "])";
    }
    case StmtKind::ForEach: {
      auto& f = static_cast<const ForEachStmt&>(*s);
      std::string guard = f.guard == LoopGuard::Until   ? " until " + opt(f.guardCond)
                          : f.guard == LoopGuard::While ? " while " + opt(f.guardCond)
                                                        : "";
      return "(foreach " + opt(f.item) + " " + opt(f.source) + " " + opt(f.begin) + " " + opt(f.end) + guard +
             " [" + dump(f.body) + "])";
    }
    case StmtKind::Break: return "(break)";
    case StmtKind::Continue: return "(continue)";
    case StmtKind::Return: {
      auto& r = static_cast<const ReturnStmt&>(*s);
      return r.value ? "(return " + dump(r.value.get()) + ")" : "(return)";
    }
    case StmtKind::Try: {
      auto& t = static_cast<const TryStmt&>(*s);
      return "(try [" + dump(t.body) + "]" + (t.hasCatch ? " catch [" + dump(t.catchBody) + "]" : "") + ")";
    }
    case StmtKind::Use: {
      auto& u = static_cast<const UseStmt&>(*s);
      return "(use " + opt(u.object) + " [" + dump(u.body) + "])";
    }
    case StmtKind::Throw: return "(throw" + list(static_cast<const ThrowStmt&>(*s).args) + ")";
  }
  return "?";
}

}  // namespace fourd::lang::test
