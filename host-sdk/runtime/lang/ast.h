// The syntax tree of the 4D-like language, as the parser builds it and the evaluator walks it.
//
// Shape: every node has a one-byte kind tag and a source position; the evaluator switches on the tag and
// static_casts to the concrete struct (no virtual dispatch on the hot path; the virtual destructor exists only
// so that unique_ptr<Expr>/<Stmt> frees the right type). Children are owned through unique_ptr.
//
// What the parser settles: literals are pre-parsed (numbers as double plus a ready Value, text unescaped);
// names 4D treats case-insensitively (commands, constants, keywords, variables, methods) carry a normalised
// lowercase `key` beside the spelling; member names (case-sensitive in 4D) keep their exact spelling; a bare name
// is classified as command, constant, project method or process variable once, at parse time.
//
// What the resolver fills (fields marked "resolver"): local slots, command/method/constant bindings, member
// caches. It runs once per module before any process executes it; after that the tree is read-only and may be
// walked by several worker threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "values/class_def.h"
#include "values/value.h"

namespace fourd {
struct CommandDef;
struct MethodEntry;
}

namespace fourd::lang {

struct SourcePos {
  int32_t line = 0;    // 1-based
  int32_t column = 0;  // 1-based, in bytes
};

// ---------------------------------------------------------------------------------------------------- types

enum class TypeKind : uint8_t {
  None,  // no type written (`var $x`, untyped parameter): Variant semantics
  Text,
  Integer,  // `Integer`, `C_LONGINT`
  Real,
  Boolean,
  Object,
  Collection,
  Variant,
  Blob,  // `Blob` / `C_BLOB` (4D's legacy blob); 4D.Blob is a ClassRef
  Date,
  Time,
  Picture,
  Pointer,
  ClassRef,  // `4D.Name` or `cs.Name`: see TypeRef::classNamespace / className
};

struct TypeRef {
  TypeKind kind = TypeKind::None;
  std::string classNamespace;  // "4D" or "cs" when kind == ClassRef
  std::string className;       // case-sensitive, e.g. "WebSocketConnection"
};

// ---------------------------------------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  Literal,           // LiteralExpr
  LocalVar,          // LocalVarExpr: $name, $1 (legacy parameter)
  ParamIndirect,     // ParamIndirectExpr: ${expr}
  ProcessVar,        // ProcessVarExpr: bare name not known as command/constant/method
  InterprocessVar,   // InterprocessVarExpr: <>name
  This,              // Expr
  Super,             // Expr: `Super` used as an object (`Super.fn(...)`)
  ClassStore,        // Expr: `cs`
  FourDStore,        // Expr: `4D`
  Member,            // MemberExpr: obj.name
  Index,             // IndexExpr: obj[expr] (collection index or object key)
  MemberCall,        // MemberCallExpr: obj.name(args)
  Call,              // CallExpr: callee(args) where callee is not a member (e.g. $o["f"](1))
  Command,           // CommandExpr: built-in/plugin command, with or without arguments
  Constant,          // ConstantExpr: `Is text`, `Is text:K8:3`
  MethodCall,        // MethodCallExpr: project method, with or without arguments
  SuperCall,         // SuperCallExpr: Super(args) (calls the superclass constructor)
  Unary,             // UnaryExpr
  Binary,            // BinaryExpr: arithmetic, comparison and the non-short-circuit & |
  Logical,           // LogicalExpr: short-circuit && ||
  Ternary,           // TernaryExpr: cond ? a : b
  ObjectLiteral,     // ObjectLiteralExpr: {a: 1; "b c": 2}
  CollectionLiteral, // CollectionLiteralExpr: [1; 2]
  Formula,           // FormulaExpr: Formula(expr)
  FormulaFromString, // FormulaFromStringExpr: Formula from string(text)
  Try,               // TryExpr: Try(expr)
  Assign,            // AssignExpr: only as the body of a formula (Formula(x:=1), Formula from string("x:=1"))
  Throw,             // ThrowExpr: throw(...) inside an expression (Formula(throw(1; "x"))); its value is Undefined
  CharIndex,         // CharIndexExpr: $text[[i]] (4D's character reference, 1-based; assignable)
  Element,           // ElementExpr: $array{n}, $blob{i} (assignable)
  PointerTo,         // PointerToExpr: ->variable, ->$array{n}
  Deref,             // DerefExpr: $pointer-> (assignable)
};

struct Expr {
  explicit Expr(ExprKind k, SourcePos p) : kind(k), pos(p) {}
  virtual ~Expr() = default;
  ExprKind kind;
  SourcePos pos;
};
using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

enum class LiteralKind : uint8_t { Number, Text, Boolean, Null, Date, Time };

struct LiteralExpr : Expr {
  explicit LiteralExpr(SourcePos p) : Expr(ExprKind::Literal, p) {}
  LiteralKind literal = LiteralKind::Null;
  double number = 0;       // Number
  bool integral = false;   // Number written without fraction/exponent and fitting in int32 (fast paths)
  bool boolean = false;    // Boolean
  std::string text;        // Text, unescaped
  fourd::Value value;      // the ready value (numbers are Real, as in 4D; a Date or a Time literal has only
                           // this); shared, never mutated
};

struct LocalVarExpr : Expr {
  explicit LocalVarExpr(SourcePos p) : Expr(ExprKind::LocalVar, p) {}
  std::string name;         // as written, with the `$`: "$myVar", "$1"
  std::string key;          // lowercase: "$myvar"
  int32_t paramIndex = -1;  // N for legacy $N (0 = result); -1 otherwise
  int32_t slot = -1;        // resolver: index in the frame's local slots
};

struct ParamIndirectExpr : Expr {
  explicit ParamIndirectExpr(SourcePos p) : Expr(ExprKind::ParamIndirect, p) {}
  ExprPtr index;  // ${index}
};

struct ProcessVarExpr : Expr {
  explicit ProcessVarExpr(SourcePos p) : Expr(ExprKind::ProcessVar, p) {}
  std::string name;
  std::string key;       // lowercase
  int32_t slot = -1;     // resolver: index in the per-process variable table
};

struct InterprocessVarExpr : Expr {
  explicit InterprocessVarExpr(SourcePos p) : Expr(ExprKind::InterprocessVar, p) {}
  std::string name;      // without the `<>`
  std::string key;       // lowercase, without the `<>`
  int32_t slot = -1;     // resolver
};

struct MemberExpr : Expr {
  explicit MemberExpr(SourcePos p) : Expr(ExprKind::Member, p) {}
  ExprPtr object;
  std::string name;              // case-sensitive
  mutable uint32_t cacheHint = 0;  // evaluator: last property index found (check before use; racy by design)
};

struct IndexExpr : Expr {
  explicit IndexExpr(SourcePos p) : Expr(ExprKind::Index, p) {}
  ExprPtr object;
  ExprPtr index;
};

struct CharIndexExpr : Expr {
  explicit CharIndexExpr(SourcePos p) : Expr(ExprKind::CharIndex, p) {}
  ExprPtr object;
  ExprPtr index;
};

struct ElementExpr : Expr {
  explicit ElementExpr(SourcePos p) : Expr(ExprKind::Element, p) {}
  ExprPtr object;
  ExprPtr index;
};

struct PointerToExpr : Expr {
  explicit PointerToExpr(SourcePos p) : Expr(ExprKind::PointerTo, p) {}
  ExprPtr target;  // LocalVar, ProcessVar, InterprocessVar, or an Element (of an Element) of one of them
};

struct DerefExpr : Expr {
  explicit DerefExpr(SourcePos p) : Expr(ExprKind::Deref, p) {}
  ExprPtr pointer;
};

struct MemberCallExpr : Expr {
  explicit MemberCallExpr(SourcePos p) : Expr(ExprKind::MemberCall, p) {}
  ExprPtr object;
  std::string name;  // case-sensitive
  ExprList args;
  fourd::MemberFn collectionFunction = nullptr;  // resolver: the collection function of this name, if any
  // evaluator: the class function this call ran last (see Exec::classMethod); racy by design, read and written
  // atomically, checked before use.
  mutable const fourd::MethodEntry* methodCache = nullptr;
};

struct CallExpr : Expr {
  explicit CallExpr(SourcePos p) : Expr(ExprKind::Call, p) {}
  ExprPtr callee;
  ExprList args;
};

// A command argument written as a bare `*`, `>` or `<` (JSON Stringify($o; *), SORT ARRAY($a; >)) arrives as that text.
struct CommandExpr : Expr {
  explicit CommandExpr(SourcePos p) : Expr(ExprKind::Command, p) {}
  std::string name;     // as written, suffix stripped: "JSON Stringify"
  std::string key;      // normalised (lowercase, single spaces): "json stringify"
  int32_t number = -1;  // from a tokenized `:Cnnn` suffix, else -1
  bool hasParens = false;
  ExprList args;
  const fourd::CommandDef* def = nullptr;  // resolver
};

struct ConstantExpr : Expr {
  explicit ConstantExpr(SourcePos p) : Expr(ExprKind::Constant, p) {}
  std::string name;   // as written: "Is text", "Est un texte:K8:3" (a token is kept to name it in errors)
  std::string key;    // normalised
  fourd::Value value; // resolver
  bool resolved = false;
};

struct MethodCallExpr : Expr {
  explicit MethodCallExpr(SourcePos p) : Expr(ExprKind::MethodCall, p) {}
  std::string name;  // as written
  std::string key;   // lowercase
  bool hasParens = false;
  ExprList args;
  const void* method = nullptr;  // resolver: the evaluator's compiled method
};

struct SuperCallExpr : Expr {
  explicit SuperCallExpr(SourcePos p) : Expr(ExprKind::SuperCall, p) {}
  ExprList args;
};

enum class UnaryOp : uint8_t { Negate, Plus, Not };  // Not: `Not(x)`, folded from the command at parse time

struct UnaryExpr : Expr {
  explicit UnaryExpr(SourcePos p) : Expr(ExprKind::Unary, p) {}
  UnaryOp op = UnaryOp::Negate;
  ExprPtr operand;
};

enum class BinaryOp : uint8_t {
  Add,       // +
  Sub,       // -
  Mul,       // *
  Div,       // /
  IntDiv,    // \  (longint division)
  Mod,       // %
  Pow,       // ^
  Eq,        // =
  Ne,        // #
  Lt,        // <
  Gt,        // >
  Le,        // <=
  Ge,        // >=
  And,       // &  (both sides always evaluated; bitwise on longints)
  Or,        // |
  Xor,       // ^|  (bitwise, longints)
  ShiftLeft, // <<
  ShiftRight,// >>
  BitSet,    // ?+  (the second operand is a bit number, 0 to 31)
  BitClear,  // ?-
  BitTest,   // ??  (Boolean)
};

struct BinaryExpr : Expr {
  explicit BinaryExpr(SourcePos p) : Expr(ExprKind::Binary, p) {}
  BinaryOp op = BinaryOp::Add;
  ExprPtr lhs;
  ExprPtr rhs;
  // resolver: arithmetic or a comparison whose operands are number literals, locals, properties of This or of a
  // local, or arithmetic on them, so the evaluator may compute it on doubles without a Value per node (see
  // Exec::numeric).
  bool numeric = false;
};

enum class LogicalOp : uint8_t { AndAlso, OrElse };  // && ||: return the deciding operand (truthy/falsy)

struct LogicalExpr : Expr {
  explicit LogicalExpr(SourcePos p) : Expr(ExprKind::Logical, p) {}
  LogicalOp op = LogicalOp::AndAlso;
  ExprPtr lhs;
  ExprPtr rhs;
};

struct TernaryExpr : Expr {
  explicit TernaryExpr(SourcePos p) : Expr(ExprKind::Ternary, p) {}
  ExprPtr cond;
  ExprPtr ifTrue;
  ExprPtr ifFalse;
};

struct ObjectLiteralEntry {
  std::string key;  // case-sensitive, unquoted
  ExprPtr value;
  SourcePos pos;
};

struct ObjectLiteralExpr : Expr {
  explicit ObjectLiteralExpr(SourcePos p) : Expr(ExprKind::ObjectLiteral, p) {}
  std::vector<ObjectLiteralEntry> entries;
  bool distinctKeys = true;  // no key written twice ({a: 1; a: 2} keeps the first position, the last value)
};

struct CollectionLiteralExpr : Expr {
  explicit CollectionLiteralExpr(SourcePos p) : Expr(ExprKind::CollectionLiteral, p) {}
  ExprList items;
};

// A local of the creating frame copied into the formula when it is created (4D copies local values at
// Formula() time).
struct FormulaCapture {
  int32_t outerSlot = -1;
  int32_t innerSlot = -1;
};

struct FormulaExpr : Expr {
  explicit FormulaExpr(SourcePos p) : Expr(ExprKind::Formula, p) {}
  ExprPtr body;                          // kept as a tree, evaluated when the formula is called
  std::string source;                    // the body's source text, for the formula's `source` property
  std::vector<FormulaCapture> captures;  // resolver
  int32_t frameSize = -1;                // resolver: local slots the body needs ($1..$n included)
};

struct FormulaFromStringExpr : Expr {
  explicit FormulaFromStringExpr(SourcePos p) : Expr(ExprKind::FormulaFromString, p) {}
  ExprList args;  // the text, then optional extra arguments as 4D allows
};

enum class AssignOp : uint8_t { Set, Add, Sub, Mul, Div };  // := += -= *= /=

// The value of the expression is the value assigned.
struct AssignExpr : Expr {
  explicit AssignExpr(SourcePos p) : Expr(ExprKind::Assign, p) {}
  AssignOp op = AssignOp::Set;
  ExprPtr target;  // as AssignStmt::target
  ExprPtr value;
};

struct TryExpr : Expr {
  explicit TryExpr(SourcePos p) : Expr(ExprKind::Try, p) {}
  ExprPtr body;
};

struct ThrowExpr : Expr {
  explicit ThrowExpr(SourcePos p) : Expr(ExprKind::Throw, p) {}
  ExprList args;  // as ThrowStmt::args
};

// ----------------------------------------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
  Expression,  // ExprStmt: a command, method or member call used as a statement
  Assign,      // AssignStmt
  VarDecl,     // VarDeclStmt: var ..., C_TEXT(...)
  If,          // IfStmt
  Case,        // CaseStmt
  While,       // WhileStmt
  Repeat,      // RepeatStmt
  For,         // ForStmt
  ForEach,     // ForEachStmt
  Break,       // Stmt
  Continue,    // Stmt
  Return,      // ReturnStmt
  Try,         // TryStmt
  Use,         // UseStmt
  Throw,       // ThrowStmt: throw(...)
};

struct Stmt {
  explicit Stmt(StmtKind k, SourcePos p) : kind(k), pos(p) {}
  virtual ~Stmt() = default;
  StmtKind kind;
  SourcePos pos;
};
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

struct ExprStmt : Stmt {
  explicit ExprStmt(SourcePos p) : Stmt(StmtKind::Expression, p) {}
  ExprPtr expr;
};

struct AssignStmt : Stmt {
  explicit AssignStmt(SourcePos p) : Stmt(StmtKind::Assign, p) {}
  AssignOp op = AssignOp::Set;
  ExprPtr target;  // LocalVar, ParamIndirect, ProcessVar, InterprocessVar, Member, Index, CharIndex, Element, Deref
  ExprPtr value;
  // resolver: `x.p := x.p op e`, numeric, x being This or a local: the property can be found once for reading
  // and writing.
  bool updatesProperty = false;
  // resolver: `:=` of an arithmetic tree Exec::numeric computes on doubles (when the locals it reads hold numbers).
  bool numericValue = false;
};

struct VarDeclStmt : Stmt {
  explicit VarDeclStmt(SourcePos p) : Stmt(StmtKind::VarDecl, p) {}
  ExprList targets;   // LocalVar, ProcessVar or InterprocessVar
  TypeRef type;
  ExprPtr init;       // `var $x : T := expr` (only with a single target), else null
  bool legacy = false;  // written as C_TEXT(...) etc.
};

struct IfStmt : Stmt {
  explicit IfStmt(SourcePos p) : Stmt(StmtKind::If, p) {}
  ExprPtr cond;
  Block thenBody;
  Block elseBody;
};

struct CaseBranch {
  ExprPtr cond;
  Block body;
  SourcePos pos;
};

struct CaseStmt : Stmt {
  explicit CaseStmt(SourcePos p) : Stmt(StmtKind::Case, p) {}
  std::vector<CaseBranch> branches;
  Block elseBody;
};

struct WhileStmt : Stmt {
  explicit WhileStmt(SourcePos p) : Stmt(StmtKind::While, p) {}
  ExprPtr cond;
  Block body;
};

struct RepeatStmt : Stmt {
  explicit RepeatStmt(SourcePos p) : Stmt(StmtKind::Repeat, p) {}
  Block body;
  ExprPtr until;
};

struct ForStmt : Stmt {
  explicit ForStmt(SourcePos p) : Stmt(StmtKind::For, p) {}
  ExprPtr counter;  // an assignable expression, usually a LocalVar
  ExprPtr start;
  ExprPtr end;
  ExprPtr step;     // null: 1
  Block body;
};

enum class LoopGuard : uint8_t { None, Until, While };

struct ForEachStmt : Stmt {
  explicit ForEachStmt(SourcePos p) : Stmt(StmtKind::ForEach, p) {}
  ExprPtr item;    // an assignable expression
  ExprPtr source;  // collection, object (iterates keys) or entity selection
  ExprPtr begin;   // null: from the start
  ExprPtr end;     // null: to the end
  LoopGuard guard = LoopGuard::None;  // `For each (...) Until (cond)` / `While (cond)`
  ExprPtr guardCond;
  Block body;
};

struct ReturnStmt : Stmt {
  explicit ReturnStmt(SourcePos p) : Stmt(StmtKind::Return, p) {}
  ExprPtr value;  // null: plain `return`
};

struct TryStmt : Stmt {
  explicit TryStmt(SourcePos p) : Stmt(StmtKind::Try, p) {}
  Block body;
  bool hasCatch = false;
  Block catchBody;
};

struct UseStmt : Stmt {
  explicit UseStmt(SourcePos p) : Stmt(StmtKind::Use, p) {}
  ExprPtr object;
  Block body;
};

struct ThrowStmt : Stmt {
  explicit ThrowStmt(SourcePos p) : Stmt(StmtKind::Throw, p) {}
  ExprList args;  // throw(code; message) | throw(errorObject) | throw (rethrow inside Catch / ON ERR CALL)
};

// ------------------------------------------------------------------------------------------------- modules

struct Param {
  std::string name;  // with `$`
  std::string key;   // lowercase
  TypeRef type;
  SourcePos pos;
  int32_t slot = -1;  // resolver
};

enum class FunctionKind : uint8_t {
  Method,       // a project method or database method (the whole file; params from #DECLARE)
  Constructor,  // Class constructor
  Function,     // Function name
  Getter,       // Function get name
  Setter,       // Function set name
};

struct FunctionDecl {
  FunctionKind kind = FunctionKind::Method;
  std::string name;  // method name (from the file) or function/property name (case-sensitive)
  SourcePos pos;
  bool hasDeclare = false;  // methods: a #DECLARE line was present
  std::vector<Param> params;
  // `... : Type` ending the parameters (4D v20 R3): any number more, each of that type (None when untyped).
  bool variadic = false;
  TypeKind variadicType = TypeKind::None;
  bool hasResult = false;   // `: Type` or `-> $r : Type` after the parameters
  TypeRef resultType;
  std::string resultName;   // `-> $r`: "$r"; empty when the result is only returned (`: Type`)
  std::string resultKey;
  int32_t resultSlot = -1;  // resolver
  bool isShared = false;    // `shared Function` / `shared Class constructor`
  bool isSingleton = false; // `singleton Class constructor`
  bool isLocal = false;     // `local Function`
  bool isExposed = false;   // `exposed Function`
  Block body;
  int32_t frameSize = -1;   // resolver: number of local slots
};

struct PropertyDecl {
  std::string name;  // case-sensitive
  TypeRef type;
  SourcePos pos;
  ExprPtr init;      // `property a : Integer := 5`, else null (evaluated in each new instance)
};

struct ClassDecl {
  std::string name;             // from the file name
  bool hasExtends = false;
  std::string extendsNamespace; // "cs", "4D", or "" when written bare (`Class extends Name` means cs.Name)
  std::string extendsName;
  std::unique_ptr<FunctionDecl> constructor;  // null: none written
  std::vector<PropertyDecl> properties;
  std::vector<std::unique_ptr<FunctionDecl>> functions;  // Function, get and set, in source order
  bool isShared = false;     // from `shared Class constructor` / `shared singleton Class constructor`
  bool isSingleton = false;  // from `singleton Class constructor`
};

enum class ModuleKind { Method, Class };

struct Module {
  ModuleKind kind = ModuleKind::Method;
  std::string name;  // file name without folder and `.4dm`
  std::string file;  // as given to parse()
  std::unique_ptr<FunctionDecl> method;  // kind == Method
  std::unique_ptr<ClassDecl> cls;        // kind == Class
};

}  // namespace fourd::lang
