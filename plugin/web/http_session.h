#pragma once
// One HTTP connection, on an I/O thread, until it ends or becomes a WebSocket. It reads a request's line and
// headers as they arrive (within the request deadline), parses them with Poco, and answers: a static file,
// streamed as the socket takes it, or an upgrade, whose decision 4D code makes on its worker while no thread
// waits. Keep-alive requests follow one another on the same connection. On the HTTPS port, the TLS handshake comes
// first, within the same deadline, and TLS then carries everything, the WebSocket after an upgrade included.

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/StreamSocket.h>

#include <atomic>
#include <fstream>
#include <memory>
#include <string>

#include "net/io_handler.h"
#include "net/io_loop.h"
#include "net/tls_stream.h"
#include "web/http_answer.h"
#include "web/web_run.h"
#include "web/websocket_endpoint.h"

namespace wsplugin {

class SessionUpgrade;

class HttpSession final : public IoHandler, public std::enable_shared_from_this<HttpSession> {
 public:
  // A request's line and headers must arrive within this, counted from the accept or the end of the previous
  // answer.
  static constexpr auto kRequestDeadline = std::chrono::seconds(10);

  HttpSession(Poco::Net::StreamSocket socket, std::shared_ptr<WebRun> run, IoLoop& loop, bool secure);

  int fd() const override { return fd_; }
  void onReadable(char* scratch, size_t size, bool peerClosed) override;
  void onWritable() override;
  void onHangup() override;
  void onTick(Clock::time_point now) override;
  bool finished() const override { return finished_.load(std::memory_order_acquire); }

  // The loop's thread, from the task SessionUpgrade posts.
  void completeUpgrade(UpgradeDecision decision);

 private:
  enum class State { ReadingRequest, AwaitingDecision, Answering, Ended };

  // False while the TLS handshake is not done (or failed, which ends the session).
  bool handshakeDone();
  void readRequests();
  bool handleBufferedRequest();
  void handleRequest(const Poco::Net::HTTPRequest& request, bool hasBody);
  void startUpgrade(const Poco::Net::HTTPRequest& request);
  void answer(HttpAnswer answer, bool keepAlive);
  void writeAnswer();
  void answerDone();
  void end();

  Poco::Net::StreamSocket socket_;
  int fd_;
  const std::shared_ptr<WebRun> run_;
  IoLoop& loop_;
  State state_ = State::ReadingRequest;
  Clock::time_point deadline_;
  std::string in_;   // received, not yet handled
  std::string out_;  // to send, from outOffset_ on
  size_t outOffset_ = 0;
  std::ifstream file_;  // the rest of a file being sent
  bool keepAlive_ = false;
  std::shared_ptr<SessionUpgrade> upgrade_;  // while AwaitingDecision
  std::string acceptKey_;
  std::unique_ptr<TlsStream> tls_;  // on the HTTPS port
  bool handshaking_ = false;
  std::atomic<bool> finished_{false};
};

}  // namespace wsplugin
