#include "net/socket_closing.h"

#include <sys/socket.h>

namespace wsplugin {

void closeWithoutReset(Poco::Net::StreamSocket& socket) {
  const int fd = socket.impl()->sockfd();
  if (fd >= 0) {
    char discard[4096];
    for (int i = 0; i < 16 && ::recv(fd, discard, sizeof discard, MSG_DONTWAIT) > 0; ++i) {
    }
    ::shutdown(fd, SHUT_RDWR);
  }
  socket.close();
}

}  // namespace wsplugin
