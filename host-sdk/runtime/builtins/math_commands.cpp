// Numeric commands. Like 4D, they return Real results (Random returns a Longint).
#include <algorithm>
#include <cmath>
#include <random>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"
#include "values/value_ops.h"

namespace fourd {

namespace {

// Scaling a decimal such as 29.8725 by 1000 gives 29872.499999999996 in binary floating point; 4D rounds as if
// the decimal were exact, so products that close to an integer or a half are snapped to it first.
double snapToDecimal(double r) {
  double tolerance = 1e-9 * std::max(1.0, std::fabs(r));
  double twice = std::round(r * 2);
  return std::fabs(r * 2 - twice) <= 2 * tolerance ? twice / 2 : r;
}

// Applies `op` at `places` decimals; negative places work on tens, hundreds... (Round(1234;-2) = 1200).
double scaled(double x, int64_t places, double (*op)(double)) {
  double factor = std::pow(10.0, static_cast<double>(places < 0 ? -places : places));
  return places < 0 ? op(snapToDecimal(x / factor)) * factor : op(snapToDecimal(x * factor)) / factor;
}

Value absCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::real(std::fabs(numberArg(args, 0, "Abs")));
}

Value roundCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::real(scaled(numberArg(args, 0, "Round"), intArg(args, 1, "Round"), [](double x) { return std::round(x); }));
}

Value truncCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::real(scaled(numberArg(args, 0, "Trunc"), intArg(args, 1, "Trunc"), [](double x) { return std::trunc(x); }));
}

Value intCmd(CallContext&, std::vector<Value>& args, void*) {
  return Value::real(std::floor(numberArg(args, 0, "Int")));
}

Value modCmd(CallContext&, std::vector<Value>& args, void*) {
  // 4D rounds real operands to integers before taking the remainder.
  auto a = std::llround(numberArg(args, 0, "Mod"));
  auto b = std::llround(numberArg(args, 1, "Mod"));
  if (b == 0) throw RuntimeError(error_code::kInvalidArgument, "Mod: division by zero");
  return Value::real(static_cast<double>(a % b));
}

Value randomCmd(CallContext&, std::vector<Value>&, void*) {
  thread_local std::mt19937 engine{std::random_device{}()};
  return Value::longint(std::uniform_int_distribution<int>(0, 32767)(engine));
}

// Sin, Cos, Log...: one Real argument, one Real result; the C function travels in CommandDef::data.
using UnaryFn = double (*)(double);

Value unaryCmd(CallContext&, std::vector<Value>& args, void* data) {
  return Value::real(reinterpret_cast<UnaryFn>(data)(numberArg(args, 0, "math function")));
}

Value boolCmd(CallContext&, std::vector<Value>& args, void*) {
  const Value& v = args[0];
  if (v.kind() == Kind::Boolean) return v;
  return Value::boolean(v.isNumber() && v.asNumber() != 0);
}

}  // namespace

void registerMathCommands(Registry& r) {
  addCommand(r, "Abs", absCmd, 1, 1);
  addCommand(r, "Round", roundCmd, 2, 2);
  addCommand(r, "Trunc", truncCmd, 2, 2);
  addCommand(r, "Int", intCmd, 1, 1);
  addCommand(r, "Mod", modCmd, 2, 2);
  addCommand(r, "Random", randomCmd, 0, 0);
  addCommand(r, "Bool", boolCmd, 1, 1);
  static const struct {
    const char* name;
    UnaryFn fn;
  } kUnary[] = {
      {"Sin", [](double x) { return std::sin(x); }},
      {"Cos", [](double x) { return std::cos(x); }},
      {"Tan", [](double x) { return std::tan(x); }},
      {"Arctan", [](double x) { return std::atan(x); }},
      {"Square root", [](double x) { return std::sqrt(x); }},
      {"Exp", [](double x) { return std::exp(x); }},
      {"Log", [](double x) { return std::log(x); }},
      {"Dec", [](double x) { return x - std::trunc(x); }},
  };
  for (const auto& u : kUnary) {
    CommandDef def;
    def.name = u.name;
    def.fn = unaryCmd;
    def.data = reinterpret_cast<void*>(u.fn);
    def.minArgs = def.maxArgs = 1;
    r.addCommand(std::move(def));
  }
  r.addConstant("Pi", Value::real(3.14159265358979323846));
  r.addConstant("e number", Value::real(2.71828182845904523536));
}

}  // namespace fourd
