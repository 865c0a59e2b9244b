#pragma once
// The HTTPS configuration of a web server run: 4D's key.pem and cert.pem (a chain allowed) from the certificate
// folder, the minimum TLS version and the cipher list, as 4D's settings name them.

#include <memory>
#include <string>

#include "web/web_settings.h"

typedef struct ssl_ctx_st SSL_CTX;

namespace wsplugin {

using TlsContext = std::shared_ptr<SSL_CTX>;

// Null with `error` set, naming the file or setting and the reason: missing, unreadable, not PEM, expired or not
// yet valid, a key that does not match the certificate, a cipher list OpenSSL does not know.
TlsContext makeTlsContext(const WebSettings& settings, std::string& error);
// The cipher list in force: the cipherSuite setting, else forward-secret suites only.
std::string cipherList(const WebSettings& settings);
// True when every cipher of the list agrees keys by (EC)DHE, as TLS 1.3's suites always do.
bool hasPerfectForwardSecrecy(const std::string& cipherList);
// The OpenSSL library in use, as OpenSSL names it.
std::string openSslVersion();

}  // namespace wsplugin
