#include "allocator.h"

#ifdef FOURD_MIMALLOC
#include <mimalloc.h>
#endif

namespace fourd::host {

void tuneAllocator() {
#ifdef FOURD_MIMALLOC
  // 2 MiB pages for mimalloc's segments: 4D code that builds many objects spends much of its time on TLB misses
  // and page faults otherwise (bench/lang/objects: 1.03 s -> 0.70 s, 72 k -> 9 k page faults), for a few MiB
  // more at start.
  // A default only: MIMALLOC_LARGE_OS_PAGES=0 in the environment still turns it off.
  mi_option_set_default(mi_option_large_os_pages, 1);
#endif
}

}  // namespace fourd::host
