#include "lang/token.h"

namespace fourd::lang {

const char* describe(Tok kind) {
  switch (kind) {
    case Tok::End: return "end of file";
    case Tok::Newline: return "end of line";
    case Tok::Number: return "number";
    case Tok::String: return "text";
    case Tok::Date: return "date";
    case Tok::Time: return "time";
    case Tok::Local: return "local variable";
    case Tok::LocalIndirect: return "'${'";
    case Tok::Interprocess: return "interprocess variable";
    case Tok::Name: return "name";
    case Tok::Declare: return "#DECLARE";
    case Tok::LParen: return "'('";
    case Tok::RParen: return "')'";
    case Tok::LBracket: return "'['";
    case Tok::RBracket: return "']'";
    case Tok::LBrace: return "'{'";
    case Tok::RBrace: return "'}'";
    case Tok::Semicolon: return "';'";
    case Tok::Colon: return "':'";
    case Tok::Dot: return "'.'";
    case Tok::Question: return "'?'";
    case Tok::Assign: return "':='";
    case Tok::AddAssign: return "'+='";
    case Tok::SubAssign: return "'-='";
    case Tok::MulAssign: return "'*='";
    case Tok::DivAssign: return "'/='";
    case Tok::Plus: return "'+'";
    case Tok::Minus: return "'-'";
    case Tok::Star: return "'*'";
    case Tok::Slash: return "'/'";
    case Tok::Backslash: return "'\\'";
    case Tok::Percent: return "'%'";
    case Tok::Caret: return "'^'";
    case Tok::Eq: return "'='";
    case Tok::Hash: return "'#'";
    case Tok::Lt: return "'<'";
    case Tok::Gt: return "'>'";
    case Tok::Le: return "'<='";
    case Tok::Ge: return "'>='";
    case Tok::Amp: return "'&'";
    case Tok::Pipe: return "'|'";
    case Tok::AmpAmp: return "'&&'";
    case Tok::PipePipe: return "'||'";
    case Tok::CaretPipe: return "'^|'";
    case Tok::ShiftLeft: return "'<<'";
    case Tok::ShiftRight: return "'>>'";
    case Tok::QuestionPlus: return "'?+'";
    case Tok::QuestionMinus: return "'?-'";
    case Tok::QuestionQuestion: return "'?" "?'";  // split: ??' is a trigraph
    case Tok::Arrow: return "'->'";
  }
  return "token";
}

}  // namespace fourd::lang
