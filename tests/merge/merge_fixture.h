#pragma once

#include "services/customer_service.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace atelier {

class Store;

namespace testing {

// Registers a customer through CustomerService (so the audit trail has its entry); `edit` may fill
// more of the archive first. Fails the test on error.
CustomerId addCustomer(Store &store, const QString &name, const QString &phone,
    const std::function<void(CustomerArchive &)> &edit = {});
// Changes a customer's phone through CustomerService (the trail records the old number).
void changePhone(Store &store, CustomerId id, const QString &phone);

// One row of every kind that hangs off a customer: two sales (with their points), a complaint, a
// follow-up task, a contact, a life event, a tag, a handover note link, a customer they referred,
// and the nightly run's score, tier and tier history.
void giveEverything(Store &store, CustomerId id, const QString &tag, int yuan);

// Every row of every table that refers to these customers, as sorted text: what a merge and its
// undo must leave exactly as it was.
QStringList dump(Store &store, const QList<CustomerId> &ids);
// count(*) of a table's rows for one customer.
int rowsOf(
    Store &store, const QString &table, CustomerId id, const QString &column = QStringLiteral("customer_id"));

} // namespace testing
} // namespace atelier
