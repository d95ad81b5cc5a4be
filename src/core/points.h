#pragma once

#include "core/customer.h"
#include "core/sale.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace atelier {

// One row of the points ledger (积分流水). The ledger is append-only and the balance is the sum of
// its rows: a correction is a new row, never an edit.
struct PointsMovement
{
    enum class Kind
    {
        Earn, // a sale with a customer
        Reverse, // a return or exchange takes back the sale's share
        Redeem, // spent at the counter
        Adjust, // a manager's correction, with a reason
        Expire // the nightly run lets the oldest points lapse
    };

    qint64 id = 0;
    CustomerId customer = 0;
    QDateTime happenedAt;
    Kind kind = Kind::Earn;
    qint64 points = 0; // signed: positive adds to the balance
    QDate expiresOn; // positive rows: first day these points are no longer valid; invalid: never
    std::optional<SaleId> sale;
    std::optional<qint64> returnId;
    std::optional<StaffId> staff;
    QString reason;
    std::optional<qint64> runId; // the nightly run that wrote an 'expire' row
};

// Stable codes for the database and CSV ('earn', 'reverse', 'redeem', 'adjust', 'expire').
QString toCode(PointsMovement::Kind kind);
std::optional<PointsMovement::Kind> pointsKindFromCode(const QString &code);

} // namespace atelier
