#include <doctest/doctest.h>

#include "fake_names.h"
#include "lang/lexer.h"
#include "values/date_time.h"

namespace fourd::lang {
namespace {

struct Lexed {
  std::vector<Token> tokens;
  std::vector<SyntaxError> errors;
};

Lexed lexOf(std::string_view src) {
  Lexed out;
  out.tokens = lex(src, "test.4dm", test::commonNames(), out.errors);
  return out;
}

std::vector<Tok> kinds(std::string_view src) {
  std::vector<Tok> out;
  for (const Token& t : lexOf(src).tokens) out.push_back(t.kind);
  return out;
}

}  // namespace

TEST_CASE("lexer: operators and literals") {
  CHECK(kinds("$a:=1+2.5") == std::vector<Tok>{Tok::Local, Tok::Assign, Tok::Number, Tok::Plus, Tok::Number, Tok::End});
  CHECK(kinds("a<=b>=c#d<>e") ==
        std::vector<Tok>{Tok::Name, Tok::Le, Tok::Name, Tok::Ge, Tok::Name, Tok::Hash, Tok::Name, Tok::Interprocess,
                         Tok::End});
  CHECK(kinds("+= -= *= /= && || & | ^| << >> % ^ ? ->") ==
        std::vector<Tok>{Tok::AddAssign, Tok::SubAssign, Tok::MulAssign, Tok::DivAssign, Tok::AmpAmp, Tok::PipePipe,
                         Tok::Amp, Tok::Pipe, Tok::CaretPipe, Tok::ShiftLeft, Tok::ShiftRight, Tok::Percent,
                         Tok::Caret, Tok::Question, Tok::Arrow, Tok::End});

  Lexed n = lexOf("12 3.25 1e3 2.5E-2 0xFF 4000000000");
  REQUIRE(n.errors.empty());
  CHECK(n.tokens[0].number == 12);
  CHECK(n.tokens[0].integral);
  CHECK(n.tokens[1].number == 3.25);
  CHECK_FALSE(n.tokens[1].integral);
  CHECK(n.tokens[2].number == 1000);
  CHECK_FALSE(n.tokens[2].integral);
  CHECK(n.tokens[3].number == doctest::Approx(0.025));
  CHECK(n.tokens[4].number == 255);
  CHECK(n.tokens[4].integral);
  CHECK_FALSE(n.tokens[5].integral);  // beyond the longint range
}

TEST_CASE("lexer: date and time literals, and the '?' operators they are told apart from") {
  CHECK(kinds("$d:=!2024-03-01!+1") ==
        std::vector<Tok>{Tok::Local, Tok::Assign, Tok::Date, Tok::Plus, Tok::Number, Tok::End});
  CHECK(kinds("?12:30:00? $c ? 1 : 2 $x ?? 3 $x ?+ 4") ==
        std::vector<Tok>{Tok::Time, Tok::Local, Tok::Question, Tok::Number, Tok::Colon, Tok::Number, Tok::Local,
                         Tok::QuestionQuestion, Tok::Number, Tok::Local, Tok::QuestionPlus, Tok::Number, Tok::End});
  Lexed d = lexOf("!00-00-00! !12/25/92! ?01:02:03?");
  REQUIRE(d.errors.empty());
  CHECK(d.tokens[0].number == static_cast<double>(kNullDate));
  CHECK(d.tokens[1].number == static_cast<double>(daysFromCivil(1992, 12, 25)));
  CHECK(d.tokens[2].number == 3723);
  CHECK(lexOf("!2023-02-30!").errors.size() == 1);
  CHECK(lexOf("!2023-01-01").errors.size() == 1);
}

TEST_CASE("lexer: text escapes") {
  Lexed l = lexOf(R"("a\"b\\c\td\ne\rf" "x\qy")");
  REQUIRE(l.errors.empty());
  CHECK(l.tokens[0].text == "a\"b\\c\td\ne\rf");
  CHECK(l.tokens[1].text == "x\\qy");  // not an escape: kept as written
}

TEST_CASE("lexer: unterminated text is reported with its position") {
  Lexed l = lexOf("$a:=1\n$b:=\"abc\n$c:=2");
  REQUIRE(l.errors.size() == 1);
  CHECK(l.errors[0].line == 2);
  CHECK(l.errors[0].column == 5);
  CHECK(l.errors[0].file == "test.4dm");
}

TEST_CASE("lexer: locals, parameters, interprocess, #DECLARE") {
  Lexed l = lexOf("#DECLARE($MyVar : Text) ${2} <>Count $1");
  REQUIRE(l.errors.empty());
  CHECK(l.tokens[0].kind == Tok::Declare);
  CHECK(l.tokens[2].text == "$MyVar");
  CHECK(l.tokens[2].key == "$myvar");
  CHECK(l.tokens[6].kind == Tok::LocalIndirect);
  CHECK(l.tokens[9].kind == Tok::Interprocess);
  CHECK(l.tokens[9].text == "Count");
  CHECK(l.tokens[9].key == "count");
  CHECK(l.tokens[10].text == "$1");
}

TEST_CASE("lexer: tokenized names say what they are by their suffix") {
  Lexed l = lexOf("ALERT:C41(Value type:C1509($x)=Is text:K8:3)");
  REQUIRE(l.errors.empty());
  CHECK(l.tokens[0].text == "ALERT");
  CHECK(l.tokens[0].tag == NameTag::Command);
  CHECK(l.tokens[0].tokenNumber == 41);
  CHECK(l.tokens[2].text == "Value type");
  CHECK(l.tokens[2].key == "value type");
  CHECK(l.tokens[2].tokenNumber == 1509);
  // A constant keeps its token in its text (errors name it), and its key is what the token names.
  CHECK(l.tokens[7].text == "Is text:K8:3");
  CHECK(l.tokens[7].key == "is text");
  CHECK(l.tokens[7].tag == NameTag::Constant);
  Lexed french = lexOf("Est un texte:K8:3");
  CHECK(french.tokens[0].key == "is text");
  Lexed unlisted = lexOf("Is longint:K8:999");
  CHECK(unlisted.tokens[0].key == "is longint");

  // Unknown to the oracle, the suffix alone makes the run of words one name.
  Lexed unknown = lexOf("Some Unknown Command:C999");
  CHECK(unknown.tokens[0].text == "Some Unknown Command");
  CHECK(unknown.tokens[0].tag == NameTag::Command);

  // A statement keyword in front of a tokenized name stays a keyword.
  Lexed ret = lexOf("return Current process name:C322");
  CHECK(ret.tokens[0].kw == Kw::Return);
  CHECK(ret.tokens[1].text == "Current process name");
  CHECK(ret.tokens[1].tag == NameTag::Command);

  Lexed self = lexOf("This:C1470.x");
  CHECK(self.tokens[0].kw == Kw::This);
  CHECK(self.tokens[1].kind == Tok::Dot);
}

TEST_CASE("lexer: multi-word names are merged greedily through the oracle") {
  Lexed l = lexOf("JSON Stringify(New shared object)+New object+New Thing");
  REQUIRE(l.errors.empty());
  CHECK(l.tokens[0].key == "json stringify");
  CHECK(l.tokens[2].key == "new shared object");
  CHECK(l.tokens[5].key == "new object");
  CHECK(l.tokens[7].text == "New");  // "new thing" is no name: only the first word
  CHECK(l.tokens[8].text == "Thing");

  Lexed caseInsensitive = lexOf("current PROCESS Name");
  CHECK(caseInsensitive.tokens[0].key == "current process name");
  CHECK(caseInsensitive.tokens[0].text == "current PROCESS Name");

  Lexed method = lexOf("My Method(1)");
  CHECK(method.tokens[0].key == "my method");
}

TEST_CASE("lexer: keywords, single and multi-word, any case") {
  Lexed l = lexOf("If\nEnd if\nend IF\nFor each\nEnd for each\nFor\nCase of\nClass constructor\nFormula from string");
  std::vector<Kw> kws;
  for (const Token& t : l.tokens)
    if (t.kind == Tok::Name) kws.push_back(t.kw);
  CHECK(kws == std::vector<Kw>{Kw::If, Kw::EndIf, Kw::EndIf, Kw::ForEach, Kw::EndForEach, Kw::For, Kw::CaseOf,
                               Kw::ClassConstructor, Kw::FormulaFromString});
}

TEST_CASE("lexer: member and function names are taken as written") {
  Lexed l = lexOf("$o.new.End.this cs.Name.new() 4D.WebSocketServer");
  REQUIRE(l.errors.empty());
  CHECK(l.tokens[2].text == "new");
  CHECK(l.tokens[2].kw == Kw::None);
  CHECK(l.tokens[4].text == "End");
  CHECK(l.tokens[4].kw == Kw::None);
  CHECK(l.tokens[6].kw == Kw::None);
  CHECK(l.tokens[7].kw == Kw::Cs);
  CHECK(l.tokens[14].kw == Kw::FourD);
  CHECK(l.tokens[16].text == "WebSocketServer");

  Lexed fn = lexOf("Function get fullName() : Text");
  CHECK(fn.tokens[0].kw == Kw::Function);
  CHECK(fn.tokens[1].text == "get");
  CHECK(fn.tokens[2].text == "fullName");
}

TEST_CASE("lexer: line continuation versus integer division") {
  CHECK(kinds("$a:=1+\\\n2") == std::vector<Tok>{Tok::Local, Tok::Assign, Tok::Number, Tok::Plus, Tok::Number, Tok::End});
  CHECK(kinds("$a:=1+\\   // why\r\n2") ==
        std::vector<Tok>{Tok::Local, Tok::Assign, Tok::Number, Tok::Plus, Tok::Number, Tok::End});
  CHECK(kinds("$a:=7\\2") == std::vector<Tok>{Tok::Local, Tok::Assign, Tok::Number, Tok::Backslash, Tok::Number, Tok::End});

  Lexed l = lexOf("$a:=1+\\\n  2\n$b");
  CHECK(l.tokens[4].pos.line == 2);
  CHECK(l.tokens[4].pos.column == 3);
  CHECK(l.tokens[6].pos.line == 3);
}

TEST_CASE("lexer: comments") {
  CHECK(kinds("$a:=1 // comment\n$b:=2") ==
        std::vector<Tok>{Tok::Local, Tok::Assign, Tok::Number, Tok::Newline, Tok::Local, Tok::Assign, Tok::Number,
                         Tok::End});
  CHECK(kinds("$a:=/* inline */1") == std::vector<Tok>{Tok::Local, Tok::Assign, Tok::Number, Tok::End});
  CHECK(kinds("/* spans\nlines\n*/\n$a") == std::vector<Tok>{Tok::Newline, Tok::Local, Tok::End});
  Lexed l = lexOf("/* never closed\n$a:=1");
  REQUIRE(l.errors.size() == 1);
  CHECK(l.errors[0].message == "unterminated comment");
}

TEST_CASE("lexer: positions and bad characters") {
  Lexed l = lexOf("$a:=1\r\n  $b:=`");
  CHECK(l.tokens[4].pos.line == 2);
  CHECK(l.tokens[4].pos.column == 3);
  REQUIRE(l.errors.size() == 1);
  CHECK(l.errors[0].line == 2);
  CHECK(l.errors[0].column == 7);
}

}  // namespace fourd::lang
