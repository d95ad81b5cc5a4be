#pragma once

#include "core/archive_query.h"
#include "core/customer.h"
#include "core/search_keys.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace atelier {

// The counter search index (table search_keys): kept in step with every customer write, and
// read with index range scans only — never a scan of the customers table.
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db);

    // The customer's own keys, plus those of every customer merged into them (MergeRepository::
    // absorbedRowsOf), so that a save of the survivor keeps the absorbed phone and name finding her
    // and an undone merge takes them away.
    void replaceKeys(CustomerId id, const QString &name, const QString &phoneDigits, const QString &wechatId);
    void replaceKeys(CustomerId id, const QList<SearchKey> &ownKeys);
    // Recomputes every customer's own keys (used by the migration that introduced the index, before
    // merges existed).
    void rebuildAll();

    std::optional<CustomerSummary> exactPhone(const QString &digits);
    // The holder of a member card number (normalised), through the unique index customers_card_no.
    std::optional<CustomerSummary> exactCard(const QString &cardNo);
    QList<CustomerSummary> keyEquals(SearchKeyKind kind, const QString &key, int limit);
    QList<CustomerSummary> keyStartsWith(SearchKeyKind kind, const QString &prefix, int limit);

private:
    void writeKeys(CustomerId id, const QList<SearchKey> &keys);

    QSqlDatabase m_db;
    QSqlQuery m_delete;
    QSqlQuery m_insert;
    QSqlQuery m_equals;
    QSqlQuery m_range;
    QSqlQuery m_rangeOpen;
    QSqlQuery m_phone;
    QSqlQuery m_card;
};

} // namespace atelier
