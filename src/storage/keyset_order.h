#pragma once

#include "core/keyset_page.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace atelier {

// The order of a keyset-paged list and the condition that starts a page after a cursor, written once
// for every paged read. A list is ordered by one sort key (or none) and then by the id, which breaks
// ties, so every row has exactly one place. A NULL key counts as the smallest: first when ascending,
// last when descending (SQLite's habit; written out as NULLS FIRST/LAST because PostgreSQL's default
// is the other way round). Only fixed text goes into the SQL; the cursor's values are bound.
class KeysetOrder
{
public:
    enum class Nulls
    {
        Never, // a NOT NULL column or an expression that cannot be NULL
        Possible
    };

    // Ordered by `key`, then by `id` (each an SQL expression of the query, e.g. "c.name_sort").
    KeysetOrder(
        QString key, Qt::SortOrder keyOrder, QString id, Qt::SortOrder idOrder, Nulls nulls = Nulls::Never);
    // Ordered by the id alone (a cursor's key is ignored).
    static KeysetOrder byId(QString id, Qt::SortOrder order);

    // The sort key's expression (empty for byId): select it to make the cursor of a row.
    const QString &key() const { return m_key; }
    // " ORDER BY …"
    QString orderBy() const;
    // The rows after `cursor` in this order, as a condition for a WHERE; appends the values to bind.
    QString after(const PageCursor &cursor, QVariantList &values) const;
    // The cursor of the current row of `query`, whose columns `keyColumn` (ignored by byId) and
    // `idColumn` hold the key and the id.
    PageCursor cursorAt(const QSqlQuery &query, int keyColumn, int idColumn) const;

    // `where` (empty or " WHERE …") with `condition` added by AND.
    static QString andWhere(const QString &where, const QString &condition);

private:
    QString m_key;
    Qt::SortOrder m_keyOrder;
    QString m_id;
    Qt::SortOrder m_idOrder;
    Nulls m_nulls;
};

} // namespace atelier
