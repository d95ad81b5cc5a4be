#pragma once

#include "core/archive_query.h"
#include "core/customer.h"
#include "core/export_columns.h"
#include "core/loyalty_query.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>

namespace atelier {

// The customers of an export, read in the chosen columns and nothing else: each column adds its own
// expression to the SELECT (and the tier or score table only when a chosen column or the filter
// needs it), so a file without phone numbers is made without ever reading one.
class CustomerExportQuery
{
public:
    // One row as stored, one value per chosen column in the chosen order: codes for gender, source,
    // tier and segments, YYYY-MM-DD text for dates, the stored time for "registered on", fen for
    // spend, the phone's digits.
    using Visit = std::function<bool(const QVariantList &stored)>; // false: stop

    CustomerExportQuery(QSqlDatabase db, QList<ExportColumn> columns);

    // The select list for the chosen columns, e.g. "c.name, COALESCE(s.spend_fen, 0)".
    QString selectList() const;
    // Whether the chosen columns read the tier or score tables.
    bool needsLoyalty() const;

    // The archive list under `filter`, by name (pinyin).
    void forEach(const ArchiveFilter &filter, const Visit &visit);
    // A Tiers page list, spend descending then id.
    void forEach(const LoyaltyFilter &filter, const Visit &visit);
    // These customers, in the order given; an id with no customer gives no row.
    void forEach(const QList<CustomerId> &ids, const Visit &visit);

private:
    QString select(bool withLoyalty) const;

    QSqlDatabase m_db;
    QList<ExportColumn> m_columns;
};

} // namespace atelier
