#pragma once

#include "core/loyalty.h"
#include "core/loyalty_rules.h"
#include "core/money.h"
#include "core/points.h"
#include "core/read_result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;
class SaleService;
class StorageError;

struct PointsResult
{
    std::optional<qint64> id; // the ledger row written
    Money value; // a redemption: what the points are worth at the counter
    qint64 balance = 0; // the balance after the write
    QString message; // why nothing was written
    // The request itself was wrong (0 points, no reason, no such customer, not a manager), as opposed
    // to one the balance or the database refused.
    bool badInput = false;
    bool ok() const { return id.has_value(); }
};

// The points a customer holds (积分): balance and history, redemption at the counter and a
// manager's corrections. The balance is always the sum of the ledger and never below zero. Every
// write is one transaction; pointsChanged goes out after commit (also after a sale, return or
// exchange of a customer, which earn and reverse points through SaleService: see followSales()).
class PointsService : public QObject
{
    Q_OBJECT
public:
    PointsService(Database &db, const Clock &clock, QObject *parent = nullptr);

    ReadResult<qint64> balance(CustomerId customer);
    // Newest first.
    ReadResult<QList<PointsMovement>> movements(CustomerId customer, int limit);
    // The whole history, oldest first.
    ReadResult<QList<PointsMovement>> ledger(CustomerId customer);

    // Why a customer of this tier may not redeem points under these rules (seed 002: redeeming is a
    // Silver benefit, a setting); empty when she may. The card shows it instead of a dead button.
    static QString redemptionRefusal(Tier tier, const PointsRules &rules);

    // Spends points at the counter: a positive multiple of the redemption block (100 by default),
    // at most the balance, and only from Silver up unless the rules say otherwise (the tier the last
    // nightly run gave her). The result carries their value (100 points = 10 元 by default).
    PointsResult redeem(CustomerId customer, qint64 points, std::optional<StaffId> clerk = {});
    // A manager's correction, up or down, with a reason (mandatory). Points added lapse like earned
    // ones; points taken away cannot take the balance below zero. No manager: the command line, which
    // acts as its operating-system user (the audit trail names it; issue 25's `points adjust`).
    PointsResult adjust(
        CustomerId customer, qint64 delta, const QString &reason, std::optional<StaffId> manager);

    // Sales, returns and exchanges earn and take back points inside SaleService's transaction
    // (PointsLedger): after them this service says so too, so that whoever shows a balance follows
    // one signal.
    void followSales(const SaleService &sales);

signals:
    void pointsChanged(atelier::CustomerId customer);

private:
    // Nothing was saved: the log gets the detail, the person a sentence.
    static PointsResult failed(const char *what, const StorageError &error);
    static QString notEnough(qint64 balance);
    // One attempt at a redemption, in its own transaction: fills `result`, or sets `overdrawn` when
    // another counter's redemption took the points first (the transaction is then rolled back).
    void redeemWithin(CustomerId customer, qint64 points, std::optional<StaffId> clerk,
        const PointsRules &rules, PointsResult &result, bool &overdrawn);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
