// The textbook Poco WebSocket echo server the benchmarks compare against: Poco's HTTPServer gives each
// WebSocket its own thread, which blocks in receiveFrame(). Paths: any path echoes; "/broadcast" relays every
// message to every open connection.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/WebSocket.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <set>

using namespace Poco::Net;

namespace {

std::mutex broadcastMutex;
std::set<WebSocket*> broadcastClients;

class EchoHandler : public HTTPRequestHandler {
 public:
  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    try {
      WebSocket ws(request, response);
      ws.setReceiveTimeout(Poco::Timespan(3600, 0));
      const bool broadcast = request.getURI() == "/broadcast";
      if (broadcast) {
        std::lock_guard lock(broadcastMutex);
        broadcastClients.insert(&ws);
      }
      for (;;) {
        int flags = 0;
        Poco::Buffer<char> message(0);
        int n = ws.receiveFrame(message, flags);
        int opcode = flags & WebSocket::FRAME_OP_BITMASK;
        if (n <= 0 && opcode == WebSocket::FRAME_OP_CLOSE) break;
        if (n == 0 && opcode != WebSocket::FRAME_OP_TEXT && opcode != WebSocket::FRAME_OP_BINARY) break;
        if (opcode == WebSocket::FRAME_OP_PING) {
          ws.sendFrame(message.begin(), n, int(WebSocket::FRAME_FLAG_FIN) | int(WebSocket::FRAME_OP_PONG));
          continue;
        }
        if (!broadcast) {
          ws.sendFrame(message.begin(), n, int(WebSocket::FRAME_FLAG_FIN) | opcode);
          continue;
        }
        std::lock_guard lock(broadcastMutex);
        for (WebSocket* client : broadcastClients) client->sendFrame(message.begin(), n, int(WebSocket::FRAME_FLAG_FIN) | opcode);
      }
      if (broadcast) {
        std::lock_guard lock(broadcastMutex);
        broadcastClients.erase(&ws);
      }
    } catch (const Poco::Exception&) {
      // The peer went away; this thread's connection is over either way.
    }
  }
};

class Factory : public HTTPRequestHandlerFactory {
 public:
  HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override { return new EchoHandler; }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: poco-echo-server PORT [MAX_THREADS]\n");
    return 2;
  }
  const int port = std::atoi(argv[1]);
  const int maxThreads = argc > 2 ? std::atoi(argv[2]) : 20000;
  auto* params = new HTTPServerParams;
  params->setMaxThreads(maxThreads);
  params->setMaxQueued(maxThreads);
  params->setKeepAlive(false);
  Poco::ThreadPool pool(2, maxThreads);
  HTTPServer server(new Factory, pool, ServerSocket(SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)), 4096),
                    params);
  server.start();
  std::printf("listening on %d\n", port);
  std::fflush(stdout);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  int sig = 0;
  sigwait(&set, &sig);
  server.stopAll(true);
  return 0;
}
