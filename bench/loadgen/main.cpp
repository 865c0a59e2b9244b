// ws-loadgen: the benchmark's load generator. One thread, non-blocking sockets, epoll.
//   echo       N connections, K messages of S bytes in flight on each: messages/s, bytes/s, latency p50/p99
//   idle       N connections held open while the server's RSS and thread count are read from /proc/PID
//   broadcast  N connections; connection 0 sends, the server relays to all: time until the last one received it
//   storm      N connections started at once, unpaced: how many were upgraded, refused (by status) or dropped
//   slow-headers  N connections that send half a request and stall, then one valid client: its upgrade and echo
//   flood      one client sends M messages of S bytes faster than the server's handler takes them, a second
//              one measures echo round trips meanwhile: the server's peak memory, what it handled (flood_run.h)
// --tls connects over wss:// and --deflate offers permessage-deflate (echo, idle, broadcast, storm); --json makes
// the echoed messages JSON documents, which compress as real ones do. Prints one JSON object on stdout.
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>
#include <thread>
#include <vector>

#include "event_loop.h"
#include "flood_run.h"
#include "latency_recorder.h"
#include "options.h"
#include "process_stats.h"

using namespace loadgen;

namespace {

[[noreturn]] void usage() {
  std::fprintf(stderr,
               "usage: ws-loadgen --port P [--mode echo|idle|broadcast|flood|storm|slow-headers] [--host 127.0.0.1]\n"
               "       [--path /] [--connections N] [--in-flight K] [--size S] [--seconds T] [--warmup W]\n"
               "       [--rounds R] [--messages M] [--pid SERVER_PID] [--tls] [--deflate] [--json]\n");
  std::exit(2);
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--tls" || a == "--deflate" || a == "--json") {
      (a == "--tls" ? o.client.tls : a == "--deflate" ? o.client.deflate : o.json) = true;
      continue;
    }
    if (i + 1 >= argc) usage();
    std::string v = argv[++i];
    if (a == "--mode") o.mode = v;
    else if (a == "--host") o.host = v;
    else if (a == "--port") o.port = std::stoi(v);
    else if (a == "--path") o.path = v;
    else if (a == "--connections") o.connections = std::stoi(v);
    else if (a == "--in-flight") o.inFlight = std::stoi(v);
    else if (a == "--size") o.size = std::stoul(v);
    else if (a == "--seconds") o.seconds = std::stod(v);
    else if (a == "--warmup") o.warmup = std::stod(v);
    else if (a == "--rounds") o.rounds = std::stoi(v);
    else if (a == "--messages") o.messages = std::stoi(v);
    else if (a == "--pid") o.pid = std::stoi(v);
    else usage();
  }
  if (o.port <= 0) usage();
  return o;
}

// Records of a price feed, each unlike the last, up to `size` bytes (padded with spaces inside the array).
std::string jsonPayload(size_t size) {
  std::string out = "[";
  for (unsigned i = 0; out.size() + 96 < size; ++i) {
    if (i) out += ",";
    out += "{\"id\":" + std::to_string(100000 + i * 7919 % 100000) + ",\"symbol\":\"SYM" + std::to_string(i * 31 % 997) +
           "\",\"price\":" + std::to_string(100 + (i * 2654435761u) % 10000 / 100.0) +
           ",\"volume\":" + std::to_string(i * 40503u % 1000000) + ",\"open\":true}";
  }
  out.append(size > out.size() + 1 ? size - out.size() - 1 : 0, ' ');
  return out + "]";
}

int runEcho(const Options& o) {
  const std::string payload = o.json ? jsonPayload(o.size) : std::string(o.size, 'x');
  std::vector<std::deque<Clock::time_point>> sentAt(static_cast<size_t>(o.connections));
  LatencyRecorder latency;
  bool measuring = false;
  uint64_t received = 0;
  EventLoop loop(o.client);
  auto onMessage = [&](ClientConnection& c, std::string_view data) {
    auto& queue = sentAt[static_cast<size_t>(c.id())];
    if (data.size() != payload.size() || queue.empty()) fail("unexpected echo", 0, 0);
    if (measuring) {
      latency.add(microsSince(queue.front()));
      ++received;
    }
    queue.pop_front();
    queue.push_back(Clock::now());
    c.sendText(payload);
  };
  int opened = loop.openConnections(o.connections, o.host, o.port, o.path, onMessage, after(30));
  if (opened != o.connections) fail("connect", opened, o.connections);
  if (o.client.deflate && !loop.connections().front()->compressing()) fail("permessage-deflate refused", 0, 1);
  for (auto& c : loop.connections()) {
    for (int k = 0; k < o.inFlight; ++k) {
      sentAt[static_cast<size_t>(c->id())].push_back(Clock::now());
      c->sendText(payload);
    }
  }
  loop.run(after(o.warmup), [] { return false; });
  measuring = true;
  double cpuBefore = o.pid > 0 ? readCpuMicros(o.pid) : 0;
  auto start = Clock::now();
  loop.run(after(o.seconds), [] { return false; });
  double elapsed = static_cast<double>(microsSince(start)) / 1e6;
  double serverCpu = o.pid > 0 ? readCpuMicros(o.pid) - cpuBefore : 0;
  if (loop.openCount() != o.connections) fail("connections dropped", loop.openCount(), o.connections);
  auto p = [&](double q) { return static_cast<long long>(latency.percentile(q)); };
  std::printf(
      "{\"mode\": \"echo\", \"connections\": %d, \"in_flight\": %d, \"size\": %zu, \"messages_per_sec\": %.0f, "
      "\"bytes_per_sec\": %.0f, \"p50_us\": %lld, \"p90_us\": %lld, \"p99_us\": %lld, \"p999_us\": %lld, "
      "\"server_cpu_us_per_message\": %.2f}\n",
      o.connections, o.inFlight, o.size, static_cast<double>(received) / elapsed,
      static_cast<double>(received) * static_cast<double>(o.size) / elapsed, p(50), p(90), p(99), p(99.9),
      received ? serverCpu / static_cast<double>(received) : 0.0);
  return 0;
}

int runIdle(const Options& o) {
  if (o.pid <= 0) usage();
  ProcessStats before = readProcessStats(o.pid);
  EventLoop loop(o.client);
  int opened = loop.openConnections(o.connections, o.host, o.port, o.path, [](ClientConnection&, std::string_view) {},
                                    after(120));
  if (opened != o.connections) fail("connect", opened, o.connections);
  // Right after the connections opened, then after holding them: threads a server started for the burst of
  // handshakes show in the first figure, threads it keeps per connection in both.
  ProcessStats connected = readProcessStats(o.pid);
  loop.run(after(o.seconds), [] { return false; });
  ProcessStats held = readProcessStats(o.pid);
  if (loop.openCount() != o.connections) fail("connections dropped", loop.openCount(), o.connections);
  std::printf(
      "{\"mode\": \"idle\", \"connections\": %d, \"seconds_held\": %.1f, \"rss_before_kib\": %ld, "
      "\"rss_held_kib\": %ld, \"kib_per_connection\": %.2f, \"threads_before\": %ld, \"threads_connected\": %ld, "
      "\"threads_held\": %ld}\n",
      o.connections, o.seconds, before.rssKiB, held.rssKiB,
      static_cast<double>(held.rssKiB - before.rssKiB) / static_cast<double>(o.connections), before.threads,
      connected.threads, held.threads);
  return 0;
}

int runBroadcast(const Options& o) {
  const std::string payload(o.size, 'b');
  int receivedThisRound = 0;
  EventLoop loop(o.client);
  auto onMessage = [&](ClientConnection&, std::string_view) { ++receivedThisRound; };
  int opened = loop.openConnections(o.connections, o.host, o.port, o.path, onMessage, after(60));
  if (opened != o.connections) fail("connect", opened, o.connections);
  loop.run(after(o.warmup), [] { return false; });
  LatencyRecorder toLast;
  for (int round = 0; round < o.rounds; ++round) {
    receivedThisRound = 0;
    auto start = Clock::now();
    loop.connections().front()->sendText(payload);
    loop.run(after(10), [&] { return receivedThisRound >= o.connections; });
    if (receivedThisRound < o.connections) fail("broadcast incomplete", receivedThisRound, o.connections);
    toLast.add(microsSince(start));
    loop.run(after(0.02), [] { return false; });
  }
  std::printf("{\"mode\": \"broadcast\", \"connections\": %d, \"rounds\": %d, \"p50_us\": %lld, \"p99_us\": %lld}\n",
              o.connections, o.rounds, static_cast<long long>(toLast.percentile(50)),
              static_cast<long long>(toLast.percentile(99)));
  return 0;
}

void raiseFileLimit() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) == 0) {
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
  }
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse(argc, argv);
  raiseFileLimit();
  if (o.mode == "echo") return runEcho(o);
  if (o.mode == "idle") return runIdle(o);
  if (o.mode == "broadcast") return runBroadcast(o);
  if (o.mode == "storm") return runStorm(o);
  if (o.mode == "slow-headers") return runSlowHeaders(o);
  if (o.mode == "flood") {
    if (o.size < 8) usage();  // each message starts with its 8-digit sequence number
    return runFlood({o.host, o.port, o.path, o.messages, o.size, o.seconds, o.pid});
  }
  usage();
}
