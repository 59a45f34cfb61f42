// The pages of the console, registered in navigation order: the one place a page is added.
#pragma once

#include "pageregistry.h"

namespace hourglass {

// Queue, on-call, maintenance, dashboards, expertise, settings.
PageRegistry consolePages();

} // namespace hourglass
