#pragma once

#include "core/customer.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace atelier {

// What erasing a customer on request writes, in the caller's transaction (services/customer_erasure).
// The customer row stays with its id, so sales, points, tiers and reports keep counting it; every
// personal field is replaced and what only describes the person is removed. docs/privacy.md lists
// what goes and what stays, and why.
class CustomerErasureWriter
{
public:
    explicit CustomerErasureWriter(QSqlDatabase db);

    struct Counts
    {
        int tags = 0;
        int lifeEvents = 0;
        int openTasks = 0;
        int complaints = 0;
    };

    // `nameSort` is the sort key of the erased name; `by` names who erased (the consents are recorded
    // as withdrawn by them on `at`'s date).
    Counts erase(CustomerId id, const QDateTime &at, const QString &nameSort, const QString &by);

private:
    int run(const QString &statement, CustomerId id);

    QSqlDatabase m_db;
};

} // namespace atelier
