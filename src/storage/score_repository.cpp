#include "storage/score_repository.h"

#include "core/stored_time.h"
#include "storage/raw_statement.h"
#include "storage/sql.h"
#include "storage/upsert_sql.h"

namespace atelier {

namespace {

const QString columns = QStringLiteral(
    "customer_id, last_purchase, purchases, recent_purchases, spend_fen, tier_spend_fen, r, f, m, segment, "
    "named_segment, previous_segment, segment_since");

template <typename Row> CustomerScore scoreFrom(const Row &row)
{
    CustomerScore score;
    score.customer = row.integer(0);
    score.lastPurchase = dateFromStoredText(row.text(1));
    score.purchases = int(row.integer(2));
    score.recentPurchases = int(row.integer(3));
    score.spend = Money::fromFen(row.integer(4));
    score.tierSpend = Money::fromFen(row.integer(5));
    score.score = {int(row.integer(6)), int(row.integer(7)), int(row.integer(8))};
    score.segment = segmentFromCode(row.text(9));
    score.named = namedSegmentFromCode(row.text(10));
    score.previousSegment = segmentFromCode(row.text(11));
    score.segmentSince = dateFromStoredText(row.text(12));
    return score;
}

// QSqlQuery with the accessor names RawStatement has, so one reader serves both.
struct QueryRow
{
    const QSqlQuery &query;
    qint64 integer(int column) const { return query.value(column).toLongLong(); }
    QString text(int column) const { return query.value(column).toString(); }
};

} // namespace

ScoreRepository::ScoreRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ScoreRepository::~ScoreRepository() = default;

std::unordered_map<CustomerId, CustomerScore> ScoreRepository::all()
{
    std::unordered_map<CustomerId, CustomerScore> scores;
    RawStatement query(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM customer_scores"));
    while (query.next())
        scores.emplace(query.integer(0), scoreFrom(query));
    return scores;
}

std::optional<CustomerScore> ScoreRepository::find(CustomerId customer)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM customer_scores WHERE customer_id = ?"),
        {customer});
    if (!query.next())
        return std::nullopt;
    return scoreFrom(QueryRow{query});
}

void ScoreRepository::write(const CustomerScore &score)
{
    if (!m_write)
        m_write
            = std::make_unique<RawStatement>(m_db, sql::upsert(QStringLiteral("customer_scores"), columns));
    // UTF-8, the file's encoding: the first night writes every customer's row.
    const auto bindDate = [this](int index, const QDate &date) {
        if (date.isValid())
            m_write->bindUtf8(index, toStoredText(date));
        else
            m_write->bindNull(index);
    };
    m_write->bind(1, score.customer);
    bindDate(2, score.lastPurchase);
    m_write->bind(3, qint64(score.purchases));
    m_write->bind(4, qint64(score.recentPurchases));
    m_write->bind(5, qint64(score.spend.fen()));
    m_write->bind(6, qint64(score.tierSpend.fen()));
    m_write->bind(7, qint64(score.score.r));
    m_write->bind(8, qint64(score.score.f));
    m_write->bind(9, qint64(score.score.m));
    m_write->bindUtf8(10, toCode(score.segment));
    m_write->bindUtf8(11, toCode(score.named));
    m_write->bindUtf8(12, toCode(score.previousSegment));
    bindDate(13, score.segmentSince);
    m_write->exec();
}

void ScoreRepository::remove(CustomerId customer)
{
    sql::run(m_db, QStringLiteral("DELETE FROM customer_scores WHERE customer_id = ?"), {customer});
}

} // namespace atelier
