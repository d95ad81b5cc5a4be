#include "storage/tier_repository.h"

#include "core/stored_time.h"
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
        if (!m_unset)
            m_unset = std::make_unique<RawStatement>(
                m_db, QStringLiteral("DELETE FROM customer_tiers WHERE customer_id = ?"));
        m_unset->bind(1, customer);
        m_unset->exec();
        return;
    }
    if (!m_set)
        m_set = std::make_unique<RawStatement>(m_db,
            sql::upsert(QStringLiteral("customer_tiers"), QStringLiteral("customer_id, tier, reached_on")));
    m_set->bind(1, customer);
    m_set->bindUtf8(2, toCode(state.tier));
    m_set->bindUtf8(3, toStoredText(state.reachedOn));
    m_set->exec();
}

void TierRepository::addChange(const TierChange &change)
{
    if (!m_change)
        m_change = std::make_unique<RawStatement>(m_db,
            QStringLiteral(
                "INSERT INTO tier_history (customer_id, changed_on, old_tier, new_tier, reason, spend_fen, "
                "threshold_fen, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    m_change->bind(1, change.customer);
    m_change->bindUtf8(2, toStoredText(change.changedOn));
    m_change->bindUtf8(3, toCode(change.oldTier));
    m_change->bindUtf8(4, toCode(change.newTier));
    m_change->bindUtf8(5, reasonCode(change.reason));
    m_change->bind(6, qint64(change.spend.fen()));
    m_change->bind(7, qint64(change.threshold.fen()));
    if (change.runId)
        m_change->bind(8, change.runId);
    else
        m_change->bindNull(8);
    m_change->exec();
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
