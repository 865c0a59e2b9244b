#include <doctest/doctest.h>

#include <string>

#include "plugins/manifest.h"

using fourd::Manifest;
using fourd::ManifestError;
using fourd::parseManifest;

namespace {

const std::string kLibrary =
    R"("library": {"linux": "libp.so", "macos": "libp.dylib", "windows": "p.dll"})";

// A valid manifest with `extra` spliced in after the required keys.
std::string manifestWith(const std::string& extra, const std::string& abi = "1") {
  return R"({"name": "P", "version": "1.0.0", "abiVersion": )" + abi + R"(, "entry": "fd_plugin_init", )" + kLibrary +
         (extra.empty() ? "" : ", " + extra) + "}";
}

// The ManifestError message parsing `json` throws.
std::string problemOf(const std::string& json) {
  try {
    parseManifest(json, "linux");
  } catch (const ManifestError& e) {
    return e.what();
  }
  FAIL("the manifest was accepted: " << json);
  return "";
}

}  // namespace

TEST_CASE("manifest: a complete manifest is read field by field") {
  Manifest m = parseManifest(manifestWith(R"(
      "description": "d",
      "classes": [ { "name": "WebSocketServer", "static": ["new"], "methods": ["terminate"],
                     "properties": [ {"name": "connections", "readOnly": true}, {"name": "label"} ] } ],
      "commands": ["WEB Server", "WEB START SERVER"])"),
                             "linux");
  CHECK(m.name == "P");
  CHECK(m.version == "1.0.0");
  CHECK(m.description == "d");
  CHECK(m.abiVersion == 1);
  CHECK(m.entry == "fd_plugin_init");
  CHECK(m.library == "libp.so");
  REQUIRE(m.classes.size() == 1);
  const fourd::ManifestClass* cls = m.findClass("WebSocketServer");
  REQUIRE(cls);
  CHECK(cls->statics == std::vector<std::string>{"new"});
  CHECK(cls->methods == std::vector<std::string>{"terminate"});
  REQUIRE(cls->properties.size() == 2);
  CHECK(cls->properties[0].name == "connections");
  CHECK(cls->properties[0].readOnly);
  CHECK(cls->properties[1].name == "label");
  CHECK_FALSE(cls->properties[1].readOnly);
  CHECK(m.commands == std::vector<std::string>{"WEB Server", "WEB START SERVER"});
  CHECK(m.findClass("Other") == nullptr);
}

TEST_CASE("manifest: the library is the current platform's") {
  CHECK(parseManifest(manifestWith(""), "macos").library == "libp.dylib");
  CHECK(parseManifest(manifestWith(""), "windows").library == "p.dll");
  CHECK(parseManifest(R"({"name": "P", "version": "1", "abiVersion": 1, "entry": "e", "library": {"linux": "l.so"}})",
                      "linux")
            .library == "l.so");
}

TEST_CASE("manifest: classes, members and commands are optional") {
  Manifest m = parseManifest(manifestWith(R"("classes": [ {"name": "Empty"} ])"), "linux");
  REQUIRE(m.classes.size() == 1);
  CHECK(m.classes[0].statics.empty());
  CHECK(m.classes[0].methods.empty());
  CHECK(m.classes[0].properties.empty());
  CHECK(m.commands.empty());
}

TEST_CASE("manifest: invalid JSON and non-objects are refused") {
  CHECK(problemOf("{ \"name\": ").find("invalid JSON") == 0);
  CHECK(problemOf("").find("invalid JSON") == 0);
  CHECK(problemOf("[1, 2]") == "the manifest must be a JSON object");
}

TEST_CASE("manifest: every required field is checked") {
  CHECK(problemOf(R"({"version": "1", "abiVersion": 1, "entry": "e", )" + kLibrary + "}") ==
        "manifest: \"name\" is missing");
  CHECK(problemOf(R"({"name": "", "version": "1", "abiVersion": 1, "entry": "e", )" + kLibrary + "}") ==
        "manifest: \"name\" must be a non-empty text");
  CHECK(problemOf(R"({"name": "P", "abiVersion": 1, "entry": "e", )" + kLibrary + "}") ==
        "manifest: \"version\" is missing");
  CHECK(problemOf(R"({"name": "P", "version": "1", "entry": "e", )" + kLibrary + "}") == "\"abiVersion\" is missing");
  CHECK(problemOf(R"({"name": "P", "version": "1", "abiVersion": 1, )" + kLibrary + "}") ==
        "manifest: \"entry\" is missing");
  CHECK(problemOf(R"({"name": "P", "version": "1", "abiVersion": 1, "entry": "e"})") == "\"library\" is missing");
}

TEST_CASE("manifest: field types and forms are checked") {
  CHECK(problemOf(manifestWith("", "\"1\"")) == "\"abiVersion\" must be a positive integer");
  CHECK(problemOf(manifestWith("", "1.5")) == "\"abiVersion\" must be a positive integer");
  CHECK(problemOf(manifestWith("", "0")) == "\"abiVersion\" must be a positive integer");
  CHECK(problemOf(R"({"name": 3, "version": "1", "abiVersion": 1, "entry": "e", )" + kLibrary + "}") ==
        "manifest: \"name\" must be a non-empty text");
  CHECK(problemOf(R"({"name": "P", "version": "1", "abiVersion": 1, "entry": "not an identifier", )" + kLibrary +
                  "}") == "\"entry\": \"not an identifier\" is not a C identifier");
  CHECK(problemOf(R"({"name": "P", "version": "1", "abiVersion": 1, "entry": "e", "library": "libp.so"})")
            .find("\"library\" must be an object") == 0);
  CHECK(problemOf(R"({"name": "P", "version": "1", "abiVersion": 1, "entry": "e", "library": {"macos": "x"}})") ==
        "\"library\": \"linux\" is missing");
  CHECK(problemOf(R"({"name": "P", "version": "1", "abiVersion": 1, "entry": "e", "library": {"linux": "../x.so"}})")
            .find("must be a file name in the plugin's folder") != std::string::npos);
  CHECK(problemOf(R"({"name": "P", "version": "1", "abiVersion": 1, "entry": "e", "library": {"linux": "x.so",
        "beos": "x"}})") == "\"library\": unknown key \"beos\"");
}

TEST_CASE("manifest: unknown keys are refused so that typos cannot declare nothing") {
  CHECK(problemOf(manifestWith(R"("command": ["X"])")) == "manifest: unknown key \"command\"");
  CHECK(problemOf(manifestWith(R"("classes": [ {"name": "C", "method": ["x"]} ])")) ==
        "\"classes\": unknown key \"method\"");
  CHECK(problemOf(manifestWith(R"("classes": [ {"name": "C", "properties": [ {"name": "p", "readonly": true} ]} ])")) ==
        "class C: unknown key \"readonly\"");
}

TEST_CASE("manifest: classes and members are checked") {
  CHECK(problemOf(manifestWith(R"("classes": {"name": "C"})")) == "manifest: \"classes\" must be an array");
  CHECK(problemOf(manifestWith(R"("classes": ["C"])")) == "\"classes\": entry 0 must be an object");
  CHECK(problemOf(manifestWith(R"("classes": [ {"static": ["new"]} ])")) == "\"classes\": \"name\" is missing");
  CHECK(problemOf(manifestWith(R"("classes": [ {"name": "4D"} ])")) ==
        "\"classes\": class name \"4D\" is not an identifier");
  CHECK(problemOf(manifestWith(R"("classes": [ {"name": "C"}, {"name": "C"} ])")) ==
        "\"classes\": \"C\" is declared twice");
  CHECK(problemOf(manifestWith(R"("classes": [ {"name": "C", "methods": "run"} ])")) ==
        "class C: \"methods\" must be an array");
  CHECK(problemOf(manifestWith(R"("classes": [ {"name": "C", "methods": ["two words"]} ])")) ==
        "class C: \"methods\" entries must be identifiers");
  CHECK(problemOf(manifestWith(R"("classes": [ {"name": "C", "static": [1]} ])")) ==
        "class C: \"static\" entries must be identifiers");
  CHECK(problemOf(manifestWith(R"("classes": [ {"name": "C", "properties": ["p"]} ])")) ==
        "class C properties: entry 0 must be an object");
  CHECK(problemOf(manifestWith(R"("classes": [ {"name": "C", "properties": [ {"name": "p", "readOnly": 1} ]} ])")) ==
        "class C: \"readOnly\" of property \"p\" must be true or false");
}

TEST_CASE("manifest: member names are unique per class, separately for statics") {
  CHECK(problemOf(manifestWith(R"("classes": [ {"name": "C", "methods": ["x", "x"]} ])")) ==
        "class C: \"x\" is declared twice");
  CHECK(problemOf(manifestWith(R"("classes": [ {"name": "C", "methods": ["x"], "properties": [{"name": "x"}]} ])")) ==
        "class C: \"x\" is declared twice");
  CHECK(parseManifest(manifestWith(R"("classes": [ {"name": "C", "static": ["x"], "methods": ["x"]} ])"), "linux")
            .classes[0]
            .statics.size() == 1);
}

TEST_CASE("manifest: commands are checked") {
  CHECK(problemOf(manifestWith(R"("commands": "WEB Server")")) == "manifest: \"commands\" must be an array");
  CHECK(problemOf(manifestWith(R"("commands": [""])")) ==
        "\"commands\": entries must be words separated by single spaces");
  CHECK(problemOf(manifestWith(R"("commands": ["WEB  Server"])")) ==
        "\"commands\": entries must be words separated by single spaces");
  CHECK(problemOf(manifestWith(R"("commands": [" WEB"])")) ==
        "\"commands\": entries must be words separated by single spaces");
  CHECK(problemOf(manifestWith(R"("commands": ["WEB Server", "web server"])")) ==
        "\"commands\": \"web server\" is declared twice");
}

TEST_CASE("manifest: readManifest reports a file it cannot read") {
  try {
    fourd::readManifest("/nonexistent/manifest.json");
    FAIL("no error");
  } catch (const ManifestError& e) {
    CHECK(std::string(e.what()) == "cannot read /nonexistent/manifest.json");
  }
}
