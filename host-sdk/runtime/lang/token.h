// Tokens of the 4D-like language. Names arrive already merged (multi-word command/constant names, multi-word
// keywords such as "End for each") with any tokenized suffix (`:C41`, `:K8:3`) stripped.
#pragma once

#include <cstdint>
#include <string>

#include "lang/ast.h"

namespace fourd::lang {

enum class Tok : uint8_t {
  End,
  Newline,        // end of a statement (a `\` before the line break joins lines instead)
  Number,         // number, integral
  String,         // text (unescaped)
  Date,           // !2024-03-01!: number holds the day (values/date_time.h), kNullDate for !00-00-00!
  Time,           // ?12:30:00?: number holds the seconds
  Local,          // $name or $N: text "$name", key lowercase
  LocalIndirect,  // `${`: a legacy parameter chosen by an expression; the parser reads `expr }`
  Interprocess,   // <>name: text/key without the `<>`
  Name,           // a word or a merged multi-word name; kw tells keywords apart
  Declare,        // #DECLARE
  LParen, RParen, LBracket, RBracket, LBrace, RBrace,
  Semicolon, Colon, Dot, Question,
  Assign, AddAssign, SubAssign, MulAssign, DivAssign,  // := += -= *= /=
  Plus, Minus, Star, Slash, Backslash, Percent, Caret,
  Eq, Hash, Lt, Gt, Le, Ge,
  Amp, Pipe, AmpAmp, PipePipe, CaretPipe, ShiftLeft, ShiftRight,
  QuestionPlus, QuestionMinus, QuestionQuestion,  // ?+ ?- ?? (bit set, clear, test)
  Arrow,          // -> (pointers: recognised so that the parser can reject them clearly)
};

// Keywords (case-insensitive). Words that are keywords only in one place (get, set, shared, singleton, local,
// exposed) stay plain names and are recognised by the parser where they matter.
enum class Kw : uint8_t {
  None,
  If, Else, EndIf,
  CaseOf, EndCase,
  While, EndWhile,
  Repeat, Until,
  For, EndFor, ForEach, EndForEach,
  Use, EndUse,
  Try, Catch, EndTry,
  Var, Return, Break, Continue,
  ClassExtends, ClassConstructor, Function, Property,
  True, False, Null, This, Super, Cs, FourD,
  Formula, FormulaFromString, Throw,
};

// Where a tokenized suffix said what a name is.
enum class NameTag : uint8_t { None, Command, Constant };

struct Token {
  Tok kind = Tok::End;
  Kw kw = Kw::None;
  NameTag tag = NameTag::None;
  bool integral = false;      // Number: no fraction, no exponent, fits in int32
  int32_t tokenNumber = -1;   // Name: the nnn of `:Cnnn`
  SourcePos pos;
  uint32_t offset = 0;        // byte range in the source (Formula keeps its body's text)
  uint32_t endOffset = 0;
  double number = 0;
  std::string text;           // spelling (names as written, a command's suffix stripped, a constant's kept;
                              // strings unescaped)
  std::string key;            // names: lowercase, single-spaced
};

const char* describe(Tok kind);

}  // namespace fourd::lang
