#include "api/connection_status.h"

namespace wsplugin {

const char* statusName(ConnectionStatus status) {
  switch (status) {
    case ConnectionStatus::Connecting: return "Connecting";
    case ConnectionStatus::Closing: return "Closing";
    case ConnectionStatus::Closed: return "Closed";
    case ConnectionStatus::Connected: break;
  }
  return "Connected";
}

}  // namespace wsplugin
