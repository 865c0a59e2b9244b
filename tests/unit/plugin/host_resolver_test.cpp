// The clients' name resolution: addresses at once on the caller's thread, names on the resolver thread, names
// that do not resolve reported.
#include <doctest/doctest.h>

#include <chrono>
#include <future>
#include <thread>

#include "net/host_resolver.h"

using namespace wsplugin;

namespace {

struct Answer {
  std::vector<Poco::Net::SocketAddress> addresses;
  std::string error;
  std::thread::id thread;
};

std::future<Answer> resolve(HostResolver& resolver, const std::string& host) {
  auto promise = std::make_shared<std::promise<Answer>>();
  resolver.resolve(host, 8080, [promise](std::vector<Poco::Net::SocketAddress> addresses, std::string error) {
    promise->set_value(Answer{std::move(addresses), std::move(error), std::this_thread::get_id()});
  });
  return promise->get_future();
}

}  // namespace

TEST_CASE("host resolver: an address is read at once, on the caller's thread") {
  HostResolver resolver;
  auto v4 = resolve(resolver, "127.0.0.1");
  REQUIRE(v4.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
  Answer answer = v4.get();
  CHECK(answer.thread == std::this_thread::get_id());
  REQUIRE(answer.addresses.size() == 1);
  CHECK(answer.addresses[0].toString() == "127.0.0.1:8080");
}

TEST_CASE("host resolver: a name on the resolver thread, and one that does not resolve") {
  HostResolver resolver;
  auto local = resolve(resolver, "localhost");
  auto missing = resolve(resolver, "no-such-host.invalid");
  REQUIRE(local.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
  Answer found = local.get();
  CHECK(found.thread != std::this_thread::get_id());
  CHECK(!found.addresses.empty());
  for (const auto& address : found.addresses) CHECK(address.port() == 8080);
  REQUIRE(missing.wait_for(std::chrono::seconds(20)) == std::future_status::ready);
  Answer notFound = missing.get();
  CHECK(notFound.addresses.empty());
  CHECK(notFound.error.find("\"no-such-host.invalid\" does not resolve") != std::string::npos);
}
