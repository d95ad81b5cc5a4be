#pragma once

#include "core/loyalty.h"
#include "core/points.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <utility>
#include <vector>

namespace atelier {

// A customer whose lapsed points are not all used up yet: what the nightly run expires.
struct ExpiryCandidate
{
    CustomerId customer = 0;
    qint64 lapsed = 0; // points of positive rows whose expiry day has come
    qint64 takenOut = 0; // points of all negative rows (redeemed, reversed, adjusted down, expired)
};

// The points ledger (points_ledger): append-only rows, the balance is their sum. A trigger refuses
// any row that would take a balance below zero (StorageError, Kind::Constraint). Callers wrap
// writes in a Transaction.
class PointsRepository
{
public:
    explicit PointsRepository(QSqlDatabase db);
    ~PointsRepository();

    // Writes the row (movement.id is ignored); returns its id.
    qint64 append(const PointsMovement &movement);
    qint64 balance(CustomerId customer);
    // Newest first.
    QList<PointsMovement> movements(CustomerId customer, int limit);
    // The whole ledger of a customer, oldest first.
    QList<PointsMovement> ledger(CustomerId customer);

    // What the sale earned ('earn' rows), and what returns took back so far (as a positive number).
    qint64 pointsEarnedForSale(SaleId sale);
    qint64 reversedForSale(SaleId sale);

    // Every customer with points to expire as of `asOf` (lapsed > takenOut), in customer order.
    // One aggregate pass over the ledger.
    std::vector<ExpiryCandidate> expiryCandidates(const QDate &asOf);
    // An 'expire' row of -points (points > 0) dated asOf 23:59:59 local time, for run `runId`.
    qint64 appendExpiry(CustomerId customer, qint64 points, const QDate &asOf, qint64 runId);
    // The same for a night's expiries (customer, points): the first night on a big store expires the
    // points of tens of thousands of customers, one set-based write on a server (BatchWrite).
    void appendExpiries(
        const std::vector<std::pair<CustomerId, qint64>> &expiring, const QDate &asOf, qint64 runId);

private:
    qint64 sumForSale(SaleId sale, PointsMovement::Kind kind);
    QList<PointsMovement> read(const QString &statement, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
    QSqlQuery m_append;
};

} // namespace atelier
