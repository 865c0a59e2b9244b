#pragma once
// What 4D's WEB Server.start() settings configure here, with 4D's defaults (developer.4d.com, WebServerClass).
// api/web_settings_reader.cpp reads them from 4D and refuses every setting this server cannot honour.

#include <cstdint>
#include <filesystem>
#include <string>

namespace wsplugin {

struct WebSettings {
  uint16_t port = 8080;                        // HTTPPort; 0 picks a free port
  std::filesystem::path root;                  // rootFolder
  std::string listenAddress;                   // IPAddressToListen; empty: every interface
  std::string defaultHomepage = "index.html";  // what "/" serves; empty: no home page (404)
  uint64_t maxRequestSize = 2000000;           // a request body declared bigger is refused with 413
  bool httpEnabled = true;                     // HTTPEnabled
  bool httpsEnabled = false;                   // HTTPSEnabled
  uint16_t httpsPort = 443;                    // HTTPSPort; 0 picks a free port
  std::filesystem::path certificateFolder;     // where key.pem and cert.pem are: by default the project's folder
  int minTlsVersion = 3;                       // 1 TLS 1.0, 2 TLS 1.1, 3 TLS 1.2, 4 TLS 1.3
  std::string cipherSuite;                     // OpenSSL's cipher list syntax; empty: forward-secret suites only
};

}  // namespace wsplugin
