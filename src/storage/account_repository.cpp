#include "storage/account_repository.h"

#include "core/stored_time.h"
#include "storage/sql.h"

namespace atelier {

namespace {

const QString selectAccounts = QStringLiteral(
    "SELECT s.id, s.name, c.login, s.role, s.active, c.password_hash, c.failed_logins, c.last_failed_at "
    "FROM staff_credentials c JOIN staff s ON s.id = c.staff_id ");

StoredAccount readAccount(const QSqlQuery &q)
{
    StoredAccount account;
    account.staffId = q.value(0).toLongLong();
    account.name = q.value(1).toString();
    account.login = q.value(2).toString();
    account.manager = q.value(3).toString() == QStringLiteral("manager");
    account.active = q.value(4).toInt() != 0;
    account.passwordHash = q.value(5).toString().toLatin1();
    account.failedLogins = q.value(6).toInt();
    if (!q.value(7).isNull())
        account.lastFailedAt = timeFromStoredText(q.value(7).toString());
    return account;
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<StoredAccount> AccountRepository::findByLogin(const QString &login)
{
    // Login names are case-insensitive: SQLite's column is COLLATE NOCASE, PostgreSQL's has a unique
    // index on lower(login). Spelled out so that both compare alike.
    QSqlQuery query
        = sql::run(m_db, selectAccounts + QStringLiteral("WHERE lower(c.login) = lower(?)"), {login});
    if (!query.next())
        return std::nullopt;
    return readAccount(query);
}

std::optional<StoredAccount> AccountRepository::find(StaffId staff)
{
    QSqlQuery query = sql::run(m_db, selectAccounts + QStringLiteral("WHERE s.id = ?"), {qlonglong(staff)});
    if (!query.next())
        return std::nullopt;
    return readAccount(query);
}

QList<StoredAccount> AccountRepository::all()
{
    QSqlQuery query = sql::run(m_db, selectAccounts + QStringLiteral("ORDER BY s.active DESC, s.name"));
    QList<StoredAccount> accounts;
    while (query.next())
        accounts.append(readAccount(query));
    return accounts;
}

int AccountRepository::activeManagers()
{
    return sql::scalar(m_db,
        QStringLiteral("SELECT count(*) FROM staff_credentials c JOIN staff s ON s.id = c.staff_id "
                       "WHERE s.role = 'manager' AND s.active = 1"))
        .toInt();
}

void AccountRepository::insertCredentials(
    StaffId staff, const QString &login, const QByteArray &passwordHash, const QDateTime &setAt)
{
    sql::run(m_db,
        QStringLiteral("INSERT INTO staff_credentials (staff_id, login, password_hash, password_set_at) "
                       "VALUES (?, ?, ?, ?)"),
        {qlonglong(staff), login, QString::fromLatin1(passwordHash), toStoredText(setAt)});
}

void AccountRepository::setPasswordHash(StaffId staff, const QByteArray &hash, const QDateTime &setAt)
{
    sql::run(m_db,
        QStringLiteral(
            "UPDATE staff_credentials SET password_hash = ?, password_set_at = ?, failed_logins = 0, "
            "last_failed_at = NULL WHERE staff_id = ?"),
        {QString::fromLatin1(hash), toStoredText(setAt), qlonglong(staff)});
}

void AccountRepository::recordFailedLogin(StaffId staff, const QDateTime &at)
{
    sql::run(m_db,
        QStringLiteral("UPDATE staff_credentials SET failed_logins = failed_logins + 1, last_failed_at = ? "
                       "WHERE staff_id = ?"),
        {toStoredText(at), qlonglong(staff)});
}

void AccountRepository::clearFailedLogins(StaffId staff)
{
    sql::run(m_db,
        QStringLiteral(
            "UPDATE staff_credentials SET failed_logins = 0, last_failed_at = NULL WHERE staff_id = ?"),
        {qlonglong(staff)});
}

} // namespace atelier
