#include "storage/storage_error.h"

namespace atelier {

StorageError::StorageError(Kind kind, const QString &detail)
    : std::runtime_error(detail.toStdString())
    , m_kind(kind)
    , m_detail(detail)
{
}

StorageError StorageError::fromSqlState(const QString &sqlState, const QString &message)
{
    Kind kind = Kind::Other;
    const QStringView sqlClass = QStringView(sqlState).left(2);
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01"))
        kind = Kind::Conflict;
    else if (sqlState == QLatin1String("55P03")) // lock_not_available
        kind = Kind::Busy;
    else if (sqlClass == QLatin1String("23")
        || sqlState == QLatin1String("42501")) // integrity; a refused write
        kind = Kind::Constraint;
    else if (sqlState == QLatin1String("53100"))
        kind = Kind::DiskFull;
    else if (sqlState == QLatin1String("25006"))
        kind = Kind::ReadOnly;
    else if (sqlClass == QLatin1String("08") || sqlClass == QLatin1String("57"))
        kind = Kind::ConnectionLost;
    return StorageError(kind, message);
}

StorageError StorageError::fromSqlError(const QSqlError &error)
{
    // QPSQL reports the SQLSTATE, always five characters; QSQLITE reports SQLite's (extended) result
    // code, at most four digits, whose primary code is its low byte.
    if (error.nativeErrorCode().size() == 5)
        return fromSqlState(error.nativeErrorCode(), error.text());
    // A connection that died reports no SQLSTATE to Qt: libpq's message says so.
    if (error.nativeErrorCode().isEmpty() && error.type() == QSqlError::ConnectionError)
        return StorageError(Kind::ConnectionLost, error.text());
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    Kind kind = Kind::Other;
    if (ok) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            kind = Kind::Busy;
            break;
        case 8: // SQLITE_READONLY
            kind = Kind::ReadOnly;
            break;
        case 13: // SQLITE_FULL
            kind = Kind::DiskFull;
            break;
        case 19: // SQLITE_CONSTRAINT
            kind = Kind::Constraint;
            break;
        case 26: // SQLITE_NOTADB
            kind = Kind::NotADatabase;
            break;
        default:
            break;
        }
    }
    return StorageError(kind, error.text());
}

QString StorageError::userMessage() const
{
    switch (m_kind) {
    case Kind::Busy:
        return tr("The database is in use by another program. Nothing was saved; try again in a moment.");
    case Kind::ReadOnly:
        return tr("The database file is read-only. Nothing was saved.");
    case Kind::DiskFull:
        return tr("The disk is full. Nothing was saved; free some space and try again.");
    case Kind::Constraint:
        return tr("The data breaks a rule of the archive (for example a duplicate). Nothing was saved.");
    case Kind::NotADatabase:
        return tr("The file is not an Atelier database.");
    case Kind::Conflict:
        return tr("Another counter was changing the same data at the same moment. Nothing was saved; "
                  "try again.");
    case Kind::ConnectionLost:
        return tr("The connection to the database server was lost. Nothing was saved; check the network "
                  "and the server, then try again.");
    case Kind::Other:
        break;
    }
    return tr("The database reported an error. Nothing was saved. (%1)").arg(m_detail);
}

} // namespace atelier
