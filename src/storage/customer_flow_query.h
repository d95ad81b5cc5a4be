#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace atelier {

// The customer report's one pass over every customer and her purchases (CustomerFlow counts them):
// her registration day, source channel and the day of each purchase. A purchase is a sale that is not
// the replacement side of an exchange and kept some value after the refunds made by today, as the
// nightly run counts it (kept_value_sql). Raw SQLite: 100 000 customers and half a million sales.
class CustomerFlowQuery
{
public:
    using Each = std::function<void(
        const QDate &registeredOn, const QString &source, std::vector<QDate> &purchases)>;
    // Every customer in id order, with the purchases made by `today`; returns how many customers.
    static int run(const QSqlDatabase &db, const QDate &today, const Each &each);
};

} // namespace atelier
