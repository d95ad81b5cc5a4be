#include "storage/demo_satisfaction_rows.h"

#include "storage/batch_write.h"
#include "storage/raw_statement.h"

#include <QStringList>

#include <algorithm>

namespace atelier {

DemoSatisfactionRows::DemoSatisfactionRows(QSqlDatabase db)
    : m_db(std::move(db))
    // One row shape for every occasion, the links it has not NULL; a survey's import key is unique.
    , m_scores(std::make_unique<BatchWrite>(m_db, QStringLiteral("satisfaction_scores"),
          QStringLiteral(
              "customer_id, scored_on, score, comment, occasion, sale_id, follow_up_id, campaign_id, "
              "complaint_id, staff_id, recorded_at, recorded_by, import_key"),
          BatchWrite::Kind::InsertNew))
{
}

DemoSatisfactionRows::~DemoSatisfactionRows() = default;

void DemoSatisfactionRows::each(RawStatement &statement, const Visit &visit, bool withScore)
{
    Occasion occasion;
    while (statement.next()) {
        occasion.id = statement.integer(0);
        occasion.customer = statement.integer(1);
        occasion.staff = statement.isNull(2) ? std::nullopt : std::optional<qint64>(statement.integer(2));
        occasion.day = QString::fromUtf8(statement.utf8(3).first(10));
        occasion.score = withScore ? int(statement.integer(4)) : 0;
        visit(occasion);
    }
}

void DemoSatisfactionRows::forEachSale(const Visit &visit)
{
    RawStatement sales(m_db,
        QStringLiteral("SELECT id, customer_id, clerk_id, sold_at FROM sales WHERE customer_id IS NOT NULL "
                       "ORDER BY id"));
    each(sales, visit, false);
}

void DemoSatisfactionRows::forEachFollowUpReached(const Visit &visit)
{
    RawStatement tasks(m_db,
        QStringLiteral("SELECT id, customer_id, done_by, done_at FROM follow_up_tasks WHERE status = 'done' "
                       "AND (outcome = 'reached' OR outcome = 'visit_booked' OR outcome = 'purchased') "
                       "AND done_at IS NOT NULL ORDER BY id"));
    each(tasks, visit, false);
}

void DemoSatisfactionRows::forEachAttendance(const Visit &visit)
{
    RawStatement members(m_db,
        QStringLiteral(
            "SELECT campaign_id, customer_id, CAST(NULL AS INTEGER), attended_at FROM campaign_members "
            "WHERE attended_at IS NOT NULL ORDER BY campaign_id, customer_id"));
    each(members, visit, false);
}

void DemoSatisfactionRows::forEachCallback(const Visit &visit)
{
    RawStatement complaints(m_db,
        QStringLiteral(
            "SELECT id, customer_id, COALESCE(responsible_id, taken_by), called_back_at, satisfaction "
            "FROM complaints WHERE customer_id IS NOT NULL AND called_back_at IS NOT NULL "
            "AND satisfaction IS NOT NULL ORDER BY id"));
    each(complaints, visit, true);
}

void DemoSatisfactionRows::insert(qint64 customer, const QString &day, int score, const QString &comment,
    const QString &occasion, std::optional<qint64> link, std::optional<qint64> staff,
    const QString &recordedAt, const QString &importKey)
{
    const bool survey = !importKey.isEmpty();
    BatchWrite &s = *m_scores;
    const auto bindOptional = [&s](int index, std::optional<qint64> id) {
        if (id)
            s.bind(index, *id);
        else
            s.bindNull(index);
    };
    s.bind(1, customer);
    s.bindUtf8(2, day);
    s.bind(3, static_cast<qint64>(score));
    s.bindUtf8(4, comment);
    s.bindUtf8(5, occasion);
    // The link column of the occasion: a sale for a visit, the task, the campaign or the complaint.
    const QStringList links{QStringLiteral("visit"), QStringLiteral("follow_up"), QStringLiteral("campaign"),
        QStringLiteral("complaint")};
    const qsizetype linked = survey ? -1 : std::max<qsizetype>(0, links.indexOf(occasion));
    for (int i = 0; i < 4; ++i)
        bindOptional(6 + i, i == linked ? link : std::nullopt);
    bindOptional(10, staff);
    s.bindUtf8(11, recordedAt);
    // Who took the score down: the clerk in the shop, nobody for a survey file.
    bindOptional(12, survey ? std::nullopt : staff);
    if (survey)
        s.bindUtf8(13, importKey);
    else
        s.bindNull(13);
    s.add();
}

void DemoSatisfactionRows::finish()
{
    m_scores->flush();
}

} // namespace atelier
