#pragma once

#include "storage/backup_file.h"
#include "storage/backup_repository.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace atelier {

// The store's own file looked at before anything works on it: a raw connection (no migration, no
// write), PRAGMA quick_check, and the backups it recorded, read as far as the file still allows.
class LiveFileCheck
{
public:
    // Problem::None also for a file that does not exist yet (a new store). Only Damaged and
    // Unreadable concern the start check; NotSqlite and TooNew are Database::open's to refuse.
    static DatabaseFileCheck quickCheck(const QString &path);
    // The backups table of `path`, newest first; empty when it cannot be read (damage, old schema).
    static QList<BackupRecord> recordedBackups(const QString &path);
};

} // namespace atelier
