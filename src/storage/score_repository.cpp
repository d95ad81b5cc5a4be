#include "storage/score_repository.h"

#include "core/stored_time.h"
#include "storage/batch_write.h"
#include "storage/raw_statement.h"
#include "storage/sql.h"

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

void ScoreRepository::writeAll(const std::vector<CustomerScore> &scores)
{
    BatchWrite write(m_db, QStringLiteral("customer_scores"), columns, BatchWrite::Kind::Upsert);
    // UTF-8, the file's encoding: the first night writes every customer's row.
    const auto bindDate = [&write](int index, const QDate &date) {
        if (date.isValid())
            write.bindUtf8(index, toStoredText(date));
        else
            write.bindNull(index);
    };
    for (const CustomerScore &score : scores) {
        write.bind(1, score.customer);
        bindDate(2, score.lastPurchase);
        write.bind(3, qint64(score.purchases));
        write.bind(4, qint64(score.recentPurchases));
        write.bind(5, qint64(score.spend.fen()));
        write.bind(6, qint64(score.tierSpend.fen()));
        write.bind(7, qint64(score.score.r));
        write.bind(8, qint64(score.score.f));
        write.bind(9, qint64(score.score.m));
        write.bindUtf8(10, toCode(score.segment));
        write.bindUtf8(11, toCode(score.named));
        write.bindUtf8(12, toCode(score.previousSegment));
        bindDate(13, score.segmentSince);
        write.add();
    }
    write.flush();
}

void ScoreRepository::removeAll(const std::vector<CustomerId> &customers)
{
    BatchWrite remove(
        m_db, QStringLiteral("customer_scores"), QStringLiteral("customer_id"), BatchWrite::Kind::Delete);
    for (const CustomerId customer : customers) {
        remove.bind(1, customer);
        remove.add();
    }
    remove.flush();
}

} // namespace atelier
