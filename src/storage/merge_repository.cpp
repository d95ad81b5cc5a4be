#include "storage/merge_repository.h"

#include "core/stored_time.h"
#include "storage/inserted_id.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QSqlRecord>

#include <limits>
#include <utility>

namespace atelier {

namespace {

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant variantOf(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return static_cast<double>(whole) == number ? QVariant(whole) : QVariant(number);
    }
    return value.toVariant();
}

QJsonObject rowObject(const QSqlQuery &query)
{
    QJsonObject row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), jsonOf(query.value(i)));
    return row;
}

QString text(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

constexpr const char *kRecordColumns
    = "SELECT m.id, m.merged_at, m.merged_by, m.survivor_id, m.absorbed_id, m.absorbed_row, "
      "m.survivor_before, "
      "m.survivor_after, m.filled, m.moved, m.removed, m.undone_at, m.undone_by, coalesce(c.name, '') "
      "FROM customer_merges m LEFT JOIN customers c ON c.id = m.survivor_id ";

MergeRecord readRecord(const QSqlQuery &q)
{
    MergeRecord r;
    r.id = q.value(0).toLongLong();
    r.mergedAt = timeFromStoredText(q.value(1).toString());
    r.mergedBy = q.value(2).toString();
    r.survivorId = q.value(3).toLongLong();
    r.absorbedId = q.value(4).toLongLong();
    r.absorbedRow = objectOf(q.value(5).toString());
    r.survivorBefore = objectOf(q.value(6).toString());
    r.survivorAfter = objectOf(q.value(7).toString());
    for (const QJsonValue &column : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
        r.filled << column.toString();
    r.moved = objectOf(q.value(9).toString());
    r.removed = objectOf(q.value(10).toString());
    if (!q.value(11).isNull())
        r.undoneAt = timeFromStoredText(q.value(11).toString());
    r.undoneBy = q.value(12).toString();
    r.survivorName = q.value(13).toString();
    return r;
}

} // namespace

MergeRepository::MergeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

const QList<CustomerTable> &MergeRepository::movedTables()
{
    static const QList<CustomerTable> tables{
        {"sales", "customer_id", "id", false},
        {"points_ledger", "customer_id", "id", false},
        {"complaints", "customer_id", "id", false},
        {"coupons", "customer_id", "id", false}, // her coupons, open or used (issue 21)
        {"follow_up_tasks", "customer_id", "id", false},
        {"contacts", "customer_id", "id", false},
        {"life_events", "customer_id", "id", false},
        {"lost_sales", "customer_id", "id", false}, // her lost sales and wishes (issue 23)
        {"satisfaction_scores", "customer_id", "id", false}, // her satisfaction scores (issue 24)
        {"customers", "referrer_id", "id", false}, // the customers this one brought in
        {"referral_rewards", "referrer_id", "referred_id", false}, // the rewards she earned (issue 23)
        {"customer_tags", "customer_id", "tag_id", true},
        {"handover_note_customers", "customer_id", "note_id", true},
    };
    return tables;
}

QStringList MergeRepository::resultTables()
{
    return {QStringLiteral("customer_scores"), QStringLiteral("customer_tiers"),
        QStringLiteral("tier_history"), QStringLiteral("segment_history")};
}

QJsonObject MergeRepository::customerRow(CustomerId id)
{
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT * FROM customers WHERE id = ?"), {id});
    return query.next() ? rowObject(query) : QJsonObject();
}

void MergeRepository::insertCustomerRow(const QJsonObject &row)
{
    insertRows(QStringLiteral("customers"), QJsonArray{row});
}

void MergeRepository::setCustomerColumns(CustomerId id, const QJsonObject &columns)
{
    if (columns.isEmpty())
        return;
    QStringList assignments;
    QVariantList values;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        assignments << it.key() + QStringLiteral(" = ?");
        values << variantOf(it.value());
    }
    values << qlonglong(id);
    sql::run(m_db,
        QStringLiteral("UPDATE customers SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
        values);
}

void MergeRepository::deleteCustomer(CustomerId id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM customers WHERE id = ?"), {id});
}

bool MergeRepository::customerExists(CustomerId id)
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {id}).toInt() > 0;
}

std::optional<CustomerId> MergeRepository::customerWith(const QString &column, const QVariant &value)
{
    // `column` is one of the customer's own unique columns, named by the service.
    const QVariant id
        = sql::scalar(m_db, QStringLiteral("SELECT id FROM customers WHERE %1 = ?").arg(column), {value});
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

QList<qint64> MergeRepository::keysOf(const CustomerTable &table, CustomerId customer)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %1")
            .arg(text(table.key), text(table.table), text(table.customerColumn)),
        {customer});
    QList<qint64> keys;
    while (query.next())
        keys << query.value(0).toLongLong();
    return keys;
}

int MergeRepository::move(
    const CustomerTable &table, const QList<qint64> &keys, CustomerId from, CustomerId to)
{
    // A referred customer's row changes too (her referrer): its version moves on, so that a form open on
    // her is refused rather than saved back with the referrer the merge removed (issue 25).
    const QString bump = text(table.table) == QStringLiteral("customers")
        ? QStringLiteral(", row_version = row_version + 1")
        : QString();
    QSqlQuery query = sql::prepare(m_db,
        QStringLiteral("UPDATE %1 SET %2 = ?%4 WHERE %2 = ? AND %3 = ?")
            .arg(text(table.table), text(table.customerColumn), text(table.key), bump));
    int moved = 0;
    for (const qint64 key : keys) {
        sql::bind(query, 0, to);
        sql::bind(query, 1, from);
        sql::bind(query, 2, key);
        sql::exec(query);
        moved += query.numRowsAffected();
    }
    return moved;
}

QJsonArray MergeRepository::rowsOf(const QString &table, const QString &customerColumn, CustomerId customer,
    const QList<qint64> &onlyKeys, const QString &keyColumn)
{
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, customerColumn), {customer});
    QJsonArray rows;
    while (query.next()) {
        if (!keyColumn.isEmpty() && !onlyKeys.contains(query.value(keyColumn).toLongLong()))
            continue;
        rows.append(rowObject(query));
    }
    return rows;
}

void MergeRepository::insertRows(const QString &table, const QJsonArray &rows)
{
    for (const QJsonValue &value : rows) {
        QJsonObject row = value.toObject();
        // A row of history whose id was taken meanwhile (ids of deleted rows are reused) comes back
        // under a new id; a customer's own id is checked by the caller before.
        const QString id = QStringLiteral("id");
        if (table != QStringLiteral("customers") && row.contains(id)
            && sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table),
                   {variantOf(row.value(id))})
                    .toInt()
                > 0)
            row.remove(id);
        const QStringList columns = row.keys();
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery query = sql::prepare(m_db,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        int i = 0;
        for (const QString &column : columns)
            sql::bind(query, i++, variantOf(row.value(column)));
        sql::exec(query);
    }
}

qint64 MergeRepository::pointsBalance(CustomerId customer)
{
    return sql::scalar(m_db,
        QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_ledger WHERE customer_id = ?"),
        {customer})
        .toLongLong();
}

qint64 MergeRepository::pointsOf(const QList<qint64> &ledgerIds)
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT points FROM points_ledger WHERE id = ?"));
    qint64 sum = 0;
    for (const qint64 id : ledgerIds) {
        sql::bind(query, 0, id);
        sql::exec(query);
        if (query.next())
            sum += query.value(0).toLongLong();
        query.finish();
    }
    return sum;
}

qint64 MergeRepository::insert(const MergeRecord &r)
{
    QJsonArray filled;
    for (const QString &column : r.filled)
        filled.append(column);
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO customer_merges (merged_at, merged_by, survivor_id, absorbed_id, absorbed_row, "
            "survivor_before, survivor_after, filled, moved, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
        {toStoredText(r.mergedAt), r.mergedBy, r.survivorId, r.absorbedId, compact(r.absorbedRow),
            compact(r.survivorBefore), compact(r.survivorAfter),
            QString::fromUtf8(QJsonDocument(filled).toJson(QJsonDocument::Compact)), compact(r.moved),
            compact(r.removed)});
    return sql::insertedId(query);
}

std::optional<MergeRecord> MergeRepository::find(qint64 id)
{
    QSqlQuery query = sql::run(m_db, text(kRecordColumns) + QStringLiteral("WHERE m.id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return readRecord(query);
}

QList<MergeRecord> MergeRepository::recent(int limit)
{
    QSqlQuery query
        = sql::run(m_db, text(kRecordColumns) + QStringLiteral("ORDER BY m.id DESC LIMIT ?"), {limit});
    QList<MergeRecord> records;
    while (query.next())
        records << readRecord(query);
    return records;
}

void MergeRepository::markUndone(qint64 id, const QDateTime &at, const QString &by)
{
    sql::run(m_db, QStringLiteral("UPDATE customer_merges SET undone_at = ?, undone_by = ? WHERE id = ?"),
        {toStoredText(at), by, id});
}

namespace {

QString birthdayKeyPrefix(CustomerId customer)
{
    return QStringLiteral("birthday:%1:").arg(customer);
}

} // namespace

QList<BirthdayTask> MergeRepository::birthdayTasksOf(CustomerId customer)
{
    const QString prefix = birthdayKeyPrefix(customer);
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT id, generated_key, status FROM follow_up_tasks "
                       "WHERE customer_id = ? AND purpose = 'birthday' AND generated_key LIKE ?"),
        {qlonglong(customer), prefix + u'%'});
    QList<BirthdayTask> tasks;
    while (query.next()) {
        tasks << BirthdayTask{query.value(0).toLongLong(),
            query.value(1).toString().mid(prefix.size()).toInt(), query.value(2).toString() == u"open"};
    }
    return tasks;
}

void MergeRepository::moveReferralReward(CustomerId from, CustomerId to)
{
    sql::run(m_db, QStringLiteral("UPDATE referral_rewards SET referred_id = ? WHERE referred_id = ?"),
        {qlonglong(to), qlonglong(from)});
}

void MergeRepository::rekeyBirthdayTasks(const QList<qint64> &taskIds, CustomerId from, CustomerId to)
{
    const QString fromPrefix = birthdayKeyPrefix(from);
    QSqlQuery query = sql::prepare(m_db,
        QStringLiteral(
            "UPDATE follow_up_tasks SET generated_key = CAST(? AS TEXT) || substr(generated_key, ?) "
            "WHERE id = ? AND generated_key LIKE ?"));
    for (const qint64 id : taskIds) {
        sql::bind(query, 0, birthdayKeyPrefix(to));
        sql::bind(query, 1, int(fromPrefix.size()) + 1);
        sql::bind(query, 2, id);
        sql::bind(query, 3, fromPrefix + u'%');
        sql::exec(query);
    }
}

QList<QJsonObject> MergeRepository::absorbedRowsOf(CustomerId survivor)
{
    QList<QJsonObject> rows;
    // (customer, id of the merge that absorbed them): only the merges into them before that one count.
    QList<std::pair<CustomerId, qint64>> pending{{survivor, std::numeric_limits<qint64>::max()}};
    while (!pending.isEmpty()) {
        const auto [id, absorbedBy] = pending.takeLast();
        QSqlQuery query = sql::run(m_db,
            QStringLiteral("SELECT m.id, m.absorbed_id, m.absorbed_row FROM customer_merges m "
                           "WHERE m.survivor_id = ? AND m.undone_at IS NULL AND m.id < ? AND NOT EXISTS ("
                           "SELECT 1 FROM customer_merges a WHERE a.absorbed_id = m.survivor_id "
                           "AND a.undone_at IS NULL AND a.id > m.id AND a.id < ?) ORDER BY m.id"),
            {qlonglong(id), qlonglong(absorbedBy), qlonglong(absorbedBy)});
        while (query.next()) {
            rows << objectOf(query.value(2).toString());
            // Merge ids fall along a chain, so this ends.
            pending.append({query.value(1).toLongLong(), query.value(0).toLongLong()});
        }
    }
    return rows;
}

} // namespace atelier
