#pragma once

#include "core/backup_cipher.h"
#include "core/backup_record.h"
#include "core/write_result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace atelier {

class Clock;
class Database;

// The outcome of a backup: the file written, or a sentence for people saying why there is none.
// A copy whose full check failed has a path and a record (kept, marked failed) but is not ok.
struct BackupResult
{
    bool ok = false;
    QString path;
    QString error;
    BackupRecord record;
    // A nightly copy of a server store that was not made, on purpose: its backups are the
    // administrator's, or pg_dump is not on this computer. ok is true: the run did not fail.
    bool skipped = false;
};

struct RestoreResult
{
    bool ok = false;
    bool notARestorableBackup = false; // the file failed verify(): bad input rather than a failure
    QString error;
    QString setAside; // where the database that was replaced now lies
    QString restoredFrom; // prepareRestore(record): the backup's file name, for the trail
};

// Copies of the store's database: made after each nightly run and on demand, into the backup folder
// (a setting; by default "backups" beside the database file, or in the data folder for a store on a
// server), keeping the newest N daily and M monthly copies. A store on a server is copied with
// pg_dump (ServerDump): checked with pg_restore --list, then read through in full; it is restored
// into an empty database (ServerRestore), never over the live one. A backup has two steps: the copy (online
// backup API, quick_check, SHA-256; recorded, usable) and then the full integrity_check of the copy, whose
// outcome is recorded too. Restoring swaps a checked copy in for the live file, which the caller must have
// closed. Changing the settings, backing up and restoring are the manager's (BackUpAndRestore).
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    static constexpr int defaultKeepDaily = 7;
    static constexpr int defaultKeepMonthly = 12;

    BackupService(Database &db, const Clock &clock);

    QString folder() const;
    // An empty folder means the default again.
    WriteResult setFolder(const QString &folder);
    int keepDaily() const;
    int keepMonthly() const;
    WriteResult setRetention(int daily, int monthly);
    // A server whose backups its administrator makes (Settings → Backups): Atelier then makes none
    // of its own, and the page says so. Only for a store on a server.
    bool managedByAdministrator() const;
    WriteResult setManagedByAdministrator(bool managed);
    // Whether this computer can make a copy of the store: always for a file; for a server, when
    // pg_dump is found and the administrator does not make the backups.
    bool canBackUp() const;

    // Both steps: copyNow(), then `usable` is told (the CLI prints the path), then checkFully().
    // Daily is what the nightly run asks for; the first daily backup of a month is kept as monthly.
    // `folder` overrides the setting for this one copy (atelier-cli backup --out).
    BackupResult backupNow(BackupRecord::Kind kind, const QString &folder = QString(),
        const std::function<void(const BackupResult &)> &usable = {});
    // The first step: the copy, quick-checked and hashed, recorded with its full check pending.
    BackupResult copyNow(BackupRecord::Kind kind, const QString &folder = QString());
    // The second step: integrity_check of the copy, its outcome recorded on the record. When it
    // passes the retention rule runs; a failed copy is kept (marked failed, never restored),
    // reported in the log and the result, and removes no older copy.
    BackupResult checkFully(const BackupRecord &record);
    // Removes the daily copies beyond the newest keepDaily() and the monthly ones beyond the newest
    // keepMonthly(), files and records. Manual copies are never removed. Returns how many went.
    int applyRetention();
    // Newest first.
    QList<BackupRecord> list() const;
    // The newest copy whose full check passed and whose file is still there: what a damaged store
    // is offered.
    std::optional<BackupRecord> latestGood() const;

    // Empty when `path` is a sound backup this program can restore; otherwise a sentence saying why not.
    // With the SHA-256 of a copy that passed its full check, a file with those very bytes needs only
    // the header and schema look; any other file gets the full integrity_check.
    static QString verify(const QString &path, const QString &fullyCheckedSha256 = QString());
    // FileRestore's two steps at once: verifies the backup, copies it beside the live file, sets the live
    // file (and its -wal/-shm) aside as "<live>.before-restore-YYYYMMDD-HHMMSS" and renames the copy into
    // place. The live database must be closed. On failure the live file is as it was.
    static RestoreResult restore(const QString &livePath, const QString &backupPath);
    static RestoreResult restore(const QString &livePath, const QString &backupPath, const QDateTime &now);

    // The same in two steps, for the app (FileRestore's, guarded): prepareRestore() is the slow part and
    // runs on a worker while the store is still open; finishRestore() closes the store and swaps the files.
    // A clerk is refused. A copy whose full check failed is refused.
    RestoreResult prepareRestore(const BackupRecord &record);
    // prepareRestore() for a file chosen by hand, such as a copy brought back on a USB stick. An
    // encrypted copy (BackupCopier) is opened with `passphrase` into the database's folder first and
    // that opened file removed again afterwards; a wrong passphrase, a damaged or cut copy and another
    // program's file are refused (notARestorableBackup) with the store untouched.
    RestoreResult prepareRestoreFromFile(
        const QString &path, const QString &passphrase = QString(), const CipherProgress &progress = {});
    // For the app after prepareRestore(record): closes this service's connection (nothing of this
    // process may write to the file being replaced), swaps, and opens it again when the swap failed.
    // After success the caller restarts on the restored file, whose audit trail then records the
    // restore of `restoredFrom` (prepareRestore's answer) for the connection's actor.
    RestoreResult finishRestore(const QString &restoredFrom = QString());

private:
    QString refusal() const;
    void recordRestore(const QString &livePath, const QString &restoredFrom);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
