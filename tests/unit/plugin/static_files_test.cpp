// Static-file path resolution and content types of the plugin's web server.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "web/mime_types.h"
#include "web/static_path.h"

namespace fs = std::filesystem;
using wsplugin::contentTypeFor;
using wsplugin::resolveStaticPath;

namespace {

// A scratch web folder with index.html, a subfolder, and a secret file beside (outside) the root.
struct WebFolder {
  fs::path base;
  fs::path root;
  WebFolder() {
    base = fs::temp_directory_path() / ("static_files_test_" + std::to_string(std::random_device{}()));
    root = base / "WebFolder";
    fs::create_directories(root / "sub dir");
    std::ofstream(root / "index.html") << "<h1>home</h1>";
    std::ofstream(root / "app.js") << "1";
    std::ofstream(root / "sub dir" / "index.html") << "sub";
    std::ofstream(root / "sub dir" / "a b.txt") << "ab";
    fs::create_directories(root / "empty");
    std::ofstream(base / "secret.txt") << "secret";
  }
  ~WebFolder() { fs::remove_all(base); }
};

}  // namespace

TEST_CASE("the root and directories serve their index.html") {
  WebFolder web;
  CHECK(resolveStaticPath(web.root, "/") == web.root / "index.html");
  CHECK(resolveStaticPath(web.root, "") == web.root / "index.html");
  CHECK(resolveStaticPath(web.root, "/sub%20dir/") == web.root / "sub dir" / "index.html");
  CHECK(resolveStaticPath(web.root, "/sub%20dir") == web.root / "sub dir" / "index.html");
}

TEST_CASE("files are found with percent-decoded names") {
  WebFolder web;
  CHECK(resolveStaticPath(web.root, "/app.js") == web.root / "app.js");
  CHECK(resolveStaticPath(web.root, "/sub%20dir/a%20b.txt") == web.root / "sub dir" / "a b.txt");
  CHECK(resolveStaticPath(web.root, "//app.js") == web.root / "app.js");
  CHECK(resolveStaticPath(web.root, "/./app.js") == web.root / "app.js");
}

TEST_CASE("missing files and directories without index.html are not found (no listing)") {
  WebFolder web;
  CHECK_FALSE(resolveStaticPath(web.root, "/missing.html"));
  CHECK_FALSE(resolveStaticPath(web.root, "/empty/"));
  CHECK_FALSE(resolveStaticPath(web.root, "/app.js/"));
}

TEST_CASE("no form of a parent step leaves the root") {
  WebFolder web;
  for (const char* attack : {"/../secret.txt", "/sub%20dir/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                             "/.%2e/secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/..%5csecret.txt",
                             "/sub%20dir/..", "/app.js%00.html", "/%252e%252e/secret.txt", "/%"}) {
    CAPTURE(attack);
    CHECK_FALSE(resolveStaticPath(web.root, attack));
  }
}

TEST_CASE("symbolic links out of the root are refused") {
  WebFolder web;
  std::error_code ec;
  fs::create_symlink(web.base / "secret.txt", web.root / "link.txt", ec);
  if (ec) return;  // the file system has no symbolic links: nothing to check
  CHECK_FALSE(resolveStaticPath(web.root, "/link.txt"));
}

TEST_CASE("content types follow the extension, case-insensitively") {
  CHECK(contentTypeFor("index.html") == "text/html; charset=utf-8");
  CHECK(contentTypeFor("INDEX.HTM") == "text/html; charset=utf-8");
  CHECK(contentTypeFor("app.js") == "text/javascript; charset=utf-8");
  CHECK(contentTypeFor("style.css") == "text/css; charset=utf-8");
  CHECK(contentTypeFor("data.json") == "application/json");
  CHECK(contentTypeFor("logo.png") == "image/png");
  CHECK(contentTypeFor("photo.JPEG") == "image/jpeg");
  CHECK(contentTypeFor("icon.svg") == "image/svg+xml");
  CHECK(contentTypeFor("module.wasm") == "application/wasm");
  CHECK(contentTypeFor("archive.tar.unknown") == "application/octet-stream");
  CHECK(contentTypeFor("README") == "application/octet-stream");
  CHECK(contentTypeFor("dir.d/README") == "application/octet-stream");
}
