#include "storage/keyset_order.h"

namespace atelier {

namespace {

QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

// Comparisons that mean "after" in a direction: strictly, or the same key or after.
QString later(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral(" > ?") : QStringLiteral(" < ?");
}
QString sameOrLater(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral(" >= ?") : QStringLiteral(" <= ?");
}

} // namespace

KeysetOrder::KeysetOrder(QString key, Qt::SortOrder keyOrder, QString id, Qt::SortOrder idOrder, Nulls nulls)
    : m_key(std::move(key))
    , m_keyOrder(keyOrder)
    , m_id(std::move(id))
    , m_idOrder(idOrder)
    , m_nulls(nulls)
{
}

KeysetOrder KeysetOrder::byId(QString id, Qt::SortOrder order)
{
    return KeysetOrder(QString(), order, std::move(id), order);
}

QString KeysetOrder::orderBy() const
{
    const QString id = m_id + direction(m_idOrder);
    if (m_key.isEmpty())
        return QStringLiteral(" ORDER BY ") + id;
    // NULLs with the smallest keys: the order an ascending index already has, in either dialect.
    const QString nulls
        = m_keyOrder == Qt::AscendingOrder ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
    return QStringLiteral(" ORDER BY ") + m_key + direction(m_keyOrder) + nulls + QStringLiteral(", ") + id;
}

QString KeysetOrder::after(const PageCursor &cursor, QVariantList &values) const
{
    const QString idAfter = m_id + later(m_idOrder);
    if (m_key.isEmpty()) {
        values << cursor.id;
        return idAfter;
    }
    const bool ascending = m_keyOrder == Qt::AscendingOrder;
    if (cursor.key.isNull()) {
        // After a NULL key: the other NULLs further on by id, then (ascending) every key that is not
        // NULL. A column that cannot be NULL never gives such a cursor.
        values << cursor.id;
        const QString sameKey
            = QStringLiteral("(") + m_key + QStringLiteral(" IS NULL AND ") + idAfter + QStringLiteral(")");
        return ascending
            ? QStringLiteral("(") + sameKey + QStringLiteral(" OR ") + m_key + QStringLiteral(" IS NOT NULL)")
            : sameKey;
    }
    // "key >= ? AND (key > ? OR id > ?)" rather than the OR alone: the first term is a range an index
    // on (key, id) seeks to, so a page deep in the list costs what the first one does. A NULL key
    // fails every comparison, which is right ascending (NULLs came first) …
    values << cursor.key << cursor.key << cursor.id;
    const QString rest = QStringLiteral("(") + m_key + sameOrLater(m_keyOrder) + QStringLiteral(" AND (")
        + m_key + later(m_keyOrder) + QStringLiteral(" OR ") + idAfter + QStringLiteral("))");
    // … and descending they are still to come.
    if (!ascending && m_nulls == Nulls::Possible)
        return QStringLiteral("(") + rest + QStringLiteral(" OR ") + m_key + QStringLiteral(" IS NULL)");
    return rest;
}

PageCursor KeysetOrder::cursorAt(const QSqlQuery &query, int keyColumn, int idColumn) const
{
    PageCursor cursor;
    if (!m_key.isEmpty())
        cursor.key = query.value(keyColumn);
    cursor.id = query.value(idColumn).toLongLong();
    return cursor;
}

QString KeysetOrder::andWhere(const QString &where, const QString &condition)
{
    return where.isEmpty() ? QStringLiteral(" WHERE ") + condition
                           : where + QStringLiteral(" AND ") + condition;
}

} // namespace atelier
