#include "storage/counter_pin_repository.h"

#include "core/stored_time.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"

namespace atelier {

CounterPinRepository::CounterPinRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<StoredPin> CounterPinRepository::find(StaffId staff)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT s.id, s.name, s.role, s.active, p.pin_hash, p.failed_attempts, p.last_failed_at "
            "FROM staff s LEFT JOIN counter_pins p ON p.staff_id = s.id WHERE s.id = ?"),
        {qlonglong(staff)});
    if (!query.next())
        return std::nullopt;
    StoredPin pin;
    pin.staff = StaffRepository::readRow(query);
    pin.pinHash = query.value(4).toString().toLatin1();
    pin.failedAttempts = query.value(5).toInt();
    if (!query.value(6).isNull())
        pin.lastFailedAt = timeFromStoredText(query.value(6).toString());
    return pin;
}

QSet<StaffId> CounterPinRepository::activeWithPin()
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT s.id FROM staff s JOIN counter_pins p ON p.staff_id = s.id WHERE s.active = 1"));
    QSet<StaffId> staff;
    while (query.next())
        staff.insert(query.value(0).toLongLong());
    return staff;
}

QList<StaffAccess> CounterPinRepository::everyone()
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT s.id, s.name, s.role, s.active, c.login, "
                       "CASE WHEN p.staff_id IS NULL THEN 0 ELSE 1 END "
                       "FROM staff s LEFT JOIN staff_credentials c ON c.staff_id = s.id "
                       "LEFT JOIN counter_pins p ON p.staff_id = s.id ORDER BY s.active DESC, s.name"));
    QList<StaffAccess> list;
    while (query.next())
        list.append(
            {StaffRepository::readRow(query), query.value(4).toString(), query.value(5).toInt() != 0});
    return list;
}

void CounterPinRepository::setPinHash(StaffId staff, const QByteArray &hash)
{
    sql::run(m_db,
        QStringLiteral("INSERT INTO counter_pins (staff_id, pin_hash) VALUES (?, ?) "
                       "ON CONFLICT (staff_id) DO UPDATE SET pin_hash = excluded.pin_hash, "
                       "failed_attempts = 0, last_failed_at = NULL"),
        {qlonglong(staff), QString::fromLatin1(hash)});
}

void CounterPinRepository::recordFailedAttempt(StaffId staff, const QDateTime &at)
{
    sql::run(m_db,
        QStringLiteral("UPDATE counter_pins SET failed_attempts = failed_attempts + 1, last_failed_at = ? "
                       "WHERE staff_id = ?"),
        {toStoredText(at), qlonglong(staff)});
}

void CounterPinRepository::clearFailedAttempts(StaffId staff)
{
    sql::run(m_db,
        QStringLiteral(
            "UPDATE counter_pins SET failed_attempts = 0, last_failed_at = NULL WHERE staff_id = ?"),
        {qlonglong(staff)});
}

} // namespace atelier
