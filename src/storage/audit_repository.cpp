#include "storage/audit_repository.h"

#include "core/stored_time.h"
#include "storage/inserted_id.h"
#include "storage/keyset_order.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QVariantList>

namespace atelier {

namespace {

// The customer's current name comes along for the viewer (empty once a customer is gone).
const QString kSelect = QStringLiteral(
    "SELECT a.id, a.happened_at, a.actor_kind, a.actor_staff_id, a.actor_name, a.action, a.customer_id, "
    "a.details, c.name FROM audit_log a LEFT JOIN customers c ON c.id = a.customer_id");

// The trail only grows, at the top: newest first, a page continues below the last id shown.
const KeysetOrder newestFirst = KeysetOrder::byId(QStringLiteral("a.id"), Qt::DescendingOrder);

// Fixed fragments only; every value the manager chose is bound.
QString whereClause(const AuditFilter &filter, QVariantList &values)
{
    QStringList parts;
    if (filter.from.isValid()) {
        parts << QStringLiteral("a.happened_at >= ?");
        values << toStoredText(filter.from);
    }
    if (filter.to.isValid()) {
        // Stored times start with their date: everything before the next day's date.
        parts << QStringLiteral("a.happened_at < ?");
        values << toStoredText(filter.to.addDays(1));
    }
    if (filter.action) {
        parts << QStringLiteral("a.action = ?");
        values << toCode(*filter.action);
    }
    if (!filter.actorName.isEmpty()) {
        parts << QStringLiteral("a.actor_name = ?");
        values << filter.actorName;
    }
    if (filter.customerId) {
        parts << QStringLiteral("a.customer_id = ?");
        values << qlonglong(*filter.customerId);
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.happenedAt = timeFromStoredText(query.value(1).toString());
    entry.actor.kind = auditActorKindFromCode(query.value(2).toString());
    entry.actor.staffId = sql::idAt(query, 3);
    entry.actor.name = query.value(4).toString();
    entry.action = auditActionFromCode(query.value(5).toString()).value_or(AuditAction::CustomerChanged);
    entry.customerId = sql::idAt(query, 6);
    entry.details = query.value(7).toString();
    entry.customerName = query.value(8).toString();
    return entry;
}

} // namespace

AuditRepository::AuditRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 AuditRepository::append(const AuditEntry &entry)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO audit_log (happened_at, actor_kind, actor_staff_id, actor_name, "
                       "action, customer_id, details) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {toStoredText(entry.happenedAt), toCode(entry.actor.kind), sql::optionalId(entry.actor.staffId),
            entry.actor.name, toCode(entry.action), sql::optionalId(entry.customerId),
            entry.details.isEmpty() ? QStringLiteral("{}") : entry.details});
    return sql::insertedId(query);
}

KeysetPage<AuditEntry> AuditRepository::page(
    const AuditFilter &filter, const std::optional<PageCursor> &after, int limit)
{
    QVariantList values;
    QString where = whereClause(filter, values);
    if (after)
        where = KeysetOrder::andWhere(where, newestFirst.after(*after, values));
    values << limit;
    QSqlQuery query
        = sql::run(m_db, kSelect + where + newestFirst.orderBy() + QStringLiteral(" LIMIT ?"), values);
    KeysetPage<AuditEntry> page;
    while (query.next()) {
        page.rows << readEntry(query);
        page.next = newestFirst.cursorAt(query, 0, 0);
    }
    return page;
}

int AuditRepository::count(const AuditFilter &filter)
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log a") + where, values);
    return query.next() ? query.value(0).toInt() : 0;
}

void AuditRepository::forEach(const AuditFilter &filter, const std::function<bool(const AuditEntry &)> &visit)
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query = sql::run(m_db, kSelect + where + QStringLiteral(" ORDER BY a.id"), values);
    while (query.next()) {
        if (!visit(readEntry(query)))
            break;
    }
}

QStringList AuditRepository::actorNames()
{
    QSqlQuery query
        = sql::run(m_db, QStringLiteral("SELECT DISTINCT actor_name FROM audit_log ORDER BY actor_name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace atelier
