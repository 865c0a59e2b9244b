// The headless rule: the host behaves like 4D Server with no open window. What asks about the user interface
// gets the answer 4D gives where there is none (no window, no form); what would need a screen raises an error
// naming the command, rather than doing nothing where the code expects a user to have answered.
#include <string>

#include "builtins/builtin_groups.h"
#include "builtins/command_args.h"

namespace fourd {

namespace {

// 4D documents no error number for a command without a screen; this one is the host's own.
constexpr int kNeedsScreen = -10600;

// CALL FORM(window; formula {; param}...): there is no window, so the call is dropped, as 4D drops a call to a
// window that does not exist (commands-legacy/call-form).
Value callForm(CallContext&, std::vector<Value>&, void*) { return Value(); }
Value noWindow(CallContext&, std::vector<Value>&, void*) { return Value::longint(0); }
Value noForm(CallContext&, std::vector<Value>&, void*) { return Value::null(); }

Value needsScreen(CallContext&, std::vector<Value>&, void* data) {
  throw RuntimeError(kNeedsScreen, std::string(static_cast<const char*>(data)) +
                                       ": this command needs a screen; the host runs as 4D Server with no window");
}

}  // namespace

void registerHeadlessUi(Registry& r) {
  auto headless = [&r](const char* name, CommandFn fn, int minArgs, int maxArgs) {
    CommandDef def;
    def.name = name;
    def.fn = fn;
    def.data = const_cast<char*>(name);
    def.minArgs = minArgs;
    def.maxArgs = maxArgs;
    def.headless = true;
    r.addCommand(std::move(def));
  };
  headless("CALL FORM", callForm, 2, -1);
  headless("Current form window", noWindow, 0, 0);
  headless("Frontmost window", noWindow, 0, 1);
  headless("Form", noForm, 0, 0);
  headless("FORM Event", noForm, 0, 0);

  static const char* const kScreenCommands[] = {
      "DIALOG", "Open form window", "Open window", "Open dialog window", "CLOSE WINDOW", "ERASE WINDOW",
      "SET WINDOW TITLE", "SET WINDOW RECT", "GET WINDOW RECT", "DRAG WINDOW", "MAXIMIZE WINDOW",
      "MINIMIZE WINDOW", "REDRAW WINDOW", "SHOW WINDOW", "HIDE WINDOW", "FORM LOAD", "FORM UNLOAD",
      "FORM GOTO PAGE", "FORM FIRST PAGE", "FORM LAST PAGE", "FORM NEXT PAGE", "FORM PREVIOUS PAGE",
      "FORM Get current page", "GOTO OBJECT", "CONFIRM", "Request", "Select document", "Select folder", "DISPLAY SELECTION",
      "MODIFY SELECTION", "ADD RECORD", "MODIFY RECORD", "DISPLAY RECORD", "POST OUTSIDE CALL",
      "OBJECT SET VALUE", "OBJECT Get value", "OBJECT SET VISIBLE", "OBJECT Get visible", "OBJECT SET ENABLED",
      "OBJECT Get enabled", "OBJECT SET ENTERABLE", "OBJECT Get enterable", "OBJECT SET TITLE",
      "OBJECT Get title", "OBJECT SET FONT", "OBJECT SET FONT SIZE", "OBJECT SET FONT STYLE", "OBJECT SET RGB COLORS",
      "OBJECT SET FORMAT", "OBJECT SET COORDINATES", "OBJECT GET COORDINATES", "OBJECT MOVE",
      "OBJECT SET HELP TIP", "OBJECT SET DATA SOURCE", "OBJECT Get data source", "OBJECT Get pointer",
      "OBJECT SET LIST BY NAME", "OBJECT SET PLACEHOLDER", "OBJECT SET SCROLL POSITION", "OBJECT SET SUBFORM",
      "OBJECT SET STYLE SHEET", "OBJECT SET TEXT ORIENTATION", "OBJECT SET VERTICAL ALIGNMENT",
      "OBJECT SET HORIZONTAL ALIGNMENT", "OBJECT SET BORDER STYLE", "OBJECT SET CORNER RADIUS",
      "OBJECT SET FILTER", "OBJECT SET FOCUS RECTANGLE INVISIBLE", "OBJECT SET KEYBOARD LAYOUT",
      "OBJECT SET MAXIMUM VALUE", "OBJECT SET MINIMUM VALUE", "OBJECT SET MULTILINE", "OBJECT SET SHORTCUT",
      "OBJECT SET AUTO SPELLCHECK", "OBJECT SET THREE STATES CHECKBOX", "OBJECT SET RESIZING OPTIONS",
      "OBJECT SET DRAG AND DROP OPTIONS", "OBJECT SET EVENTS", "OBJECT SET ACTION", "OBJECT SET INDICATOR TYPE",
      "OBJECT Get name", "OBJECT Get type", "OBJECT DUPLICATE",
  };
  for (const char* name : kScreenCommands) headless(name, needsScreen, 0, -1);
}

}  // namespace fourd
