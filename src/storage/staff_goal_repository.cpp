#include "storage/staff_goal_repository.h"

#include "core/stored_time.h"
#include "storage/sql.h"

#include <functional>
#include <map>

namespace atelier {

namespace {

template <typename Number> QVariant optionalNumber(const std::optional<Number> &value)
{
    if (!value.has_value())
        return QVariant(QMetaType(QMetaType::LongLong));
    return QVariant(qlonglong(value.value_or(0)));
}

std::optional<std::int64_t> numberAt(const QSqlQuery &query, int column)
{
    if (query.value(column).isNull())
        return std::nullopt;
    return query.value(column).toLongLong();
}

std::optional<int> countAt(const QSqlQuery &query, int column)
{
    const std::optional<std::int64_t> value = numberAt(query, column);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

StaffTarget targetAt(const QSqlQuery &query)
{
    // staff id, name, sales_fen, new_archives, follow_ups_done
    StaffTarget target;
    target.staff = query.value(0).toLongLong();
    target.name = query.value(1).toString();
    target.salesFen = numberAt(query, 2);
    target.newArchives = countAt(query, 3);
    target.followUpsDone = countAt(query, 4);
    return target;
}

} // namespace

StaffGoalRepository::StaffGoalRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<StaffTarget> StaffGoalRepository::targets(const QString &month)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT s.id, s.name, t.sales_fen, t.new_archives, t.follow_ups_done FROM staff s "
                       "LEFT JOIN staff_targets t ON t.staff_id = s.id AND t.month = ? "
                       "WHERE s.active = 1 OR t.staff_id IS NOT NULL ORDER BY s.name"),
        {month});
    QList<StaffTarget> list;
    while (query.next())
        list << targetAt(query);
    return list;
}

void StaffGoalRepository::setTarget(
    const QString &month, const StaffTarget &target, const QDateTime &at, std::optional<StaffId> by)
{
    if (target.isEmpty()) {
        sql::run(m_db, QStringLiteral("DELETE FROM staff_targets WHERE staff_id = ? AND month = ?"),
            {target.staff, month});
        return;
    }
    sql::run(m_db,
        QStringLiteral(
            "INSERT INTO staff_targets (staff_id, month, sales_fen, new_archives, follow_ups_done, "
            "set_at, set_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (staff_id, month) DO UPDATE SET sales_fen = excluded.sales_fen, "
            "new_archives = excluded.new_archives, follow_ups_done = excluded.follow_ups_done, "
            "set_at = excluded.set_at, set_by = excluded.set_by"),
        {target.staff, month, optionalNumber(target.salesFen), optionalNumber(target.newArchives),
            optionalNumber(target.followUpsDone), toStoredText(at), sql::optionalId(by)});
}

QMap<QString, QList<StaffTarget>> StaffGoalRepository::targetsBetween(
    const QString &firstMonth, const QString &lastMonth)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT t.staff_id, s.name, t.sales_fen, t.new_archives, t.follow_ups_done, t.month "
                       "FROM staff_targets t JOIN staff s ON s.id = t.staff_id "
                       "WHERE t.month >= ? AND t.month <= ? ORDER BY t.month, t.staff_id"),
        {firstMonth, lastMonth});
    QMap<QString, QList<StaffTarget>> months;
    while (query.next())
        months[query.value(5).toString()] << targetAt(query);
    return months;
}

QMap<QString, QList<StaffTarget>> StaffGoalRepository::monthlyActuals(
    const QString &fromKey, const QString &toKey)
{
    std::map<std::pair<QString, StaffId>, StaffTarget> actual;
    const auto add = [&](const QString &statement, const std::function<void(StaffTarget &, qint64)> &set) {
        QSqlQuery query = sql::run(m_db, statement, {fromKey, toKey});
        while (query.next()) {
            StaffTarget &target = actual[{query.value(1).toString(), query.value(0).toLongLong()}];
            target.staff = query.value(0).toLongLong();
            set(target, query.value(2).toLongLong());
        }
    };
    add(QStringLiteral("SELECT clerk_id, substr(sold_at, 1, 7), SUM(total_fen) FROM sales "
                       "WHERE sold_at >= ? AND sold_at < ? AND is_exchange = 0 AND clerk_id IS NOT NULL "
                       "GROUP BY clerk_id, substr(sold_at, 1, 7)"),
        [](StaffTarget &t, qint64 value) { t.salesFen = value; });
    add(QStringLiteral("SELECT created_by, substr(created_at, 1, 7), COUNT(*) FROM customers "
                       "WHERE created_at >= ? AND created_at < ? AND created_by IS NOT NULL "
                       "GROUP BY created_by, substr(created_at, 1, 7)"),
        [](StaffTarget &t, qint64 value) { t.newArchives = int(value); });
    add(QStringLiteral("SELECT done_by, substr(done_at, 1, 7), COUNT(*) FROM follow_up_tasks "
                       "WHERE done_at >= ? AND done_at < ? AND status = 'done' AND done_by IS NOT NULL "
                       "GROUP BY done_by, substr(done_at, 1, 7)"),
        [](StaffTarget &t, qint64 value) { t.followUpsDone = int(value); });
    QMap<QString, QList<StaffTarget>> months;
    for (const auto &[key, target] : actual)
        months[key.first] << target;
    return months;
}

void StaffGoalRepository::recordCheck(const ArchiveCheck &check)
{
    sql::run(m_db,
        QStringLiteral(
            "INSERT INTO archive_checks (customer_id, valid, note, checked_on, checked_by) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET valid = excluded.valid, "
            "note = excluded.note, checked_on = excluded.checked_on, checked_by = excluded.checked_by"),
        {check.customer, check.valid ? 1 : 0, check.note, check.checkedOn.toString(Qt::ISODate),
            sql::optionalId(check.checkedBy)});
}

std::optional<ArchiveCheck> StaffGoalRepository::check(CustomerId customer)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT a.valid, a.note, a.checked_on, a.checked_by, s.name FROM archive_checks a "
                       "LEFT JOIN staff s ON s.id = a.checked_by WHERE a.customer_id = ?"),
        {customer});
    if (!query.next())
        return std::nullopt;
    ArchiveCheck check;
    check.customer = customer;
    check.valid = query.value(0).toInt() != 0;
    check.note = query.value(1).toString();
    check.checkedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    check.checkedBy = sql::idAt(query, 3);
    check.checkedByName = query.value(4).toString();
    return check;
}

QMap<CustomerId, bool> StaffGoalRepository::checksOfRegistered(const QString &fromKey, const QString &toKey)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT a.customer_id, a.valid FROM customers c JOIN archive_checks a ON a.customer_id = c.id "
            "WHERE c.created_at >= ? AND c.created_at < ?"),
        {fromKey, toKey});
    QMap<CustomerId, bool> checks;
    while (query.next())
        checks.insert(query.value(0).toLongLong(), query.value(1).toInt() != 0);
    return checks;
}

QList<ArchiveToCheck> StaffGoalRepository::registered(const QString &fromKey, const QString &toKey)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT c.id, c.name, s.name, c.created_at, a.valid FROM customers c "
            "LEFT JOIN staff s ON s.id = c.created_by LEFT JOIN archive_checks a ON a.customer_id = c.id "
            "WHERE c.created_at >= ? AND c.created_at < ? AND c.erased_at IS NULL ORDER BY c.id"),
        {fromKey, toKey});
    QList<ArchiveToCheck> archives;
    while (query.next()) {
        ArchiveToCheck archive;
        archive.customer = query.value(0).toLongLong();
        archive.name = query.value(1).toString();
        archive.registeredBy = query.value(2).toString();
        archive.registeredOn = QDate::fromString(query.value(3).toString().left(10), Qt::ISODate);
        if (!query.value(4).isNull())
            archive.valid = query.value(4).toInt() != 0;
        archives << archive;
    }
    return archives;
}

} // namespace atelier
