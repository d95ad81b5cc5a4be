#pragma once

#include "core/customer.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace atelier {

// Contacts made outside a follow-up task (contacts): a bulk SMS to an exported list. The nightly
// planning reads them for the quiet period; nothing else changes them.
class ContactRepository
{
public:
    explicit ContactRepository(QSqlDatabase db);

    // One row per customer, on one prepared statement; the caller holds the transaction.
    void recordSms(const QList<CustomerId> &customers, const QDateTime &at, std::optional<StaffId> by);
    // The last contact outside a task; invalid: none.
    QDateTime lastOf(CustomerId customer);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
