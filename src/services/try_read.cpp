#include "services/try_read.h"

#include <QCoreApplication>

namespace atelier {

QString readFailureText(const StorageError &error)
{
    switch (error.kind()) {
    case StorageError::Kind::Busy:
        return QCoreApplication::translate(
            "ReadResult", "The database is in use by another program; try again in a moment.");
    case StorageError::Kind::NotADatabase:
        return QCoreApplication::translate("ReadResult", "The file is not an Atelier database.");
    default:
        break;
    }
    // SQLite's message only, never a bound value (StorageError::detail).
    return QCoreApplication::translate("ReadResult", "The database reported an error (%1).")
        .arg(error.detail());
}

} // namespace atelier
