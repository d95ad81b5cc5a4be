#include "storage/demo_satisfaction_rows.h"

#include "storage/raw_statement.h"

namespace atelier {

DemoSatisfactionRows::DemoSatisfactionRows(QSqlDatabase db)
    : m_db(std::move(db))
{
    // One statement per occasion: its link column is fixed text.
    const auto insert = [this](const char *link) {
        return std::make_unique<RawStatement>(m_db,
            QStringLiteral(
                "INSERT INTO satisfaction_scores (customer_id, scored_on, score, comment, occasion, %1, "
                "staff_id, recorded_at, recorded_by, import_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(QString::fromLatin1(link)));
    };
    m_visit = insert("sale_id");
    m_followUp = insert("follow_up_id");
    m_campaign = insert("campaign_id");
    m_complaint = insert("complaint_id");
    m_survey = std::make_unique<RawStatement>(m_db,
        QStringLiteral("INSERT INTO satisfaction_scores (customer_id, scored_on, score, comment, occasion, "
                       "staff_id, recorded_at, recorded_by, import_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (import_key) DO NOTHING"));
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
    RawStatement &s = survey                     ? *m_survey
        : occasion == QLatin1String("follow_up") ? *m_followUp
        : occasion == QLatin1String("campaign")  ? *m_campaign
        : occasion == QLatin1String("complaint") ? *m_complaint
                                                 : *m_visit;
    int i = 1;
    s.bind(i++, customer);
    s.bindUtf8(i++, day);
    s.bind(i++, static_cast<qint64>(score));
    s.bindUtf8(i++, comment);
    s.bindUtf8(i++, occasion);
    if (!survey) {
        if (link)
            s.bind(i++, *link);
        else
            s.bindNull(i++);
    }
    if (staff)
        s.bind(i++, *staff);
    else
        s.bindNull(i++);
    s.bindUtf8(i++, recordedAt);
    // Who took the score down: the clerk in the shop, nobody for a survey file.
    if (staff && !survey)
        s.bind(i++, *staff);
    else
        s.bindNull(i++);
    if (survey)
        s.bindUtf8(i++, importKey);
    else
        s.bindNull(i++);
    s.exec();
}

} // namespace atelier
