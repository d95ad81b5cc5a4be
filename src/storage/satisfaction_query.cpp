#include "storage/satisfaction_query.h"

#include "storage/sql.h"

namespace atelier {

namespace {

const QString figures
    = QStringLiteral("COUNT(*), SUM(s.score), SUM(CASE WHEN s.score >= 4 THEN 1 ELSE 0 END)");

SatisfactionFigures readFigures(const QSqlQuery &q, int first)
{
    return {q.value(first).toInt(), q.value(first + 1).toLongLong(), q.value(first + 2).toInt()};
}

} // namespace

SatisfactionQuery::SatisfactionQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<SatisfactionMonth> SatisfactionQuery::byMonth(const QString &startDay, const QString &endDay)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT substr(s.scored_on, 1, 7) AS month, %1 FROM satisfaction_scores s "
                       "WHERE s.scored_on >= ? AND s.scored_on < ? GROUP BY substr(s.scored_on, 1, 7) "
                       "ORDER BY month")
            .arg(figures),
        {startDay, endDay});
    QList<SatisfactionMonth> rows;
    while (query.next())
        rows << SatisfactionMonth{query.value(0).toString(), readFigures(query, 1)};
    return rows;
}

QList<SatisfactionClerk> SatisfactionQuery::byClerk(const QString &startDay, const QString &endDay)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT g.staff_id, COALESCE(st.name, ''), g.n, g.total, g.satisfied FROM "
            "(SELECT s.staff_id AS staff_id, COUNT(*) AS n, SUM(s.score) AS total, "
            "SUM(CASE WHEN s.score >= 4 THEN 1 ELSE 0 END) AS satisfied FROM satisfaction_scores s "
            "WHERE s.scored_on >= ? AND s.scored_on < ? GROUP BY s.staff_id) g "
            "LEFT JOIN staff st ON st.id = g.staff_id "
            "ORDER BY CASE WHEN g.staff_id IS NULL THEN 1 ELSE 0 END, st.name, g.staff_id"),
        {startDay, endDay});
    QList<SatisfactionClerk> rows;
    while (query.next())
        rows << SatisfactionClerk{sql::idAt(query, 0), query.value(1).toString(), readFigures(query, 2)};
    return rows;
}

} // namespace atelier
