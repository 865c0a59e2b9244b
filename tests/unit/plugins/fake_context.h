// A CallContext without an interpreter, for driving plugin classes and commands directly: objects of the
// FakeHandler class answer greet(...) and explode(), tasks posted to the mailbox wait until the test runs them.
#pragma once

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "interp/call_context.h"
#include "interp/close_watchers.h"
#include "values/class_def.h"

namespace fourd::testing {

class FakeMailbox : public Mailbox {
 public:
  bool post(std::function<void(CallContext&)> task) override;
  std::shared_ptr<void> whenClosed(std::function<void()> ended) override { return closeWatchers_.add(std::move(ended)); }
  // Runs what is queued now; returns how many ran.
  size_t runQueued(CallContext& ctx);
  // Refuses further posts, destroys what is queued without running it and tells those watching, as a stopping
  // worker does.
  void close();

 private:
  std::mutex mutex_;
  std::deque<std::function<void(CallContext&)>> tasks_;
  bool closed_ = false;
  CloseWatchers closeWatchers_;
};

// A user class whose functions the fake context runs: greet($text; ...) → "greet:<text>:<more args count>",
// explode() raises error 500 "boom"; every call is logged.
class FakeHandler : public ClassDef {
 public:
  std::string_view name() const override { return "FakeHandler"; }
  std::string_view nameSpace() const override { return "cs"; }
  bool get(CallContext&, const Value&, std::string_view, Value&) override { return false; }
  bool set(CallContext&, const Value&, std::string_view, const Value&) override { return false; }
  bool call(CallContext& ctx, const Value& self, std::string_view member, std::vector<Value>& args,
            Value& out) override;
  bool hasFunction(std::string_view member) const override;
  bool callStatic(CallContext&, std::string_view, std::vector<Value>&, Value&) override { return false; }

  static Value newInstance();
  std::vector<std::string> calls;
};

class FakeContext : public CallContext {
 public:
  Value callFormula(const Value& formula, const Value& thisObject, std::vector<Value> args) override;
  Value callFunction(const Value& object, std::string_view member, std::vector<Value> args) override;
  const std::string& projectFolder() const override { return folder_; }
  std::string_view processName() const override { return "fake"; }
  std::shared_ptr<Mailbox> mailbox() override { return mailbox_; }
  std::shared_ptr<void> keepAlive() override;
  Value lastErrors() const override;
  void setOK(bool) override {}  // no plugin command reports in OK

  std::shared_ptr<FakeMailbox> fakeMailbox() const { return mailbox_; }
  // True while anyone holds a keep-alive handed out by this context.
  bool kept() const { return !keepAlive_.expired(); }

 private:
  std::string folder_ = "/fake/project";
  std::shared_ptr<FakeMailbox> mailbox_ = std::make_shared<FakeMailbox>();
  std::weak_ptr<void> keepAlive_;
};

}  // namespace fourd::testing
