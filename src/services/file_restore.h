#pragma once

#include "services/backup_service.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace atelier {

// Restoring a store in a file from one of its SQLite backups, in two steps: prepare() is the slow part
// (BackupService::verify, then a copy beside the live file as "<live>.restoring") and may run on a
// worker while the store is still open; finish() is fast and needs the live file closed: the live file
// (and its -wal/-shm) is set aside as "<live>.before-restore-YYYYMMDD-HHMMSS" and the copy renamed into
// its place. On any failure the live file is as it was. A store on a server is restored otherwise
// (ServerRestore). The words are BackupService's, whose messages these were: their translations stay.
class FileRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    // With the SHA-256 of a copy that passed its full check, a file with those very bytes needs only the
    // quick look (see BackupService::verify).
    static RestoreResult prepare(
        const QString &livePath, const QString &backupPath, const QString &fullyCheckedSha256 = QString());
    static RestoreResult finish(const QString &livePath, const QDateTime &now);
};

} // namespace atelier
