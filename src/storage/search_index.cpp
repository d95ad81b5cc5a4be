#include "storage/search_index.h"

#include "storage/merge_repository.h"
#include "storage/sql.h"

#include <QJsonObject>

#include <algorithm>

namespace atelier {

namespace {

QList<CustomerSummary> readSummaries(QSqlQuery &query)
{
    QList<CustomerSummary> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    query.finish();
    return rows;
}

} // namespace

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void SearchIndex::replaceKeys(
    CustomerId id, const QString &name, const QString &phoneDigits, const QString &wechatId)
{
    replaceKeys(id, searchKeysFor(name, phoneDigits, wechatId));
}

void SearchIndex::replaceKeys(CustomerId id, const QList<SearchKey> &ownKeys)
{
    QList<SearchKey> keys = ownKeys;
    for (const QJsonObject &row : MergeRepository(m_db).absorbedRowsOf(id)) {
        const QList<SearchKey> theirs = searchKeysFor(row.value(QStringLiteral("name")).toString(),
            row.value(QStringLiteral("phone")).toString(), row.value(QStringLiteral("wechat_id")).toString());
        for (const SearchKey &key : theirs) {
            const bool known = std::any_of(keys.cbegin(), keys.cend(),
                [&](const SearchKey &k) { return k.kind == key.kind && k.key == key.key; });
            if (!known)
                keys << key;
        }
    }
    writeKeys(id, keys);
}

void SearchIndex::writeKeys(CustomerId id, const QList<SearchKey> &keys)
{
    if (m_insert.lastQuery().isEmpty()) {
        m_delete = sql::prepare(m_db, QStringLiteral("DELETE FROM search_keys WHERE customer_id = ?"));
        m_insert = sql::prepare(
            m_db, QStringLiteral("INSERT INTO search_keys (kind, search_key, customer_id) VALUES (?, ?, ?)"));
    }
    sql::bind(m_delete, 0, id);
    sql::exec(m_delete);
    for (const SearchKey &key : keys) {
        sql::bind(m_insert, 0, static_cast<int>(key.kind));
        sql::bind(m_insert, 1, key.key);
        sql::bind(m_insert, 2, id);
        sql::exec(m_insert);
    }
}

void SearchIndex::rebuildAll()
{
    sql::run(m_db, QStringLiteral("DELETE FROM search_keys"));
    QSqlQuery customers = sql::run(m_db, QStringLiteral("SELECT id, name, phone, wechat_id FROM customers"));
    while (customers.next()) {
        writeKeys(customers.value(0).toLongLong(),
            searchKeysFor(
                customers.value(1).toString(), customers.value(2).toString(), customers.value(3).toString()));
    }
}

std::optional<CustomerSummary> SearchIndex::exactPhone(const QString &digits)
{
    if (m_phone.lastQuery().isEmpty())
        m_phone = sql::prepare(m_db, QStringLiteral("SELECT id, name, phone FROM customers WHERE phone = ?"));
    sql::bind(m_phone, 0, digits);
    sql::exec(m_phone);
    const QList<CustomerSummary> rows = readSummaries(m_phone);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<CustomerSummary> SearchIndex::exactCard(const QString &cardNo)
{
    if (m_card.lastQuery().isEmpty())
        m_card
            = sql::prepare(m_db, QStringLiteral("SELECT id, name, phone FROM customers WHERE card_no = ?"));
    sql::bind(m_card, 0, cardNo);
    sql::exec(m_card);
    const QList<CustomerSummary> rows = readSummaries(m_card);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<CustomerSummary> SearchIndex::keyEquals(SearchKeyKind kind, const QString &key, int limit)
{
    if (m_equals.lastQuery().isEmpty()) {
        m_equals = sql::prepare(m_db,
            QStringLiteral(
                "SELECT c.id, c.name, c.phone FROM search_keys k JOIN customers c ON c.id = k.customer_id "
                "WHERE k.kind = ? AND k.search_key = ? ORDER BY k.customer_id LIMIT ?"));
    }
    sql::bind(m_equals, 0, static_cast<int>(kind));
    sql::bind(m_equals, 1, key);
    sql::bind(m_equals, 2, limit);
    sql::exec(m_equals);
    return readSummaries(m_equals);
}

QList<CustomerSummary> SearchIndex::keyStartsWith(SearchKeyKind kind, const QString &prefix, int limit)
{
    const QString upper = prefixUpperBound(prefix);
    QSqlQuery *query = nullptr;
    if (upper.isEmpty()) {
        if (m_rangeOpen.lastQuery().isEmpty()) {
            m_rangeOpen = sql::prepare(m_db,
                QStringLiteral(
                    "SELECT c.id, c.name, c.phone FROM search_keys k JOIN customers c ON c.id = "
                    "k.customer_id "
                    "WHERE k.kind = ? AND k.search_key >= ? ORDER BY k.search_key, k.customer_id LIMIT ?"));
        }
        query = &m_rangeOpen;
        sql::bind(*query, 2, limit);
    } else {
        if (m_range.lastQuery().isEmpty()) {
            m_range = sql::prepare(m_db,
                QStringLiteral("SELECT c.id, c.name, c.phone FROM search_keys k JOIN customers c ON c.id = "
                               "k.customer_id "
                               "WHERE k.kind = ? AND k.search_key >= ? AND k.search_key < ? "
                               "ORDER BY k.search_key, k.customer_id LIMIT ?"));
        }
        query = &m_range;
        sql::bind(*query, 2, upper);
        sql::bind(*query, 3, limit);
    }
    sql::bind(*query, 0, static_cast<int>(kind));
    sql::bind(*query, 1, prefix);
    sql::exec(*query);
    return readSummaries(*query);
}

} // namespace atelier
