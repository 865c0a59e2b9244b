#include "api/message_sending.h"

#include <string>

#include "api/event_objects.h"

namespace wsplugin {

using fourd::plugin::Env;
using fourd::plugin::Error;

namespace {

// The error's text is made only when it is thrown: send() is on every message's path.
[[noreturn]] void refuse(const char* className, const std::string& what, int code) {
  throw Error(std::string(className) + ".send(): " + what, code);
}

}  // namespace

void sendMessage(Env env, Connection* net, ConnectionStatus& status, fd_value message, const char* className,
                 const char* peer) {
  if (status != ConnectionStatus::Connected || !net)
    refuse(className, std::string("the connection is ") + statusName(status) + ", not Connected",
           error_code::NotConnected);
  SendResult result;
  switch (env.type(message)) {
    case FD_TEXT: result = net->send(ws::Opcode::Text, env.textOf(message)); break;
    case FD_BLOB: result = net->send(ws::Opcode::Binary, env.blobOf(message)); break;
    case FD_OBJECT:
    case FD_COLLECTION: result = net->send(ws::Opcode::Text, env.stringify(message)); break;
    default: refuse(className, "the message must be a Text, a Blob or an Object", error_code::BadArgument);
  }
  // NotOpen: the peer is gone and the Closed event is on its way; from 4D's side the send raced the close.
  if (result == SendResult::Overflow) {
    status = ConnectionStatus::Closing;
    refuse(className,
           std::string("the ") + peer +
               " does not read fast enough, its outgoing buffer is full; the connection is closed (1008)",
           error_code::OutgoingBufferFull);
  }
}

}  // namespace wsplugin
