#include "net/incoming_budget.h"

namespace wsplugin {

IncomingBudget& IncomingBudget::host() {
  static IncomingBudget budget;
  return budget;
}

}  // namespace wsplugin
