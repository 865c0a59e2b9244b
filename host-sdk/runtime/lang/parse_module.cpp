// Modules: a method file (optional #DECLARE, then statements) or a class file (Class extends, Class
// constructor, property, Function / Function get / Function set, each with its qualifiers).
#include "lang/parser_impl.h"

namespace fourd::lang {

std::unique_ptr<FunctionDecl> Parser::methodBody(const std::string& name) {
  auto fn = std::make_unique<FunctionDecl>();
  fn->kind = FunctionKind::Method;
  fn->name = name;
  fn->pos = {1, 1};
  skipNewlines();
  if (check(Tok::Declare)) {
    fn->pos = advance().pos;
    fn->hasDeclare = true;
    header([&] {
      parameterList(*fn);
      resultSpec(*fn);
      endOfStatement();
    });
  }
  fn->body = block(0);
  return fn;
}

void Parser::parameterList(FunctionDecl& fn) {
  expect(Tok::LParen, "'('");
  if (match(Tok::RParen)) return;
  do {
    if (check(Tok::Dot)) {
      variadicParameters(fn);
      break;
    }
    const Token& t = expect(Tok::Local, "a parameter ($name)");
    Param param;
    param.name = t.text;
    param.key = t.key;
    param.pos = t.pos;
    if (match(Tok::Colon)) param.type = typeRef();
    fn.params.push_back(std::move(param));
  } while (match(Tok::Semicolon));
  expect(Tok::RParen, "';' or ')'");
}

// `...` or `... : Type` as the last parameter: "the number of parameters is variable", and the type, when given,
// is each one's (blog.4d.com, "A fresh approach to writing variadic functions", 4D v20 R3).
void Parser::variadicParameters(FunctionDecl& fn) {
  for (int dot = 0; dot < 3; ++dot) expect(Tok::Dot, "'...'");
  fn.variadic = true;
  if (match(Tok::Colon)) fn.variadicType = typeRef().kind;
}

void Parser::resultSpec(FunctionDecl& fn) {
  if (match(Tok::Colon)) {
    fn.hasResult = true;
    fn.resultType = typeRef();
  } else if (match(Tok::Arrow)) {
    const Token& t = expect(Tok::Local, "the result variable ($name)");
    fn.hasResult = true;
    fn.resultName = t.text;
    fn.resultKey = t.key;
    if (match(Tok::Colon)) fn.resultType = typeRef();
  }
}

std::unique_ptr<ClassDecl> Parser::classBody(const std::string& name) {
  auto cls = std::make_unique<ClassDecl>();
  cls->name = name;
  enclosing_ = kCloseClassMember;
  while (true) {
    skipNewlines();
    if (check(Tok::End)) break;
    if (!atClassMemberStart()) {
      reportUnexpected(peek(), "Function, Class constructor, property or Class extends");
      skipLine();
      continue;
    }
    auto fn = std::make_unique<FunctionDecl>();
    while (isQualifier(peek())) {
      const std::string& q = advance().key;
      fn->isShared |= q == "shared";
      fn->isSingleton |= q == "singleton";
      fn->isLocal |= q == "local";
      fn->isExposed |= q == "exposed";
    }
    const Token& t = advance();
    fn->pos = t.pos;
    switch (t.kw) {
      case Kw::ClassExtends:
        header([&] {
          classExtends(*cls);
          endOfStatement();
        });
        break;
      case Kw::Property:
        header([&] { propertyDeclaration(*cls); });
        break;
      case Kw::ClassConstructor:
        fn->kind = FunctionKind::Constructor;
        fn->name = "constructor";
        header([&] {
          if (check(Tok::LParen)) parameterList(*fn);
          endOfStatement();
        });
        fn->body = block(kCloseClassMember);
        if (cls->constructor) report(t, "a class has only one Class constructor");
        cls->isShared |= fn->isShared;
        cls->isSingleton |= fn->isSingleton;
        cls->constructor = std::move(fn);
        break;
      default:  // Function
        header([&] { classFunction(*fn); });
        fn->body = block(kCloseClassMember);
        cls->functions.push_back(std::move(fn));
        break;
    }
  }
  return cls;
}

void Parser::classExtends(ClassDecl& cls) {
  const Token& t = expect(Tok::Name, "the name of the parent class");
  cls.hasExtends = true;
  if (t.kw == Kw::Cs || t.kw == Kw::FourD) {
    cls.extendsNamespace = t.kw == Kw::Cs ? "cs" : "4D";
    expect(Tok::Dot, "'.' after the class store");
    cls.extendsName = expect(Tok::Name, "a class name").text;
  } else {
    cls.extendsName = t.text;
  }
}

void Parser::classFunction(FunctionDecl& fn) {
  const Token& name = expect(Tok::Name, "a function name");
  fn.kind = FunctionKind::Function;
  fn.name = name.text;
  if ((name.key == "get" || name.key == "set") && check(Tok::Name)) {
    fn.kind = name.key == "get" ? FunctionKind::Getter : FunctionKind::Setter;
    fn.name = advance().text;
  }
  if (check(Tok::LParen)) parameterList(fn);
  resultSpec(fn);
  endOfStatement();
}

void Parser::propertyDeclaration(ClassDecl& cls) {
  size_t first = cls.properties.size();
  do {
    const Token& t = expect(Tok::Name, "a property name");
    PropertyDecl prop;
    prop.name = t.text;
    prop.pos = t.pos;
    cls.properties.push_back(std::move(prop));
  } while (match(Tok::Semicolon));
  if (match(Tok::Colon)) {
    TypeRef type = typeRef();
    for (size_t k = first; k < cls.properties.size(); ++k) cls.properties[k].type = type;
  }
  if (check(Tok::Assign)) {
    if (cls.properties.size() - first != 1) fail(peek(), "only a single property can be initialised in its declaration");
    advance();
    cls.properties.back().init = expression();
  }
  endOfStatement();
}

}  // namespace fourd::lang
