#include "storage/complaint_analysis_query.h"

#include "core/stored_time.h"
#include "storage/sql.h"

namespace atelier {

namespace {

// received_at starts with the local date, so a text range on it is a range of days.
const QString inPeriod = QStringLiteral(" c.received_at >= ? AND c.received_at < ? ");

} // namespace

ComplaintAnalysisQuery::ComplaintAnalysisQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<ComplaintCount> ComplaintAnalysisQuery::counts(
    const QString &statement, const QDate &from, const QDate &to)
{
    QSqlQuery query = sql::run(m_db, statement, {toStoredText(from), toStoredText(to.addDays(1))});
    QList<ComplaintCount> result;
    while (query.next())
        result << ComplaintCount{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()};
    return result;
}

QList<ComplaintCount> ComplaintAnalysisQuery::byCategory(const QDate &from, const QDate &to)
{
    return counts(QStringLiteral("SELECT c.category, '', count(*) AS n FROM complaints c WHERE") + inPeriod
            + QStringLiteral("GROUP BY c.category ORDER BY n DESC, c.category"),
        from, to);
}

QList<ComplaintCount> ComplaintAnalysisQuery::byStyle(const QDate &from, const QDate &to)
{
    return counts(QStringLiteral("SELECT c.style_number, '', count(*) AS n FROM complaints c WHERE")
            + inPeriod
            + QStringLiteral(
                "AND c.style_number <> '' GROUP BY c.style_number ORDER BY n DESC, c.style_number"),
        from, to);
}

QList<ComplaintCount> ComplaintAnalysisQuery::byClerk(const QDate &from, const QDate &to)
{
    return counts(
        QStringLiteral("SELECT coalesce(CAST(s.id AS TEXT), ''), coalesce(s.name, ''), count(*) AS n "
                       "FROM complaints c LEFT JOIN staff s "
                       "ON s.id = coalesce(c.responsible_id, c.taken_by) WHERE")
            + inPeriod + QStringLiteral("GROUP BY s.id, s.name ORDER BY n DESC, s.name NULLS FIRST"),
        from, to);
}

QList<ComplaintCount> ComplaintAnalysisQuery::byMonth(const QDate &from, const QDate &to)
{
    return counts(
        QStringLiteral("SELECT substr(c.received_at, 1, 7) AS month, '', count(*) FROM complaints c "
                       "WHERE")
            + inPeriod + QStringLiteral("GROUP BY month ORDER BY month"),
        from, to);
}

QList<ComplaintTiming> ComplaintAnalysisQuery::timings(const QDate &from, const QDate &to)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT c.received_at, c.acknowledged_at, c.closed_at, c.satisfaction FROM complaints c "
            "WHERE")
            + inPeriod + QStringLiteral("ORDER BY c.id"),
        {toStoredText(from), toStoredText(to.addDays(1))});
    QList<ComplaintTiming> result;
    while (query.next()) {
        ComplaintTiming t;
        t.receivedAt = timeFromStoredText(query.value(0).toString());
        t.acknowledgedAt = timeFromStoredText(query.value(1).toString());
        t.closedAt = timeFromStoredText(query.value(2).toString());
        if (!query.isNull(3))
            t.satisfaction = query.value(3).toInt();
        result << t;
    }
    return result;
}

} // namespace atelier
