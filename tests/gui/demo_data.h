#pragma once

#include "core/customer.h"

#include <QList>

namespace atelier {

class Store;

namespace testing {

// Fills a store with about thirty believable customers of a women's clothing shop, their tags,
// life events and sales, through the services as the counter would. For screenshots and demos.
QList<CustomerId> fillDemoStore(Store &store);

} // namespace testing
} // namespace atelier
