#include "net/tls_stream.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <sys/socket.h>

#include <cerrno>

namespace wsplugin {

ssize_t receiveFrom(int fd, TlsStream* tls, char* data, size_t size) {
  return tls ? tls->read(data, size) : ::recv(fd, data, size, 0);
}

ssize_t transmitTo(int fd, TlsStream* tls, const char* data, size_t size) {
  return tls ? tls->write(data, size) : ::send(fd, data, size, MSG_NOSIGNAL);
}

void prepareStreamContext(SSL_CTX* context) {
  SSL_CTX_set_options(context, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
  SSL_CTX_set_mode(context, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
                                SSL_MODE_RELEASE_BUFFERS);
}

std::string lastOpenSslError() {
  unsigned long code = ERR_get_error();
  ERR_clear_error();
  if (code == 0) return "unknown OpenSSL error";
  char text[256];
  ERR_error_string_n(code, text, sizeof text);
  return text;
}

TlsStream::TlsStream(SSL_CTX* context, int fd) : ssl_(SSL_new(context)) {
  if (ssl_) SSL_set_fd(ssl_, fd);
  if (ssl_) SSL_set_accept_state(ssl_);
}

TlsStream::TlsStream(SSL_CTX* context, int fd, const std::string& serverName) : ssl_(SSL_new(context)) {
  if (!ssl_) return;
  SSL_set_fd(ssl_, fd);
  SSL_set_connect_state(ssl_);
  // An address is checked against the certificate's IP addresses, and is no server name to send (RFC 6066 §3).
  if (X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl_), serverName.c_str()) == 1) return;
  SSL_set_tlsext_host_name(ssl_, serverName.c_str());
  SSL_set1_host(ssl_, serverName.c_str());
}

TlsStream::~TlsStream() { SSL_free(ssl_); }

TlsStream::Handshake TlsStream::handshake() {
  if (!ssl_) return Handshake::Failed;
  ERR_clear_error();
  int result = SSL_do_handshake(ssl_);
  if (result == 1) return Handshake::Done;
  int error = SSL_get_error(ssl_, result);
  if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) return Handshake::Pending;
  const long verified = SSL_get_verify_result(ssl_);
  if (verified != X509_V_OK) {
    failure_ = X509_verify_cert_error_string(verified);
  } else if (ERR_peek_error() != 0) {
    failure_ = lastOpenSslError();
  } else {
    failure_ = "the connection closed during the TLS handshake";
  }
  ERR_clear_error();
  return Handshake::Failed;
}

ssize_t TlsStream::read(char* data, size_t size) {
  ERR_clear_error();
  size_t got = 0;
  int result = SSL_read_ex(ssl_, data, size, &got);
  if (result == 1) return static_cast<ssize_t>(got);
  return failed(result);
}

ssize_t TlsStream::write(const char* data, size_t size) {
  ERR_clear_error();
  size_t written = 0;
  int result = SSL_write_ex(ssl_, data, size, &written);
  if (result == 1) return static_cast<ssize_t>(written);
  return failed(result);
}

void TlsStream::readAhead() { SSL_set_read_ahead(ssl_, 1); }

bool TlsStream::buffered() const { return SSL_has_pending(ssl_) == 1; }

ssize_t TlsStream::failed(int result) {
  switch (SSL_get_error(ssl_, result)) {
    case SSL_ERROR_ZERO_RETURN: return 0;  // close_notify
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE: errno = EAGAIN; return -1;
    case SSL_ERROR_SYSCALL:
      if (errno == 0 || errno == EAGAIN) errno = ECONNRESET;  // the peer went away without close_notify
      return -1;
    default: errno = ECONNRESET; return -1;
  }
}

void TlsStream::shutdown() {
  // Only on a finished handshake: SSL_shutdown on a half-done one is an error by itself.
  if (SSL_is_init_finished(ssl_)) {
    ERR_clear_error();
    SSL_shutdown(ssl_);
  }
}

}  // namespace wsplugin
