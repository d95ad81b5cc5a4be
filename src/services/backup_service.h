#pragma once

#include "storage/backup_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace atelier {

class Clock;
class Database;

// The outcome of a backup: the file written, or a sentence for people saying why there is none.
struct BackupResult
{
    bool ok = false;
    QString path;
    QString error;
    BackupRecord record;
};

struct RestoreResult
{
    bool ok = false;
    bool notARestorableBackup = false; // the file failed verify(): bad input rather than a failure
    QString error;
    QString setAside; // where the database that was replaced now lies
};

// Copies of the store's database: made after each nightly run and on demand, into the backup folder
// (a setting; by default "backups" beside the database file), each checked and its SHA-256 recorded,
// keeping the newest N daily and M monthly copies. Restoring swaps a checked copy in for the live
// file, which the caller must have closed.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    static constexpr int defaultKeepDaily = 7;
    static constexpr int defaultKeepMonthly = 12;

    BackupService(Database &db, const Clock &clock);

    QString folder() const;
    // Empty = saved; otherwise why not. An empty folder means the default again.
    QString setFolder(const QString &folder);
    int keepDaily() const;
    int keepMonthly() const;
    QString setRetention(int daily, int monthly);

    // Daily is what the nightly run asks for; the first daily backup of a month is kept as monthly.
    // `folder` overrides the setting for this one copy (atelier-cli backup --out).
    BackupResult backupNow(BackupRecord::Kind kind, const QString &folder = QString());
    // Removes the daily copies beyond the newest keepDaily() and the monthly ones beyond the newest
    // keepMonthly(), files and records. Manual copies are never removed. Returns how many went.
    int applyRetention();
    // Newest first.
    QList<BackupRecord> list() const;

    // Empty when `path` is a sound backup this program can restore; otherwise a sentence saying why not.
    static QString verify(const QString &path);
    // Verifies the backup, copies it beside the live file, sets the live file (and its -wal/-shm)
    // aside as "<live>.before-restore-YYYYMMDD-HHMMSS" and renames the copy into place. The live
    // database must be closed. On failure the live file is as it was.
    static RestoreResult restore(const QString &livePath, const QString &backupPath);
    static RestoreResult restore(const QString &livePath, const QString &backupPath, const QDateTime &now);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
