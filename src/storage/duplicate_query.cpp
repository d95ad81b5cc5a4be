#include "storage/duplicate_query.h"

#include "core/audit.h"
#include "core/search_keys.h"
#include "storage/sql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>

namespace atelier {

namespace {

// The condition a customer row `c` must meet to take part: erased customers have nothing left
// to compare and must never come back through a merge.
QString liveCustomer()
{
    return QStringLiteral("c.erased_at IS NULL");
}

DuplicatePair pairOf(CustomerId a, CustomerId b, DuplicateReason reason)
{
    return {std::min(a, b), std::max(a, b), static_cast<int>(reason)};
}

// Rows (group key, customer id) ordered by the key: every two customers of a group are a pair.
QList<DuplicatePair> pairsOfGroups(QSqlQuery &query, DuplicateReason reason)
{
    QList<DuplicatePair> pairs;
    QString groupKey;
    QList<CustomerId> members;
    const auto flush = [&] {
        for (int i = 0; i < members.size(); ++i) {
            for (int j = i + 1; j < members.size(); ++j) {
                if (members[i] != members[j]) // a merged survivor may carry a second pinyin key
                    pairs << pairOf(members[i], members[j], reason);
            }
        }
        members.clear();
    };
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key != groupKey)
            flush();
        groupKey = key;
        members << query.value(1).toLongLong();
    }
    flush();
    return pairs;
}

} // namespace

DuplicateQuery::DuplicateQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<DuplicatePair> DuplicateQuery::earlierPhones()
{
    // The trail stores a change of phone as {"field":"phone","old":"138…","new":"139…"}. Only the
    // entries that changed a phone are parsed; the rest of the trail is skipped by the LIKE.
    QSqlQuery changes = sql::run(m_db,
        QStringLiteral("SELECT a.customer_id, a.details FROM audit_log a "
                       "JOIN customers c ON c.id = a.customer_id "
                       "WHERE a.action = ? AND a.details LIKE ? AND ")
            + liveCustomer(),
        {toCode(AuditAction::CustomerChanged), QStringLiteral("%\"field\":\"phone\"%")});
    QHash<QString, QSet<CustomerId>> formerOwners;
    while (changes.next()) {
        const CustomerId owner = changes.value(0).toLongLong();
        const QJsonArray fields = QJsonDocument::fromJson(changes.value(1).toString().toUtf8()).array();
        for (const QJsonValue &value : fields) {
            const QJsonObject change = value.toObject();
            if (change.value(QStringLiteral("field")).toString() != QStringLiteral("phone"))
                continue;
            const QString old = PhoneNumber::digitsOnly(change.value(QStringLiteral("old")).toString());
            if (!old.isEmpty())
                formerOwners[old].insert(owner);
        }
    }
    changes.finish();

    QList<DuplicatePair> pairs;
    QSqlQuery current = sql::prepare(
        m_db, QStringLiteral("SELECT c.id FROM customers c WHERE c.phone = ? AND ") + liveCustomer());
    for (auto it = formerOwners.cbegin(); it != formerOwners.cend(); ++it) {
        sql::bind(current, 0, it.key());
        sql::exec(current);
        if (current.next()) {
            const CustomerId holder = current.value(0).toLongLong();
            for (const CustomerId owner : it.value()) {
                if (owner != holder)
                    pairs << pairOf(owner, holder, DuplicateReason::EarlierPhone);
            }
        }
        current.finish();
    }
    return pairs;
}

QList<DuplicatePair> DuplicateQuery::sameNameAndBirthday()
{
    // The groups first (one sort of the customers), then their members through the name index.
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT c.name || '|' || c.birthday, c.id FROM customers c "
                       "JOIN (SELECT name, birthday FROM customers c WHERE c.birthday IS NOT NULL AND ")
            + liveCustomer()
            + QStringLiteral(" GROUP BY name, birthday HAVING count(*) > 1) g "
                             "ON g.name = c.name AND g.birthday = c.birthday WHERE ")
            + liveCustomer() + QStringLiteral(" ORDER BY c.name, c.birthday, c.id"));
    return pairsOfGroups(query, DuplicateReason::NameAndBirthday);
}

QList<DuplicatePair> DuplicateQuery::samePinyinAndPhoneEnd()
{
    // The full pinyin is in the counter's search index (one key per customer, read in key order from
    // its index); the last four digits come from the phone. Grouped in a hash in one pass: SQLite's
    // GROUP BY over the computed key sorted 100 000 rows twice and took three times as long.
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT k.search_key, c.phone, c.id FROM search_keys k "
                       "JOIN customers c ON c.id = k.customer_id WHERE k.kind = ? AND ")
            + liveCustomer(),
        {static_cast<int>(SearchKeyKind::PinyinFull)});
    QHash<QString, QList<CustomerId>> groups;
    while (query.next()) {
        const QString phone = query.value(1).toString();
        groups[query.value(0).toString() + u'|' + phone.right(4)] << query.value(2).toLongLong();
    }
    query.finish();
    QList<DuplicatePair> pairs;
    for (const QList<CustomerId> &members : std::as_const(groups)) {
        for (qsizetype i = 0; i < members.size(); ++i) {
            for (qsizetype j = i + 1; j < members.size(); ++j) {
                if (members[i] != members[j]) // a merged survivor may carry a second pinyin key
                    pairs << pairOf(members[i], members[j], DuplicateReason::PinyinAndPhoneEnd);
            }
        }
    }
    return pairs;
}

QList<DuplicatePair> DuplicateQuery::pairs()
{
    std::map<std::pair<CustomerId, CustomerId>, int> combined;
    for (const QList<DuplicatePair> &found :
        {earlierPhones(), sameNameAndBirthday(), samePinyinAndPhoneEnd()}) {
        for (const DuplicatePair &pair : found)
            combined[{pair.first, pair.second}] |= pair.reasons;
    }
    QList<DuplicatePair> result;
    result.reserve(static_cast<qsizetype>(combined.size()));
    for (const auto &[ids, reasons] : combined)
        result << DuplicatePair{ids.first, ids.second, reasons};
    return result;
}

} // namespace atelier
