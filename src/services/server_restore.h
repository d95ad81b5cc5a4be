#pragma once

#include "services/backup_service.h"

#include <QCoreApplication>
#include <QString>

namespace atelier {

// Restoring a store on a PostgreSQL server from a pg_dump archive (BackupService's copies of a server
// store). The live database is never replaced in place: the archive goes into a new, empty database
// (createdb), in one transaction, and --db or Settings then point at it. A database that holds
// anything is refused and left untouched.
class ServerRestore
{
    Q_DECLARE_TR_FUNCTIONS(ServerRestore)
public:
    static RestoreResult run(const QString &location, const QString &backupPath);
};

} // namespace atelier
