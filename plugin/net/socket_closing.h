#pragma once

#include <Poco/Net/StreamSocket.h>

namespace wsplugin {

// Closes a connection's socket after reading and dropping what the peer already sent: closing with unread bytes
// answers with a reset, which can destroy the last bytes written (an answer, a close frame) before the peer
// reads them.
void closeWithoutReset(Poco::Net::StreamSocket& socket);

}  // namespace wsplugin
