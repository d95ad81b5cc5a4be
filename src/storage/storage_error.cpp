#include "storage/storage_error.h"

namespace atelier {

StorageError::StorageError(Kind kind, const QString &detail)
    : std::runtime_error(detail.toStdString())
    , m_kind(kind)
    , m_detail(detail)
{
}

StorageError StorageError::fromSqlError(const QSqlError &error)
{
    // QSQLITE reports SQLite's (extended) result code; the primary code is its low byte.
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
    case Kind::Other:
        break;
    }
    return tr("The database reported an error. Nothing was saved. (%1)").arg(m_detail);
}

} // namespace atelier
