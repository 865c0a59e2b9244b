#pragma once
// TLS (OpenSSL) over one connection's non-blocking socket, as the server or as a client. Results are those of recv and
// send: bytes moved, 0 when the peer closed, -1 with errno set (EAGAIN: wait for readiness; ECONNRESET: TLS failed).
// Not thread-safe: the connection that owns it serializes every use (HttpSession: its I/O thread; Connection: its
// mutex, which also guards the descriptor).

#include <sys/types.h>

#include <cstddef>
#include <string>

typedef struct ssl_st SSL;
typedef struct ssl_ctx_st SSL_CTX;

namespace wsplugin {

class TlsStream;

// What a context needs for the streams that run on it, server's or client's: no renegotiation (how a peer makes
// the other redo expensive work at will) and no compression (it leaks secrets: CRIME); writes that resume from a
// buffer that may have moved and take what the socket takes; buffers released while a connection is idle.
void prepareStreamContext(SSL_CTX* context);
// OpenSSL's oldest queued error as text, the queue then cleared; "unknown OpenSSL error" when it is empty.
std::string lastOpenSslError();

// Reads or writes a connection's socket, through its TLS when it has one (`tls` null: plain), as recv and send do.
ssize_t receiveFrom(int fd, TlsStream* tls, char* data, size_t size);
ssize_t transmitTo(int fd, TlsStream* tls, const char* data, size_t size);

class TlsStream {
 public:
  // The server's side.
  TlsStream(SSL_CTX* context, int fd);
  // A client's side, for `serverName`: sent as SNI, and the name the server's certificate must be valid for.
  TlsStream(SSL_CTX* context, int fd, const std::string& serverName);
  ~TlsStream();
  TlsStream(const TlsStream&) = delete;
  TlsStream& operator=(const TlsStream&) = delete;

  enum class Handshake { Done, Pending, Failed };
  // Call again on each readiness event while Pending.
  Handshake handshake();
  // Why the handshake failed, as OpenSSL says it (a certificate that does not verify, a protocol refused).
  const std::string& failure() const { return failure_; }
  ssize_t read(char* data, size_t size);
  ssize_t write(const char* data, size_t size);
  // From now on a read takes all the socket holds into OpenSSL's buffer (up to a record's size), which the next
  // reads decrypt without a system call; without it, each record costs two (its header, then its body). Whoever
  // reads must then not wait for the socket while records are buffered(): they raise no readiness event.
  void readAhead();
  bool buffered() const;
  // Sends close_notify, without waiting for the peer's.
  void shutdown();

 private:
  ssize_t failed(int result);

  SSL* ssl_;
  std::string failure_;
};

}  // namespace wsplugin
