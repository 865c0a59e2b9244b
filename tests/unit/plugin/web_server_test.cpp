// The plugin's web server over loopback, without a host: static files, refused methods and paths, and the
// WebSocket upgrade through a stand-in endpoint (what the 4D WebSocketServer does with onConnection).
#include <doctest/doctest.h>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include <unistd.h>

#include "event_log.h"
#include "process_stats.h"
#include "protocol/handshake.h"
#include "web/web_server.h"
#include "ws_test_client.h"

using namespace wsplugin;
using namespace ws_test;
namespace fs = std::filesystem;

namespace {

// Accepts (or refuses) every upgrade the way the test says, and records what it was asked.
class StandInEndpoint : public WebSocketEndpoint {
 public:
  StandInEndpoint(std::string path, int status) : path_(std::move(path)), status_(status) {}
  const std::string& path() const override { return path_; }
  std::chrono::milliseconds handshakeTimeout() const override { return std::chrono::seconds(10); }
  void decide(UpgradeRequest request, std::shared_ptr<PendingUpgrade> pending) override {
    lastRequest = std::move(request);
    if (status_ != 101) return pending->answer(UpgradeDecision{status_, {}, nullptr});
    auto connection = std::make_shared<Connection>(++nextId_, ConnectionLimits{}, log.queue);
    std::string protocol = lastRequest.offeredProtocols.empty() ? "" : lastRequest.offeredProtocols.back();
    pending->answer(UpgradeDecision{101, protocol, connection});
  }
  void webServerStopped() override { stopped = true; }

  EventLog log;
  UpgradeRequest lastRequest;
  std::atomic<bool> stopped{false};

 private:
  std::string path_;
  int status_;
  uint64_t nextId_ = 0;
};

WebSettings settingsOf(uint16_t port, const fs::path& root) {
  WebSettings settings;
  settings.port = port;
  settings.root = root;
  return settings;
}

struct RunningWebServer {
  fs::path root = fs::temp_directory_path() / ("web_server_test_" + std::to_string(std::random_device{}()));
  IoThreads io{1};
  WebServer web{settingsOf(0, root), io};

  RunningWebServer() {
    fs::create_directories(root);
    std::ofstream(root / "index.html") << "<p>home</p>";
    std::ofstream(root / "style.css") << "p{}";
    std::ofstream(root.parent_path() / (root.filename().string() + ".secret")) << "secret";
    WebServer::StartResult started = web.start(web.defaults());
    REQUIRE(started.success);
  }
  ~RunningWebServer() {
    web.stop();
    fs::remove_all(root);
    fs::remove(root.parent_path() / (root.filename().string() + ".secret"));
  }

  // status and body of a plain HTTP request
  std::pair<int, std::string> request(const std::string& method, const std::string& target,
                                      Poco::Net::HTTPResponse* responseOut = nullptr) {
    Poco::Net::HTTPClientSession session("127.0.0.1", web.settings().port);
    Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::string body;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), body);
    if (responseOut) *responseOut = response;
    return {response.getStatus(), body};
  }

  Poco::Net::StreamSocket connect() {
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", web.settings().port));
    socket.setReceiveTimeout(Poco::Timespan(5, 0));
    return socket;
  }
};

const char* kKey = "dGhlIHNhbXBsZSBub25jZQ==";

std::string upgradeRequest(const std::string& target, const std::string& extraHeaders = "") {
  return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
         "Sec-WebSocket-Key: " + std::string(kKey) + "\r\nSec-WebSocket-Version: 13\r\n" + extraHeaders + "\r\n";
}

int statusOf(const std::string& head) { return head.size() > 12 ? std::stoi(head.substr(9, 3)) : 0; }

}  // namespace

TEST_CASE("static files: index, content type, HEAD, 404, 405, no way out of the root") {
  RunningWebServer server;
  Poco::Net::HTTPResponse response;
  auto [status, body] = server.request("GET", "/", &response);
  CHECK(status == 200);
  CHECK(body == "<p>home</p>");
  CHECK(response.getContentType() == "text/html; charset=utf-8");
  CHECK(server.request("GET", "/style.css", &response).second == "p{}");
  CHECK(response.getContentType() == "text/css; charset=utf-8");
  auto head = server.request("HEAD", "/style.css", &response);
  CHECK(head.first == 200);
  CHECK(head.second.empty());
  CHECK(response.getContentLength() == 3);
  CHECK(server.request("GET", "/missing.html").first == 404);
  CHECK(server.request("POST", "/").first == 405);
  CHECK(server.request("DELETE", "/index.html").first == 405);
  std::string secret = "/../" + server.root.filename().string() + ".secret";
  CHECK(server.request("GET", secret).first == 404);
  CHECK(server.request("GET", "/%2e%2e/" + server.root.filename().string() + ".secret").first == 404);
}

TEST_CASE("an upgrade with no server on its path is answered 404") {
  RunningWebServer server;
  auto socket = server.connect();
  CHECK(statusOf(exchangeHead(socket, upgradeRequest("/chat"))) == 404);
}

TEST_CASE("invalid handshakes are answered 400, a wrong version 426") {
  RunningWebServer server;
  auto endpoint = std::make_shared<StandInEndpoint>("/chat", 101);
  std::string error;
  REQUIRE(server.web.addEndpoint(endpoint, error));
  auto noKey = server.connect();
  CHECK(statusOf(exchangeHead(noKey, "GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                     "Sec-WebSocket-Version: 13\r\n\r\n")) == 400);
  auto oldVersion = server.connect();
  std::string head = exchangeHead(oldVersion, "GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                                              "Connection: Upgrade\r\nSec-WebSocket-Key: " + std::string(kKey) +
                                              "\r\nSec-WebSocket-Version: 8\r\n\r\n");
  CHECK(statusOf(head) == 426);
  CHECK(head.find("Sec-WebSocket-Version: 13") != std::string::npos);
}

TEST_CASE("an accepted upgrade answers 101 and the socket then speaks WebSocket") {
  RunningWebServer server;
  auto endpoint = std::make_shared<StandInEndpoint>("/chat", 101);
  std::string error;
  REQUIRE(server.web.addEndpoint(endpoint, error));
  auto socket = server.connect();
  std::string head = exchangeHead(socket, upgradeRequest("/chat?room=1&room=2&name=a%20b",
                                                         "Sec-WebSocket-Protocol: v1, v2\r\nX-Twice: 1\r\nX-Twice: 2\r\n"));
  REQUIRE(statusOf(head) == 101);
  CHECK(head.find("Sec-WebSocket-Accept: " + ws::computeAcceptKey(kKey)) != std::string::npos);
  CHECK(head.find("Sec-WebSocket-Protocol: v2") != std::string::npos);
  CHECK(head.find("Content-Length") == std::string::npos);

  const UpgradeRequest& request = endpoint->lastRequest;
  CHECK(request.url == "/chat?room=1&room=2&name=a%20b");
  CHECK(request.remoteAddress == "127.0.0.1");
  CHECK(request.offeredProtocols == std::vector<std::string>{"v1", "v2"});
  CHECK(std::count(request.query.begin(), request.query.end(), std::pair<std::string, std::string>{"room", "2"}) == 1);
  CHECK(std::count(request.query.begin(), request.query.end(), std::pair<std::string, std::string>{"name", "a b"}) == 1);
  CHECK(std::count_if(request.headers.begin(), request.headers.end(), [](auto& h) { return h.first == "x-twice"; }) == 2);

  endpoint->log.waitFor(NetEvent::Kind::Open);
  sendMasked(socket, ws::Opcode::Text, "through the web server");
  CHECK(endpoint->log.waitFor(NetEvent::Kind::Message).payload == "through the web server");
  sendMasked(socket, ws::Opcode::Close, closePayload(1000, ""));
  CHECK(endpoint->log.waitFor(NetEvent::Kind::Closed).code == 1000);
  CHECK(readFrame(socket).opcode == 0x8);
}

TEST_CASE("a refused upgrade gets the endpoint's status") {
  RunningWebServer server;
  auto endpoint = std::make_shared<StandInEndpoint>("", 403);
  std::string error;
  REQUIRE(server.web.addEndpoint(endpoint, error));
  auto socket = server.connect();
  CHECK(statusOf(exchangeHead(socket, upgradeRequest("/anything"))) == 403);
}

TEST_CASE("servers are told apart by exact path; the one without path takes the rest") {
  RunningWebServer server;
  auto chat = std::make_shared<StandInEndpoint>("/chat", 403);
  auto any = std::make_shared<StandInEndpoint>("", 503);
  std::string error;
  REQUIRE(server.web.addEndpoint(chat, error));
  REQUIRE(server.web.addEndpoint(any, error));
  CHECK_FALSE(server.web.addEndpoint(std::make_shared<StandInEndpoint>("/chat", 101), error));
  CHECK(error.find("/chat") != std::string::npos);
  CHECK(server.web.endpointFor("/chat") == chat);
  CHECK(server.web.endpointFor("/chat/") == any);
  CHECK(server.web.endpointFor("/other") == any);
  auto socket = server.connect();
  CHECK(statusOf(exchangeHead(socket, upgradeRequest("/chat/sub"))) == 503);
}

TEST_CASE("stopping the web server stops its WebSocket servers; a stopped one refuses new servers") {
  RunningWebServer server;
  auto endpoint = std::make_shared<StandInEndpoint>("/chat", 101);
  std::string error;
  REQUIRE(server.web.addEndpoint(endpoint, error));
  server.web.stop();
  CHECK(endpoint->stopped);
  CHECK_FALSE(server.web.isRunning());
  CHECK_FALSE(server.web.addEndpoint(std::make_shared<StandInEndpoint>("/x", 101), error));
  CHECK(error.find("not running") != std::string::npos);
}

TEST_CASE("a port in use is reported, not thrown") {
  RunningWebServer first;
  WebServer second(settingsOf(first.web.settings().port, first.root), first.io);
  WebServer::StartResult result = second.start(second.defaults());
  CHECK_FALSE(result.success);
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors.front().find(std::to_string(first.web.settings().port)) != std::string::npos);
}

namespace {

long threadsOfThisProcess() { return loadgen::readProcessStats(::getpid()).threads; }

}  // namespace

TEST_CASE("requests that stall hold no thread, and a valid one is answered meanwhile") {
  RunningWebServer server;
  long before = threadsOfThisProcess();
  std::vector<Poco::Net::StreamSocket> stalled;
  for (int i = 0; i < 200; ++i) {
    stalled.push_back(server.connect());
    stalled.back().sendBytes("GET / HTTP/1.1\r\n", 16);
  }
  auto start = std::chrono::steady_clock::now();
  CHECK(server.request("GET", "/").first == 200);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
  CHECK(threadsOfThisProcess() == before);
}
