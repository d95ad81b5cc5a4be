#include "storage/tier_repository.h"

#include "core/stored_time.h"
#include "storage/batch_write.h"
#include "storage/raw_statement.h"
#include "storage/sql.h"
#include "storage/upsert_sql.h"

namespace atelier {

namespace {

QString reasonCode(TierDecision::Reason reason)
{
    return reason == TierDecision::Reason::SpendFell ? QStringLiteral("spend_fell")
                                                     : QStringLiteral("spend_reached");
}

} // namespace

TierRepository::TierRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

TierRepository::~TierRepository() = default;

std::unordered_map<CustomerId, TierState> TierRepository::all()
{
    std::unordered_map<CustomerId, TierState> tiers;
    RawStatement query(m_db, QStringLiteral("SELECT customer_id, tier, reached_on FROM customer_tiers"));
    while (query.next())
        tiers.emplace(
            query.integer(0), TierState{tierFromCode(query.text(1)), dateFromStoredText(query.text(2))});
    return tiers;
}

TierState TierRepository::find(CustomerId customer)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT tier, reached_on FROM customer_tiers WHERE customer_id = ?"), {customer});
    if (!query.next())
        return TierState();
    return {tierFromCode(query.value(0).toString()), dateFromStoredText(query.value(1).toString())};
}

void TierRepository::set(CustomerId customer, const TierState &state)
{
    if (state.tier == Tier::None) {
        sql::run(m_db, QStringLiteral("DELETE FROM customer_tiers WHERE customer_id = ?"), {customer});
        return;
    }
    sql::run(m_db,
        sql::upsert(QStringLiteral("customer_tiers"), QStringLiteral("customer_id, tier, reached_on")),
        {customer, toCode(state.tier), toStoredText(state.reachedOn)});
}

void TierRepository::apply(const std::vector<TierChange> &changes)
{
    BatchWrite set(m_db, QStringLiteral("customer_tiers"), QStringLiteral("customer_id, tier, reached_on"),
        BatchWrite::Kind::Upsert);
    BatchWrite unset(
        m_db, QStringLiteral("customer_tiers"), QStringLiteral("customer_id"), BatchWrite::Kind::Delete);
    BatchWrite history(m_db, QStringLiteral("tier_history"),
        QStringLiteral(
            "customer_id, changed_on, old_tier, new_tier, reason, spend_fen, threshold_fen, run_id"),
        BatchWrite::Kind::Insert);
    for (const TierChange &change : changes) {
        const QString day = toStoredText(change.changedOn);
        if (change.newTier == Tier::None) {
            unset.bind(1, change.customer);
            unset.add();
        } else {
            set.bind(1, change.customer);
            set.bindUtf8(2, toCode(change.newTier));
            set.bindUtf8(3, day);
            set.add();
        }
        history.bind(1, change.customer);
        history.bindUtf8(2, day);
        history.bindUtf8(3, toCode(change.oldTier));
        history.bindUtf8(4, toCode(change.newTier));
        history.bindUtf8(5, reasonCode(change.reason));
        history.bind(6, qint64(change.spend.fen()));
        history.bind(7, qint64(change.threshold.fen()));
        if (change.runId)
            history.bind(8, change.runId);
        else
            history.bindNull(8);
        history.add();
    }
    set.flush();
    unset.flush();
    history.flush();
}

QList<TierChange> TierRepository::history(CustomerId customer)
{
    return changes(QStringLiteral("customer_id = ? ORDER BY changed_on DESC, id DESC"), customer);
}

QList<TierChange> TierRepository::changes(const QString &where, qint64 value)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT id, customer_id, changed_on, old_tier, new_tier, reason, spend_fen, threshold_fen, "
            "run_id FROM tier_history WHERE ")
            + where,
        {value});
    QList<TierChange> result;
    while (query.next()) {
        TierChange change;
        change.id = query.value(0).toLongLong();
        change.customer = query.value(1).toLongLong();
        change.changedOn = dateFromStoredText(query.value(2).toString());
        change.oldTier = tierFromCode(query.value(3).toString());
        change.newTier = tierFromCode(query.value(4).toString());
        change.reason = query.value(5).toString() == QStringLiteral("spend_fell")
            ? TierDecision::Reason::SpendFell
            : TierDecision::Reason::SpendReached;
        change.spend = Money::fromFen(query.value(6).toLongLong());
        change.threshold = Money::fromFen(query.value(7).toLongLong());
        change.runId = query.value(8).toLongLong();
        result << change;
    }
    return result;
}

} // namespace atelier
