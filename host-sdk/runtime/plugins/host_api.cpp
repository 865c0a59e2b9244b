#include "plugins/host_api.h"

namespace fourd {

const fd_host_api& hostApi() {
  static const fd_host_api api = [] {
    fd_host_api a{};
    a.abi_version = FD_ABI_VERSION;
    a.struct_size = sizeof(fd_host_api);
    addRegistrationFunctions(a);
    addValueFunctions(a);
    addObjectFunctions(a);
    addCallFunctions(a);
    addReferenceFunctions(a);
    addWorkerFunctions(a);
    return a;
  }();
  return api;
}

}  // namespace fourd
