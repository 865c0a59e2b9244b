#pragma once
// The TLS configuration of every 4D.WebSocket client: the system's trusted certificates (or the file that
// SSL_CERT_FILE names, as OpenSSL reads it), the server's certificate verified against the URL's host, TLS 1.2 at
// least, renegotiation and compression off.

#include <memory>
#include <string>

typedef struct ssl_ctx_st SSL_CTX;

namespace wsplugin {

// Made once and shared; null with `error` set when OpenSSL could not make it.
std::shared_ptr<SSL_CTX> clientTlsContext(std::string& error);

}  // namespace wsplugin
