#pragma once
// A 4D.WebSocket client until its connection opens: resolution (net/host_resolver.h), a non-blocking connect to
// each address in turn, the TLS handshake for wss://, the upgrade request and the check of the server's answer,
// all on one I/O thread, within one deadline. On success it hands the socket, its TLS and the bytes that came
// after the 101 to the client's Connection, which takes its place in the loop and announces Open; on failure
// it reports an Error (code 0: nothing was open) and a Closed (1006) on the client's event queue.

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "net/connection.h"
#include "net/event_queue.h"
#include "net/io_handler.h"
#include "net/tls_stream.h"
#include "protocol/client_handshake.h"
#include "protocol/websocket_url.h"

typedef struct ssl_ctx_st SSL_CTX;

namespace wsplugin {

class HostResolver;
class IoLoop;

struct ClientTarget {
  ws::WebSocketUrl url;
  ws::UpgradeRequest request;
  std::chrono::milliseconds timeout{10000};  // from start() to the 101, resolution included
  std::shared_ptr<SSL_CTX> tls;              // wss:// only
};

class ClientConnector final : public IoHandler, public std::enable_shared_from_this<ClientConnector> {
 public:
  ClientConnector(ClientTarget target, std::shared_ptr<Connection> connection, std::shared_ptr<EventQueue> events,
                  IoLoop& loop, HostResolver& resolver);
  ~ClientConnector() override;

  // Any thread: joins the loop and starts resolving.
  void start();
  // Any thread (4D's terminate()): a connector still connecting gives up and reports Closed (1006) without an
  // error; when the connection opened meanwhile, it starts the close handshake with `code`.
  void cancel(uint16_t code, std::string reason);
  // Any thread: runs `task` on the connection's I/O thread.
  void onLoop(std::function<void()> task);
  // The subprotocol the server chose; set before the Open event is pushed, so read after it.
  const std::string& protocol() const { return protocol_; }

  int fd() const override { return fd_; }
  bool watch(int epollFd, int operation) override;
  void onReadable(char* scratch, size_t size, bool peerClosed) override;
  void onWritable() override;
  void onHangup() override;
  void onTick(Clock::time_point now) override;
  bool finished() const override { return finished_.load(std::memory_order_acquire); }

 private:
  enum class State { Resolving, Connecting, TlsHandshaking, Sending, Reading, Upgraded, HandedOver, Failed };

  // Each below runs on the loop thread.
  void connectNext();
  void advance();
  bool connectionEstablished();
  bool tlsDone();
  bool requestSent();
  void readAnswer(char* scratch, size_t size);
  void judgeAnswer(size_t headEnd);
  void handOver(std::string early);  // posted: replaces this handler in the loop
  void fail(const std::string& error);
  void closeSocket();

  ClientTarget target_;
  const std::shared_ptr<Connection> connection_;
  const std::shared_ptr<EventQueue> events_;
  IoLoop& loop_;
  HostResolver& resolver_;
  const std::string key_;
  const Clock::time_point deadline_;

  State state_ = State::Resolving;
  int epollFd_ = -1;
  std::vector<Poco::Net::SocketAddress> addresses_;
  size_t nextAddress_ = 0;
  std::string lastConnectError_;
  Poco::Net::StreamSocket socket_;
  int fd_ = -1;
  std::unique_ptr<TlsStream> tls_;
  std::string out_;
  size_t outOffset_ = 0;
  std::string in_;
  std::string protocol_;
  std::atomic<bool> finished_{false};
};

}  // namespace wsplugin
