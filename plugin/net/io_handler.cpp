#include "net/io_handler.h"

#include <sys/epoll.h>

namespace wsplugin {

bool watchSocket(int epollFd, int operation, int fd, IoHandler* handler) {
  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
  ev.data.ptr = handler;
  return ::epoll_ctl(epollFd, operation, fd, &ev) == 0;
}

}  // namespace wsplugin
