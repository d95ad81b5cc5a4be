#include "storage/satisfaction_repository.h"

#include "core/stored_time.h"
#include "storage/sql.h"

namespace atelier {

namespace {

const QString scoreColumns = QStringLiteral(
    "id, customer_id, scored_on, score, comment, occasion, sale_id, follow_up_id, campaign_id, complaint_id, "
    "staff_id, recorded_at, recorded_by, import_key");

SatisfactionScore readScore(const QSqlQuery &q)
{
    SatisfactionScore s;
    s.id = q.value(0).toLongLong();
    s.customer = q.value(1).toLongLong();
    s.scoredOn = dateFromStoredText(q.value(2).toString());
    s.score = q.value(3).toInt();
    s.comment = q.value(4).toString();
    s.occasion = satisfactionOccasionFromCode(q.value(5).toString()).value_or(SatisfactionOccasion::Visit);
    s.sale = sql::idAt(q, 6);
    s.followUp = sql::idAt(q, 7);
    s.campaign = sql::idAt(q, 8);
    s.complaint = sql::idAt(q, 9);
    s.staff = sql::idAt(q, 10);
    s.recordedAt = timeFromStoredText(q.value(11).toString());
    s.recordedBy = sql::idAt(q, 12);
    s.importKey = q.value(13).toString();
    return s;
}

SatisfactionRepository::Owner ownerOf(QSqlQuery query)
{
    SatisfactionRepository::Owner owner;
    if (query.next()) {
        owner.belongs = true;
        owner.staff = sql::idAt(query, 0);
    }
    return owner;
}

} // namespace

SatisfactionRepository::SatisfactionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<SatisfactionId> SatisfactionRepository::insert(const SatisfactionScore &s)
{
    const QVariant key
        = s.importKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.importKey);
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO satisfaction_scores (customer_id, scored_on, score, comment, occasion, sale_id, "
            "follow_up_id, campaign_id, complaint_id, staff_id, recorded_at, recorded_by, import_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (import_key) DO NOTHING "
            "RETURNING id"),
        {qlonglong(s.customer), toStoredText(s.scoredOn), s.score, s.comment,
            satisfactionOccasionCode(s.occasion), sql::optionalId(s.sale), sql::optionalId(s.followUp),
            sql::optionalId(s.campaign), sql::optionalId(s.complaint), sql::optionalId(s.staff),
            toStoredText(s.recordedAt), sql::optionalId(s.recordedBy), key});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QList<SatisfactionScore> SatisfactionRepository::forCustomer(CustomerId customer)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT %1 FROM satisfaction_scores WHERE customer_id = ? ORDER BY scored_on DESC, id DESC")
            .arg(scoreColumns),
        {qlonglong(customer)});
    QList<SatisfactionScore> scores;
    while (query.next())
        scores << readScore(query);
    return scores;
}

SatisfactionRepository::Owner SatisfactionRepository::sale(CustomerId customer, qint64 saleId)
{
    return ownerOf(
        sql::run(m_db, QStringLiteral("SELECT clerk_id FROM sales WHERE id = ? AND customer_id = ?"),
            {qlonglong(saleId), qlonglong(customer)}));
}

SatisfactionRepository::Owner SatisfactionRepository::followUp(CustomerId customer, qint64 taskId)
{
    return ownerOf(sql::run(m_db,
        QStringLiteral(
            "SELECT COALESCE(done_by, assignee_id) FROM follow_up_tasks WHERE id = ? AND customer_id = ?"),
        {qlonglong(taskId), qlonglong(customer)}));
}

SatisfactionRepository::Owner SatisfactionRepository::campaign(CustomerId customer, qint64 campaignId)
{
    return ownerOf(sql::run(m_db,
        QStringLiteral(
            "SELECT CAST(NULL AS INTEGER) FROM campaign_members WHERE campaign_id = ? AND customer_id = ? "
            "AND member_group = 'invited' AND (rsvp IS NOT NULL OR attended_at IS NOT NULL)"),
        {qlonglong(campaignId), qlonglong(customer)}));
}

SatisfactionRepository::Owner SatisfactionRepository::complaint(CustomerId customer, qint64 complaintId)
{
    return ownerOf(sql::run(m_db,
        QStringLiteral(
            "SELECT COALESCE(responsible_id, taken_by) FROM complaints WHERE id = ? AND customer_id = ?"),
        {qlonglong(complaintId), qlonglong(customer)}));
}

std::optional<qint64> SatisfactionRepository::latestSaleOn(CustomerId customer, const QDate &day)
{
    // sold_at is a local time with its offset: the day's text prefix is the store's day.
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT id FROM sales WHERE customer_id = ? AND sold_at >= ? AND sold_at < ? "
                       "ORDER BY sold_at DESC, id DESC LIMIT 1"),
        {qlonglong(customer), toStoredText(day), toStoredText(day.addDays(1))});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace atelier
