#include "net/send_batch.h"

#include "net/connection.h"

namespace wsplugin {

namespace {
thread_local SendBatch* currentBatch = nullptr;
}  // namespace

SendBatch::SendBatch() : outer_(currentBatch) { currentBatch = this; }

SendBatch::~SendBatch() {
  currentBatch = outer_;
  for (const auto& connection : deferred_) connection->writePending();
}

SendBatch* SendBatch::current() { return currentBatch; }

void SendBatch::defer(std::shared_ptr<Connection> connection) { deferred_.push_back(std::move(connection)); }

}  // namespace wsplugin
