#include "services/backup_service.h"

#include "core/clock.h"
#include "storage/backup_file.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/settings_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <filesystem>
#include <system_error>

namespace atelier {

namespace {

const QString folderKey = QStringLiteral("backup.folder");
const QString keepDailyKey = QStringLiteral("backup.keep_daily");
const QString keepMonthlyKey = QStringLiteral("backup.keep_monthly");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

int storedCount(Database &db, const QString &key, int fallback)
{
    try {
        bool ok = false;
        const int value = SettingsRepository(db.connection()).value(key).value_or(QString()).toInt(&ok);
        return ok && value >= 0 ? value : fallback;
    } catch (const StorageError &error) {
        spdlog::error("backup setting not read: {}", error.detail().toStdString());
        return fallback;
    }
}

} // namespace

BackupService::BackupService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString BackupService::folder() const
{
    QString stored;
    try {
        stored = SettingsRepository(m_db.connection()).value(folderKey).value_or(QString());
    } catch (const StorageError &error) {
        spdlog::error("backup folder not read: {}", error.detail().toStdString());
    }
    if (!stored.isEmpty())
        return stored;
    return QFileInfo(m_db.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupService::setFolder(const QString &folder)
{
    const QString trimmed = folder.trimmed();
    if (!trimmed.isEmpty() && QDir::isRelativePath(trimmed))
        return tr("The backup folder must be a full path, such as D:\\Backups or /home/store/backups.");
    try {
        SettingsRepository(m_db.connection())
            .setValue(folderKey, trimmed.isEmpty() ? QString() : QDir::cleanPath(trimmed));
    } catch (const StorageError &error) {
        return error.userMessage();
    }
    return QString();
}

int BackupService::keepDaily() const
{
    return storedCount(m_db, keepDailyKey, defaultKeepDaily);
}

int BackupService::keepMonthly() const
{
    return storedCount(m_db, keepMonthlyKey, defaultKeepMonthly);
}

QString BackupService::setRetention(int daily, int monthly)
{
    if (daily < 1 || daily > 366)
        return tr("Daily backups to keep: between 1 and 366.");
    if (monthly < 0 || monthly > 240)
        return tr("Monthly backups to keep: between 0 and 240.");
    try {
        Transaction transaction(m_db.connection());
        SettingsRepository settings(m_db.connection());
        settings.setValue(keepDailyKey, QString::number(daily));
        settings.setValue(keepMonthlyKey, QString::number(monthly));
        transaction.commit();
    } catch (const StorageError &error) {
        return error.userMessage();
    }
    return QString();
}

BackupResult BackupService::backupNow(BackupRecord::Kind kind, const QString &folderOverride)
{
    QElapsedTimer timer;
    timer.start();
    BackupResult result;
    const QString target = folderOverride.isEmpty() ? folder() : QFileInfo(folderOverride).absoluteFilePath();
    const QDateTime now = m_clock.now();
    try {
        if (kind == BackupRecord::Kind::Daily
            && !BackupRepository(m_db.connection()).hasMonthly(now.toString(QStringLiteral("yyyy-MM"))))
            kind = BackupRecord::Kind::Monthly;
    } catch (const StorageError &error) {
        spdlog::error("backups not read: {}", error.detail().toStdString());
        result.error = error.userMessage();
        return result;
    }
    // Two copies in one second (a manual one right after the nightly one) get a suffix.
    const QString stem = QStringLiteral("atelier-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(QDir(target).filePath(name)); ++n)
        name = stem + QStringLiteral("-%1.sqlite").arg(n);

    BackupCopy copy;
    try {
        copy = BackupFile::write(m_db.connection(), target, name);
    } catch (const StorageError &error) { // not an SQLite connection
        copy.error = error.userMessage();
    }
    if (!copy.ok()) {
        spdlog::error("{} backup failed after {} ms", toCode(kind).toStdString(), timer.elapsed());
        result.error = copy.error;
        return result;
    }
    result.ok = true;
    result.path = copy.path;
    result.record.fileName = name;
    result.record.folder = target;
    result.record.madeAt = now;
    result.record.sizeBytes = copy.sizeBytes;
    result.record.sha256 = copy.sha256;
    result.record.kind = kind;
    result.record.checkResult = QStringLiteral("ok");
    try {
        Transaction transaction(m_db.connection());
        result.record.id = BackupRepository(m_db.connection()).add(result.record);
        transaction.commit();
    } catch (const StorageError &error) {
        // The copy is sound; only the retention rule will not know it.
        spdlog::warn("backup written but not recorded: {}", error.detail().toStdString());
    }
    spdlog::info(
        "{} backup written: {} bytes in {} ms", toCode(kind).toStdString(), copy.sizeBytes, timer.elapsed());
    applyRetention();
    return result;
}

int BackupService::applyRetention()
{
    int removed = 0;
    try {
        BackupRepository backups(m_db.connection());
        const int keep[] = {keepDaily(), keepMonthly()};
        int seen[] = {0, 0};
        for (const BackupRecord &record : backups.all()) {
            if (record.kind == BackupRecord::Kind::Manual)
                continue;
            const int slot = record.kind == BackupRecord::Kind::Daily ? 0 : 1;
            if (++seen[slot] <= keep[slot])
                continue;
            if (QFileInfo::exists(record.path()) && !QFile::remove(record.path())) {
                spdlog::warn("old backup {} could not be removed", record.id);
                continue;
            }
            backups.remove(record.id);
            ++removed;
        }
    } catch (const StorageError &error) {
        spdlog::error("backup retention not applied: {}", error.detail().toStdString());
    }
    if (removed > 0)
        spdlog::info("{} old backup(s) removed", removed);
    return removed;
}

QList<BackupRecord> BackupService::list() const
{
    try {
        return BackupRepository(m_db.connection()).all();
    } catch (const StorageError &error) {
        spdlog::error("backups could not be read: {}", error.detail().toStdString());
        return {};
    }
}

QString BackupService::verify(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return tr("There is no backup file %1.").arg(native(path));
    const DatabaseFileCheck checked = BackupFile::check(path);
    switch (checked.problem) {
    case DatabaseFileCheck::Problem::None:
        return QString();
    case DatabaseFileCheck::Problem::Unreadable:
        return tr("Cannot read %1 (%2).").arg(native(path), checked.detail);
    case DatabaseFileCheck::Problem::NotSqlite:
        return tr("%1 is not a backup made by Atelier (it is not an SQLite file).").arg(native(path));
    case DatabaseFileCheck::Problem::NotOurs:
        return tr("%1 is an SQLite file but not an Atelier database.").arg(native(path));
    case DatabaseFileCheck::Problem::TooNew:
        return tr("%1 was made by a newer version of Atelier (schema %2; this program knows up to %3). "
                  "Install the newer version to restore it.")
            .arg(native(path))
            .arg(checked.schemaVersion)
            .arg(Migrator::latestVersion());
    case DatabaseFileCheck::Problem::Damaged:
        return tr("%1 is damaged (%2) and cannot be restored.").arg(native(path), checked.detail);
    }
    return QString();
}

RestoreResult BackupService::restore(const QString &livePath, const QString &backupPath)
{
    return restore(livePath, backupPath, QDateTime::currentDateTime());
}

RestoreResult BackupService::restore(const QString &livePath, const QString &backupPath, const QDateTime &now)
{
    RestoreResult result;
    const QString untouched = tr("The database was left as it was.");
    const QFileInfo live(livePath);
    const bool hadLive = live.exists();
    if (hadLive && live.canonicalFilePath() == QFileInfo(backupPath).canonicalFilePath()) {
        result.error
            = tr("%1 is the database itself, not a backup.").arg(native(backupPath)) + u' ' + untouched;
        return result;
    }
    if (const QString problem = verify(backupPath); !problem.isEmpty()) {
        result.notARestorableBackup = true;
        result.error = problem + u' ' + untouched;
        return result;
    }
    // The copy goes beside the live file first, so the final step is a rename on one file system.
    const QString restoring = livePath + QStringLiteral(".restoring");
    QFile::remove(restoring);
    QFile source(backupPath);
    if (!source.copy(restoring) || QFileInfo(restoring).size() != QFileInfo(backupPath).size()) {
        QFile::remove(restoring);
        result.error = tr("Cannot copy the backup beside the database (%1).").arg(source.errorString()) + u' '
            + untouched;
        return result;
    }
    QFile::setPermissions(restoring, QFile::ReadOwner | QFile::WriteOwner);

    const QString aside
        = livePath + QStringLiteral(".before-restore-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    std::error_code ec;
    bool linked = false;
    const QStringList logs{QStringLiteral("-wal"), QStringLiteral("-shm")};
    if (hadLive) {
        // A stale log must never be replayed onto the restored file: fold it in, then move what is
        // left aside together with the file it belongs to.
        BackupFile::foldLog(livePath);
        // A second name for the live file keeps it in place until the restored one replaces it.
        std::filesystem::create_hard_link(fsPath(livePath), fsPath(aside), ec);
        linked = !ec;
        if (!linked && !QFile::rename(livePath, aside)) {
            QFile::remove(restoring);
            result.error
                = tr("Cannot set the current database aside as %1.").arg(native(aside)) + u' ' + untouched;
            return result;
        }
        for (const QString &suffix : logs) {
            if (QFileInfo::exists(livePath + suffix))
                QFile::rename(livePath + suffix, aside + suffix);
        }
    }
    std::filesystem::rename(fsPath(restoring), fsPath(livePath), ec);
    if (ec) {
        for (const QString &suffix : logs) {
            if (QFileInfo::exists(aside + suffix))
                QFile::rename(aside + suffix, livePath + suffix);
        }
        if (linked)
            QFile::remove(aside);
        else if (hadLive)
            QFile::rename(aside, livePath);
        QFile::remove(restoring);
        result.error = tr("Cannot put the backup in place (%1).").arg(QString::fromStdString(ec.message()))
            + u' ' + untouched;
        return result;
    }
    spdlog::info("backup restored; the previous database was set aside");
    result.ok = true;
    result.setAside = hadLive ? aside : QString();
    return result;
}

} // namespace atelier
