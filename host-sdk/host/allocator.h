#pragma once

namespace fourd::host {

// Settles how the process allocates, before the runtime and its plugins start.
void tuneAllocator();

}  // namespace fourd::host
