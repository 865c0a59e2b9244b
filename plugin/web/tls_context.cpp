#include "web/tls_context.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cstdio>
#include <filesystem>

#include "net/tls_stream.h"

namespace wsplugin {

namespace {

// Without a cipherSuite setting (TLS 1.2 and below; TLS 1.3's suites are all forward secret): only suites whose
// keys are agreed by (EC)DHE, as 4D reports perfectForwardSecrecy True by default.
constexpr const char* kForwardSecretCiphers = "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20";

// "<file>: <reason>" when the file cannot be used, else empty.
std::string checkReadable(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return file.string() + ": missing";
  if (!std::filesystem::is_regular_file(file, ec)) return file.string() + ": not a file";
  std::FILE* opened = std::fopen(file.c_str(), "r");
  if (!opened) return file.string() + ": unreadable";
  std::fclose(opened);
  return {};
}

std::string checkValidity(const std::filesystem::path& file, SSL_CTX* context) {
  X509* certificate = SSL_CTX_get0_certificate(context);
  if (X509_cmp_current_time(X509_get0_notAfter(certificate)) < 0) return file.string() + ": the certificate expired";
  if (X509_cmp_current_time(X509_get0_notBefore(certificate)) > 0)
    return file.string() + ": the certificate is not valid yet";
  return {};
}

// 4D's minTLSVersion: 1 TLS 1.0, 2 TLS 1.1, 3 TLS 1.2 (the default), 4 TLS 1.3.
int protocolVersion(int minTlsVersion) {
  switch (minTlsVersion) {
    case 1: return TLS1_VERSION;
    case 2: return TLS1_1_VERSION;
    case 4: return TLS1_3_VERSION;
    default: return TLS1_2_VERSION;
  }
}

}  // namespace

TlsContext makeTlsContext(const WebSettings& settings, std::string& error) {
  TlsContext context(SSL_CTX_new(TLS_server_method()), SSL_CTX_free);
  if (!context) {
    error = "OpenSSL: " + lastOpenSslError();
    return nullptr;
  }
  const auto certificate = settings.certificateFolder / "cert.pem";
  const auto key = settings.certificateFolder / "key.pem";
  for (const auto& file : {certificate, key}) {
    if (error = checkReadable(file); !error.empty()) return nullptr;
  }
  ERR_clear_error();
  if (SSL_CTX_use_certificate_chain_file(context.get(), certificate.c_str()) != 1) {
    error = certificate.string() + ": not a PEM certificate (" + lastOpenSslError() + ")";
    return nullptr;
  }
  if (error = checkValidity(certificate, context.get()); !error.empty()) return nullptr;
  if (SSL_CTX_use_PrivateKey_file(context.get(), key.c_str(), SSL_FILETYPE_PEM) != 1 ||
      SSL_CTX_check_private_key(context.get()) != 1) {
    bool mismatch = ERR_GET_REASON(ERR_peek_last_error()) == X509_R_KEY_VALUES_MISMATCH;
    std::string reason = lastOpenSslError();
    error = mismatch ? key.string() + ": does not match the certificate " + certificate.string()
                     : key.string() + ": not a PEM private key (" + reason + ")";
    return nullptr;
  }
  SSL_CTX_set_min_proto_version(context.get(), protocolVersion(settings.minTlsVersion));
  SSL_CTX_set_dh_auto(context.get(), 1);
  if (SSL_CTX_set_cipher_list(context.get(), cipherList(settings).c_str()) != 1) {
    error = "settings.cipherSuite: no cipher OpenSSL knows in \"" + settings.cipherSuite + "\"";
    return nullptr;
  }
  prepareStreamContext(context.get());
  SSL_CTX_set_options(context.get(), SSL_OP_CIPHER_SERVER_PREFERENCE);
  return context;
}

std::string cipherList(const WebSettings& settings) {
  return settings.cipherSuite.empty() ? kForwardSecretCiphers : settings.cipherSuite;
}

bool hasPerfectForwardSecrecy(const std::string& cipherList) {
  std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> context(SSL_CTX_new(TLS_server_method()), SSL_CTX_free);
  if (!context || SSL_CTX_set_cipher_list(context.get(), cipherList.c_str()) != 1) return false;
  STACK_OF(SSL_CIPHER)* ciphers = SSL_CTX_get_ciphers(context.get());
  for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); ++i) {
    int exchange = SSL_CIPHER_get_kx_nid(sk_SSL_CIPHER_value(ciphers, i));
    if (exchange != NID_kx_ecdhe && exchange != NID_kx_dhe && exchange != NID_kx_any) return false;
  }
  return true;
}

std::string openSslVersion() { return OpenSSL_version(OPENSSL_VERSION); }

}  // namespace wsplugin
