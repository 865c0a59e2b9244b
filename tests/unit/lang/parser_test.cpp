#include <doctest/doctest.h>

#include "ast_dump.h"
#include "fake_names.h"
#include "lang/parser.h"

namespace fourd::lang {
namespace {

ParseResult method(std::string_view src) { return parse(src, "Methods/test.4dm", ModuleKind::Method, test::commonNames()); }

// The method body as an S-expression; fails the test on any syntax error.
std::string body(std::string_view src) {
  ParseResult r = method(src);
  for (const auto& e : r.errors) FAIL_CHECK(e.line << ":" << e.column << ": " << e.message);
  return test::dump(r.module->method->body);
}

std::string expr(std::string_view src) {
  ExpressionParseResult r = parseExpression(src, "expr", test::commonNames());
  for (const auto& e : r.errors) FAIL_CHECK(e.line << ":" << e.column << ": " << e.message);
  return r.expr ? test::dump(r.expr.get()) : "<error>";
}

}  // namespace

TEST_CASE("parser: binary operators are applied strictly left to right") {
  CHECK(expr("3+4*5") == "(* (+ 3 4) 5)");
  CHECK(expr("3+(4*5)") == "(+ 3 (* 4 5))");
  CHECK(expr("$a=$b+1") == "(+ (= $a $b) 1)");
  CHECK(expr("10\\3%2^2") == "(^ (% (\\ 10 3) 2) 2)");
  CHECK(expr("$a#1 & ($b<=2) | ($c>=3)") == "(| (& (# $a 1) (<= $b 2)) (>= $c 3))");
  CHECK(expr("-$x+1") == "(+ (neg $x) 1)");
  CHECK(expr("2*-3") == "(* 2 -3)");
  CHECK(expr("0xFF ^| 1 << 2 >> 1") == "(>> (<< (^| 255 1) 2) 1)");
}

TEST_CASE("parser: && and || share the left-to-right chain; the ternary binds loosest") {
  CHECK(expr("$a || $b && $c") == "(&& (|| $a $b) $c)");
  CHECK(expr("$a=1 && $b") == "(&& (= $a 1) $b)");
  CHECK(expr("$x>1 ? \"big\" : \"small\"") == "(? (> $x 1) \"big\" \"small\")");
  CHECK(expr("$a ? 1 : $b ? 2 : 3") == "(? $a 1 (? $b 2 3))");
  CHECK(expr("($f && $l) ? ($f+$l) : ($l || $f) || \"\"") == "(? (&& $f $l) (+ $f $l) (|| (|| $l $f) \"\"))");
}

TEST_CASE("parser: literals") {
  CHECK(expr("\"a\\tb\"") == "\"a\tb\"");
  CHECK(expr("True") == "true");
  CHECK(expr("false") == "false");
  CHECK(expr("Null") == "null");
  CHECK(expr("{a: 1; b: \"x\"; \"quoted key\": 2}") == "{a: 1; b: \"x\"; quoted key: 2}");
  CHECK(expr("[1; 2; \"a\"]") == "[1; 2; \"a\"]");
  CHECK(expr("{}") == "{}");
  CHECK(expr("[]") == "[]");
  CHECK(expr("{path: \"/chat\"; list: [{x: 1}]}") == "{path: \"/chat\"; list: [{x: 1}]}");

  ExpressionParseResult r = parseExpression("2.5", "expr", test::commonNames());
  auto& lit = static_cast<LiteralExpr&>(*r.expr);
  CHECK(lit.value.kind() == Kind::Real);
  CHECK(lit.value.asNumber() == 2.5);
  ExpressionParseResult t = parseExpression("\"hi\"", "expr", test::commonNames());
  CHECK(static_cast<LiteralExpr&>(*t.expr).value.asText() == "hi");
}

TEST_CASE("parser: names are classified once") {
  CHECK(expr("$Local") == "$Local");
  CHECK(expr("myVar") == "pv:myVar");
  CHECK(expr("<>gCount") == "<>gCount");
  CHECK(expr("Current process name") == "(cmd current process name)");
  CHECK(expr("JSON Stringify($o; *)") == "(cmd json stringify() $o \"*\")");
  CHECK(expr("Is text") == "(const is text)");
  CHECK(expr("Into system standard outputs") == "(const into system standard outputs)");
  CHECK(expr("Helper") == "(method helper)");
  CHECK(expr("My Method(1; 2)") == "(method my method() 1 2)");
  CHECK(expr("unknownThing(1)") == "(method unknownthing() 1)");
  CHECK(expr("Value type:C1509($x)=Is text:K8:3") == "(= (cmd value type() $x) (const is text))");
  CHECK(expr("Undeclared Command:C99999") == "(cmd undeclared command)");  // a number the 4D 20 list lacks
  CHECK(expr("Longueur:C16($t)") == "(cmd length() $t)");                 // a French name, known by its number
  CHECK(expr("Not($a=1)") == "(not (= $a 1))");
  CHECK(expr("${$i+1}") == "${(+ $i 1)}");

  ExpressionParseResult p = parseExpression("$3", "expr", test::commonNames());
  CHECK(static_cast<LocalVarExpr&>(*p.expr).paramIndex == 3);
  ExpressionParseResult v = parseExpression("$MyVar", "expr", test::commonNames());
  CHECK(static_cast<LocalVarExpr&>(*v.expr).key == "$myvar");
  ExpressionParseResult c = parseExpression("ALERT:C41(\"x\")", "expr", test::commonNames());
  CHECK(static_cast<CommandExpr&>(*c.expr).number == 41);
}

TEST_CASE("parser: array elements and pointers") {
  CHECK(expr("$a{1}{$i+1}") == "({} ({} $a 1) (+ $i 1))");
  CHECK(expr("->$a{3}") == "(-> ({} $a 3))");
  CHECK(expr("->vName") == "(-> pv:vName)");
  CHECK(expr("$p->{4}") == "({} (->deref $p) 4)");
  CHECK(expr("($p->)->") == "(->deref (->deref $p))");
  CHECK(expr("$p->.name") == "(. (->deref $p) name)");
  CHECK_FALSE(body("$p->:=1\n$a{0}:=2\n$p->{1}:=3").empty());  // assignable; body() fails on a syntax error
}

TEST_CASE("parser: members, indexes, calls, classes") {
  CHECK(expr("$o.a.b") == "(. (. $o a) b)");
  CHECK(expr("$o[\"k\"][0]") == "([] ([] $o \"k\") 0)");
  CHECK(expr("$o.f(1; 2)") == "(.call $o f 1 2)");
  CHECK(expr("$o.f()") == "(.call $o f)");
  CHECK(expr("cs.ChatHandler.new()") == "(.call (. cs ChatHandler) new)");
  CHECK(expr("4D.WebSocketServer.new($h; {path: \"/chat\"})") ==
        "(.call (. 4D WebSocketServer) new $h {path: \"/chat\"})");
  CHECK(expr("This.broadcast($ws; $event.data)") == "(.call this broadcast $ws (. $event data))");
  CHECK(expr("Super.fn(1)") == "(.call super fn 1)");
  CHECK(expr("Super(1; 2)") == "(super() 1 2)");
  CHECK(expr("$o[\"f\"](1)") == "(call ([] $o \"f\") 1)");
  CHECK(expr("Storage.counters.x") == "(. (. (cmd storage) counters) x)");
  CHECK(expr("$o.New") == "(. $o New)");
  CHECK(expr("$t[[1]]+$t[[$i+1]]") == "(+ ([[]] $t 1) ([[]] $t (+ $i 1)))");
  CHECK(expr("$c[ [1] ]") == "([] $c [1])");
}

TEST_CASE("parser: formulas and Try") {
  CHECK(expr("Formula($1+$2)") == "(formula (+ $1 $2))");
  CHECK(expr("Formula(wss:=4D.WebSocketServer.new($h))") == "(formula (:= pv:wss (.call (. 4D WebSocketServer) new $h)))");
  CHECK(expr("Formula from string(\"$1*2\")") == "(formula-from-string \"$1*2\")");
  CHECK(expr("Try($o.f())") == "(try (.call $o f))");
  CHECK(expr("x:=1") == "(:= pv:x 1)");
  CHECK(expr("Formula(throw(1; \"worker failure\"))") == "(formula (throw 1 \"worker failure\"))");

  ExpressionParseResult r = parseExpression("Formula( $a.b + 1 ).call()", "expr", test::commonNames());
  REQUIRE(r.errors.empty());
  auto& call = static_cast<MemberCallExpr&>(*r.expr);
  CHECK(static_cast<FormulaExpr&>(*call.object).source == "$a.b + 1");
}

TEST_CASE("parser: assignments") {
  CHECK(body("$a:=1") == "(:= $a 1)");
  CHECK(body("$o.a.b:=1\n$c[0]:=2\n$o[\"k\"]:=3") == "(:= (. (. $o a) b) 1) (:= ([] $c 0) 2) (:= ([] $o \"k\") 3)");
  CHECK(body("$a+=1\n$a-=2\n$a*=3\n$a/=4\n$o.n+=1") == "(+= $a 1) (-= $a 2) (*= $a 3) (/= $a 4) (+= (. $o n) 1)");
  CHECK(body("<>x:=1\ngv:=2\n${1}:=3") == "(:= <>x 1) (:= pv:gv 2) (:= ${1} 3)");
  CHECK(body("$t[[1]]:=\"A\"") == "(:= ([[]] $t 1) \"A\")");
  CHECK(body("$a:=7\\2") == "(:= $a (\\ 7 2))");
  CHECK(body("$a:=1+\\\n2") == "(:= $a (+ 1 2))");
}

TEST_CASE("parser: declarations") {
  CHECK(body("var $a; $b : Text") == "(var $a $b :Text)");
  CHECK(body("var $x") == "(var $x)");
  CHECK(body("var $o : 4D.WebSocketConnection") == "(var $o :4D.WebSocketConnection)");
  CHECK(body("var $h : cs.ServerHandler") == "(var $h :cs.ServerHandler)");
  CHECK(body("var $n : Integer:=5") == "(var $n :Integer := 5)");
  CHECK(body("var $t:=\"x\"") == "(var $t := \"x\")");
  CHECK(body("var gCount : Real") == "(var pv:gCount :Real)");
  CHECK(body("C_TEXT($a; $b)\nC_LONGINT:C283($i)\nC_OBJECT($0)") == "(C_ $a $b :Text) (C_ $i :Integer) (C_ $0 :Object)");
  CHECK(body("C_COLLECTION($c)\nC_VARIANT($v)\nC_BLOB($b)\nC_REAL($r)\nC_BOOLEAN($f)") ==
        "(C_ $c :Collection) (C_ $v :Variant) (C_ $b :Blob) (C_ $r :Real) (C_ $f :Boolean)");
}

TEST_CASE("parser: #DECLARE") {
  ParseResult r = method("// comment first\n#DECLARE($a : Text; $b : Object) : Integer\nreturn 1");
  REQUIRE(r.errors.empty());
  const FunctionDecl& fn = *r.module->method;
  CHECK(fn.hasDeclare);
  REQUIRE(fn.params.size() == 2);
  CHECK(fn.params[0].name == "$a");
  CHECK(fn.params[0].type.kind == TypeKind::Text);
  CHECK(fn.params[1].type.kind == TypeKind::Object);
  CHECK(fn.hasResult);
  CHECK(fn.resultType.kind == TypeKind::Integer);
  CHECK(fn.resultName.empty());
  CHECK(r.module->name == "test");

  ParseResult arrow = method("#DECLARE($x : Real) -> $Result : Real\n$Result:=$x*2");
  REQUIRE(arrow.errors.empty());
  CHECK(arrow.module->method->resultName == "$Result");
  CHECK(arrow.module->method->resultKey == "$result");

  ParseResult late = method("$a:=1\n#DECLARE($x : Real)");
  REQUIRE(late.errors.size() == 1);
  CHECK(late.errors[0].line == 2);
}

TEST_CASE("parser: If, Case of, loops") {
  CHECK(body("If ($a=1)\n$b:=1\nElse\n$b:=2\nEnd if") == "(if (= $a 1) [(:= $b 1)] [(:= $b 2)])");
  CHECK(body("if ($a)\nend IF") == "(if $a [] [])");
  CHECK(body("Case of\n: ($a=1)\n$b:=1\n: ($a=2)\n\n$b:=2\nElse\n$b:=3\nEnd case") ==
        "(case (: (= $a 1) [(:= $b 1)]) (: (= $a 2) [(:= $b 2)]) [(:= $b 3)])");
  CHECK(body("While ($i<10)\n$i+=1\nEnd while") == "(while (< $i 10) [(+= $i 1)])");
  CHECK(body("Repeat\n$i+=1\nUntil ($i>=10)") == "(repeat [(+= $i 1)] (>= $i 10))");
  CHECK(body("For ($i; 1; 10)\nbreak\nEnd for") == "(for $i 1 10 _ [(break)])");
  CHECK(body("For ($i; 10; 1; -1)\ncontinue\nEnd for") == "(for $i 10 1 -1 [(continue)])");
  CHECK(body("For each ($item; $col)\nEnd for each") == "(foreach $item $col _ _ [])");
  CHECK(body("For each ($item; $col; 1; 3)\nEnd for each") == "(foreach $item $col 1 3 [])");
  CHECK(body("For each ($n; $col) Until ($t>30)\n$t+=$n\nEnd for each") ==
        "(foreach $n $col _ _ until (> $t 30) [(+= $t $n)])");
  CHECK(body("For each($n;$col)While($t<30)\nEnd for each") == "(foreach $n $col _ _ while (< $t 30) [])");
  CHECK(body("For each ($client; $ws.wss.connections)\nEnd for each") ==
        "(foreach $client (. (. $ws wss) connections) _ _ [])");
}

TEST_CASE("parser: return, Try, Use, throw, calls as statements") {
  CHECK(body("return\nreturn $a+1") == "(return) (return (+ $a 1))");
  CHECK(body("Try\n$a:=1\nCatch\n$b:=2\nEnd try") == "(try [(:= $a 1)] catch [(:= $b 2)])");
  CHECK(body("Try\n$a:=1\nEnd try") == "(try [(:= $a 1)])");
  CHECK(body("Try($o.f())") == "(try (.call $o f))");
  CHECK(body("Use (Storage)\nStorage.x:=1\nEnd use") == "(use (cmd storage) [(:= (. (cmd storage) x) 1)])");
  CHECK(body("throw(1; \"boom\")\nthrow({errCode: 2})\nthrow") == "(throw 1 \"boom\") (throw {errCode: 2}) (throw)");
  CHECK(body("ALERT(\"x\")\nHelper\n$ws.send(\"hi\")") == "(cmd alert() \"x\") (method helper) (.call $ws send \"hi\")");
  CHECK(body("LOG EVENT(Into system standard outputs; \"x\")") ==
        "(cmd log event() (const into system standard outputs) \"x\")");
  CHECK(body("notAMethod") == "(method notamethod)");
}

TEST_CASE("parser: classes") {
  const char* src =
      "Class extends cs.Base\n"
      "property name; alias : Text\n"
      "property count : Integer := 3\n"
      "\n"
      "shared singleton Class constructor($n : Text)\n"
      "\tSuper($n)\n"
      "\tThis.name:=$n\n"
      "\n"
      "Function greet($who : Text; $times : Integer) : Text\n"
      "\treturn \"Hello \"+$who\n"
      "\n"
      "Function get fullName() -> $r : Text\n"
      "\t$r:=This.name\n"
      "\n"
      "Function set fullName($v : Text)\n"
      "\tThis.name:=$v\n"
      "\n"
      "shared Function get($key : Text)\n"
      "\treturn Super.get($key)\n";
  ParseResult r = parse(src, "Classes/Person.4dm", ModuleKind::Class, test::commonNames());
  for (const auto& e : r.errors) FAIL_CHECK(e.line << ":" << e.column << ": " << e.message);
  const ClassDecl& cls = *r.module->cls;
  CHECK(cls.name == "Person");
  CHECK(cls.hasExtends);
  CHECK(cls.extendsNamespace == "cs");
  CHECK(cls.extendsName == "Base");
  REQUIRE(cls.properties.size() == 3);
  CHECK(cls.properties[0].name == "name");
  CHECK(cls.properties[0].type.kind == TypeKind::Text);
  CHECK(cls.properties[1].type.kind == TypeKind::Text);
  CHECK(cls.properties[2].init);
  REQUIRE(cls.constructor);
  CHECK(cls.isShared);
  CHECK(cls.isSingleton);
  CHECK(test::dump(cls.constructor->body) == "(super() $n) (:= (. this name) $n)");
  REQUIRE(cls.functions.size() == 4);
  CHECK(cls.functions[0]->kind == FunctionKind::Function);
  CHECK(cls.functions[0]->name == "greet");
  CHECK(cls.functions[0]->params.size() == 2);
  CHECK(cls.functions[0]->resultType.kind == TypeKind::Text);
  CHECK(cls.functions[1]->kind == FunctionKind::Getter);
  CHECK(cls.functions[1]->name == "fullName");
  CHECK(cls.functions[1]->resultName == "$r");
  CHECK(cls.functions[2]->kind == FunctionKind::Setter);
  CHECK(cls.functions[3]->kind == FunctionKind::Function);
  CHECK(cls.functions[3]->name == "get");
  CHECK(cls.functions[3]->isShared);
  CHECK(test::dump(cls.functions[3]->body) == "(return (.call super get $key))");

  ParseResult bare = parse("Class extends Base\nFunction f\n$a:=1", "Sub.4dm", ModuleKind::Class, test::commonNames());
  REQUIRE(bare.errors.empty());
  CHECK(bare.module->cls->extendsNamespace.empty());
  CHECK(bare.module->cls->extendsName == "Base");
  CHECK(bare.module->cls->functions[0]->params.empty());

  ParseResult fourD = parse("Class extends 4D.Object", "X.4dm", ModuleKind::Class, test::commonNames());
  CHECK(fourD.module->cls->extendsNamespace == "4D");
}

TEST_CASE("parser: every syntax error is reported with its line and column, parsing goes on") {
  ParseResult r = method(
      "$a:=1+\n"          // 1: missing operand
      "$b:=(2\n"          // 2: missing ')'
      "If ($a=1)\n"       // 3
      "  $c:=)\n"         // 4: unexpected ')'
      "End if\n"          // 5
      "End while\n"       // 6: closes nothing
      "$ok:=1\n");        // 7
  REQUIRE(r.errors.size() == 4);
  CHECK(r.errors[0].line == 1);
  CHECK(r.errors[0].column == 7);
  CHECK(r.errors[0].file == "Methods/test.4dm");
  CHECK(r.errors[1].line == 2);
  CHECK(r.errors[1].column == 7);
  CHECK(r.errors[1].message == "expected ')', found end of line");
  CHECK(r.errors[2].line == 4);
  CHECK(r.errors[2].column == 7);
  CHECK(r.errors[3].line == 6);
  CHECK(test::dump(r.module->method->body) == "(if (= $a 1) [] []) (:= $ok 1)");
}

TEST_CASE("parser: unclosed blocks name what is missing") {
  ParseResult r = method("If ($a)\n  While ($b)\n  $c:=1\nEnd if\n");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].line == 4);
  CHECK(r.errors[0].message == "expected End while to close the While at line 2");

  ParseResult eof = method("For each ($x; $c)\n$a:=1");
  REQUIRE(eof.errors.size() == 1);
  CHECK(eof.errors[0].message == "expected End for each to close the For each at line 1");

  ParseResult cls = parse("Function f\nIf ($a)\nFunction g\n", "C.4dm", ModuleKind::Class, test::commonNames());
  REQUIRE(cls.errors.size() == 1);
  CHECK(cls.errors[0].line == 3);
  CHECK(cls.module->cls->functions.size() == 2);

  ParseResult stray = parse("$a:=1\n", "C.4dm", ModuleKind::Class, test::commonNames());
  REQUIRE(stray.errors.size() == 1);
  CHECK(stray.errors[0].line == 1);
}

TEST_CASE("parser: an unknown multi-word name is named as such") {
  ParseResult r = method("DELAY PROCESS(Current process; 12)");
  REQUIRE_FALSE(r.errors.empty());
  CHECK(r.errors[0].column == 1);
  CHECK(r.errors[0].message == "unknown name 'DELAY PROCESS' (not a known command, constant or method)");
}

TEST_CASE("parser: bad expressions") {
  CHECK_FALSE(parseExpression("1 +", "e", test::commonNames()).errors.empty());
  CHECK_FALSE(parseExpression("$a $b", "e", test::commonNames()).errors.empty());
  CHECK_FALSE(parseExpression("{a 1}", "e", test::commonNames()).errors.empty());
  CHECK_FALSE(parseExpression("->1", "e", test::commonNames()).errors.empty());  // `->` takes a variable
  CHECK_FALSE(method("1:=2").errors.empty());
  CHECK_FALSE(method("var $a; $b := 1").errors.empty());
  CHECK(parseExpression("1 +", "e", test::commonNames()).expr == nullptr);
}

}  // namespace fourd::lang
