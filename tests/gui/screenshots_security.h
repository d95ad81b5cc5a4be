#pragma once

#include "core/customer.h"

#include <QString>

namespace atelier {

class Store;

namespace testing {

// Prepares `store` once: the demo accounts, a backup and a likely duplicate of `featured`.
bool prepareSecurityShots(Store &store, CustomerId featured);
// The clerk's masked card and its reveal, the manager's Accounts and Backups tabs, duplicates.
void shootSecurity(Store &store, CustomerId featured, const QString &folder, const QString &suffix);

} // namespace testing
} // namespace atelier
