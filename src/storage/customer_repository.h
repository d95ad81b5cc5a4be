#pragma once

#include "core/archive_completeness.h"

#include "core/archive_query.h"
#include "core/customer.h"
#include "core/keyset_page.h"
#include "storage/search_index.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

namespace atelier {

// The customers table and everything hanging off a customer (tags, life events, search keys).
// Writes keep search_keys in step; callers wrap them in a Transaction.
class CustomerRepository
{
public:
    explicit CustomerRepository(QSqlDatabase db);

    CustomerId insert(const Customer &customer);
    // Writes the whole row and adds one to its version, but only while the stored version is still
    // customer.rowVersion; false, writing nothing, when someone changed the row since it was read.
    [[nodiscard]] bool update(const Customer &customer);
    // update() for a row read in the caller's own transaction (a merge, a card number): a change in
    // between can only be another connection's on PostgreSQL, and throws a StorageError (Conflict, as
    // services/retry.h runs again) so that the whole transaction rolls back.
    void updateWithinTransaction(const Customer &customer);
    // Adds one to the row's version: for a write that changed the row by other means (a merge's undo
    // restores columns), so that a form loaded before it is refused like any other.
    void markChanged(CustomerId id);
    std::optional<Customer> find(CustomerId id);
    std::optional<CustomerId> idForPhone(const QString &digits);

    QList<Tag> tagsOf(CustomerId id);
    void setTags(CustomerId id, const QList<TagId> &tagIds);
    QList<LifeEvent> lifeEventsOf(CustomerId id);
    void setLifeEvents(CustomerId id, const QList<LifeEvent> &events);
    // New customers' events (each names its customer), written together: one set-based write on a
    // server, for bulk work (the demo store) that would otherwise speak to the server once a customer.
    void addLifeEvents(const std::vector<LifeEvent> &events);

    // Every customer id, in order (the loyalty reports list every customer, buyers or not).
    std::vector<CustomerId> allIds();
    int count(const ArchiveFilter &filter);
    // The WHERE clause of the archive list over customers c (empty for no filter); values to bind.
    static QString filterSql(const ArchiveFilter &filter, QVariantList &values);
    // Up to `limit` rows in the chosen order, continuing after `after` (nullopt: from the top).
    KeysetPage<ArchiveRow> page(const ArchiveFilter &filter, ArchiveSort sort, Qt::SortOrder order,
        const std::optional<PageCursor> &after, int limit);
    // Every customer registered by a member of staff in [fromKey, toKey) (stored-time text), whole,
    // with the counts of tags and life events that the completeness score needs.
    void forEachRegistered(const QString &fromKey, const QString &toKey,
        const std::function<void(const Customer &, const ArchiveCompleteness::Extras &)> &visit);
    // Streams every matching row in order (for exports); return false from the callback to stop.
    void forEach(const ArchiveFilter &filter, const std::function<bool(const ArchiveRow &)> &visit);

    SearchIndex &searchIndex() { return m_search; }
    // Fills customers.name_sort (pinyin order) for every customer; used by the migration that added it.
    void rebuildNameSortKeys();

    // The columns of a whole customer row and their values, in the same order (for BulkLoader).
    static QStringList columns();
    static QVariantList values(const Customer &customer, const CustomerKeys &keys);

private:
    QSqlDatabase m_db;
    SearchIndex m_search;
    QSqlQuery m_insert;
};

} // namespace atelier
