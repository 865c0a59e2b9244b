// The fd_host_api table the host hands to every plugin entry point.
#pragma once

#include <fourd/plugin_abi.h>

namespace fourd {

const fd_host_api& hostApi();

// Each abi_*.cpp fills its part of the table.
void addRegistrationFunctions(fd_host_api& api);
void addValueFunctions(fd_host_api& api);
void addObjectFunctions(fd_host_api& api);
void addCallFunctions(fd_host_api& api);
void addReferenceFunctions(fd_host_api& api);
void addWorkerFunctions(fd_host_api& api);

}  // namespace fourd
