#include "net/tls_client_context.h"

#include <openssl/ssl.h>

#include <mutex>

#include "net/tls_stream.h"

namespace wsplugin {

namespace {

std::shared_ptr<SSL_CTX> makeContext(std::string& error) {
  std::shared_ptr<SSL_CTX> context(SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
  if (!context || SSL_CTX_set_default_verify_paths(context.get()) != 1) {
    error = "OpenSSL: " + lastOpenSslError();
    return nullptr;
  }
  SSL_CTX_set_verify(context.get(), SSL_VERIFY_PEER, nullptr);
  SSL_CTX_set_min_proto_version(context.get(), TLS1_2_VERSION);
  prepareStreamContext(context.get());
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
