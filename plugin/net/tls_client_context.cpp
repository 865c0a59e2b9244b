#include "net/tls_client_context.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <mutex>

namespace wsplugin {

namespace {

std::shared_ptr<SSL_CTX> makeContext(std::string& error) {
  std::shared_ptr<SSL_CTX> context(SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
  if (!context || SSL_CTX_set_default_verify_paths(context.get()) != 1) {
    char text[256];
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    error = std::string("OpenSSL: ") + text;
    return nullptr;
  }
  SSL_CTX_set_verify(context.get(), SSL_VERIFY_PEER, nullptr);
  SSL_CTX_set_min_proto_version(context.get(), TLS1_2_VERSION);
  SSL_CTX_set_options(context.get(), SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
  SSL_CTX_set_mode(context.get(), SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
                                      SSL_MODE_RELEASE_BUFFERS);
  return context;
}

}  // namespace

std::shared_ptr<SSL_CTX> clientTlsContext(std::string& error) {
  static std::mutex mutex;
  static std::shared_ptr<SSL_CTX> context;
  std::lock_guard lock(mutex);
  if (!context) context = makeContext(error);
  return context;
}

}  // namespace wsplugin
