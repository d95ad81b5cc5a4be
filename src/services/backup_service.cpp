#include "services/backup_service.h"

#include "core/clock.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/backup_copier.h"
#include "services/change_notifier.h"
#include "services/data_location.h"
#include "services/file_restore.h"
#include "storage/backup_file.h"
#include "storage/backup_repository.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/server_dump.h"
#include "storage/settings_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

const QString folderKey = QStringLiteral("backup.folder");
const QString keepDailyKey = QStringLiteral("backup.keep_daily");
const QString keepMonthlyKey = QStringLiteral("backup.keep_monthly");
const QString managedKey = QStringLiteral("backup.server_managed");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// pg_dump's archives are named so (copyNow); an SQLite copy is .sqlite.
bool isServerDump(const QString &path)
{
    return path.endsWith(QStringLiteral(".dump"));
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
    // No file beside which to put them: the data folder of this computer.
    if (m_db.isServer())
        return QDir(dataFolder()).filePath(QStringLiteral("backups"));
    return QFileInfo(m_db.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupService::refusal() const
{
    return Access::refusal(m_db, Permission::BackUpAndRestore);
}

WriteResult BackupService::setFolder(const QString &folder)
{
    if (const QString refused = refusal(); !refused.isEmpty())
        return WriteResult::failure(refused);
    const QString trimmed = folder.trimmed();
    if (!trimmed.isEmpty() && QDir::isRelativePath(trimmed))
        return WriteResult::failure(
            tr("The backup folder must be a full path, such as D:\\Backups or /home/store/backups."));
    try {
        SettingsRepository(m_db.connection())
            .setValue(folderKey, trimmed.isEmpty() ? QString() : QDir::cleanPath(trimmed));
    } catch (const StorageError &error) {
        spdlog::error("backup folder not saved: {}", error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    ChangeNotifier::post(Change::What::Backups);
    return WriteResult::success();
}

int BackupService::keepDaily() const
{
    return storedCount(m_db, keepDailyKey, defaultKeepDaily);
}

int BackupService::keepMonthly() const
{
    return storedCount(m_db, keepMonthlyKey, defaultKeepMonthly);
}

WriteResult BackupService::setRetention(int daily, int monthly)
{
    if (const QString refused = refusal(); !refused.isEmpty())
        return WriteResult::failure(refused);
    if (daily < 1 || daily > 366)
        return WriteResult::failure(tr("Daily backups to keep: between 1 and 366."));
    if (monthly < 0 || monthly > 240)
        return WriteResult::failure(tr("Monthly backups to keep: between 0 and 240."));
    try {
        Transaction transaction(m_db.connection());
        SettingsRepository settings(m_db.connection());
        settings.setValue(keepDailyKey, QString::number(daily));
        settings.setValue(keepMonthlyKey, QString::number(monthly));
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("backup retention not saved: {}", error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    ChangeNotifier::post(Change::What::Backups);
    return WriteResult::success();
}

bool BackupService::managedByAdministrator() const
{
    try {
        return m_db.isServer()
            && SettingsRepository(m_db.connection()).value(managedKey).value_or(QString())
            == QStringLiteral("1");
    } catch (const StorageError &error) {
        spdlog::error("backup setting not read: {}", error.detail().toStdString());
        return false;
    }
}

WriteResult BackupService::setManagedByAdministrator(bool managed)
{
    if (const QString refused = refusal(); !refused.isEmpty())
        return WriteResult::failure(refused);
    try {
        SettingsRepository(m_db.connection())
            .setValue(managedKey, managed ? QStringLiteral("1") : QStringLiteral("0"));
    } catch (const StorageError &error) {
        spdlog::error("backup setting not saved: {}", error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    ChangeNotifier::post(Change::What::Backups);
    return WriteResult::success();
}

bool BackupService::canBackUp() const
{
    return !m_db.isServer() || (!managedByAdministrator() && ServerDump::available());
}

BackupResult BackupService::backupNow(BackupRecord::Kind kind, const QString &folderOverride,
    const std::function<void(const BackupResult &)> &usable)
{
    const BackupResult copied = copyNow(kind, folderOverride);
    if (!copied.ok || copied.skipped)
        return copied;
    if (usable)
        usable(copied);
    return checkFully(copied.record);
}

BackupResult BackupService::copyNow(BackupRecord::Kind kind, const QString &folderOverride)
{
    QElapsedTimer timer;
    timer.start();
    BackupResult result;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    if (m_db.isServer() && !canBackUp()) {
        const bool managed = managedByAdministrator();
        if (kind != BackupRecord::Kind::Manual) {
            spdlog::info("no nightly backup of the server store: {}",
                managed ? "its administrator makes them" : "pg_dump was not found");
            result.ok = true;
            result.skipped = true;
            return result;
        }
        result.error = managed
            ? tr("This server's backups are made by its administrator: Atelier makes none.")
            : tr("pg_dump was not found on this computer (install postgresql-client-15), so "
                 "the server's database cannot be backed up from here.");
        return result;
    }
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
    const QString extension = m_db.isServer() ? QStringLiteral(".dump") : QStringLiteral(".sqlite");
    QString name = stem + extension;
    for (int n = 2; QFileInfo::exists(QDir(target).filePath(name)); ++n)
        name = stem + QStringLiteral("-%1").arg(n) + extension;

    BackupCopy copy;
    try {
        copy = m_db.isServer() ? ServerDump::write(m_db.path(), target, name)
                               : BackupFile::write(m_db.connection(), target, name);
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
        AuditTrail(m_db, m_clock).recordBackup(m_db.auditActor(), result.record);
        transaction.commit();
        ChangeNotifier::post(Change::What::Backups, {result.record.id});
    } catch (const StorageError &error) {
        // The copy is sound; only the retention rule will not know it.
        spdlog::warn("backup written but not recorded: {}", error.detail().toStdString());
    }
    spdlog::info("{} backup {} written and quick-checked: {} bytes in {} ms", toCode(kind).toStdString(),
        result.record.id, copy.sizeBytes, timer.elapsed());
    return result;
}

BackupResult BackupService::checkFully(const BackupRecord &record)
{
    QElapsedTimer timer;
    timer.start();
    BackupResult result;
    result.path = record.path();
    result.record = record;
    DatabaseFileCheck checked;
    if (isServerDump(record.path())) {
        checked.detail = ServerDump::check(record.path(), ServerDump::Depth::Full);
        if (!checked.detail.isEmpty())
            checked.problem = DatabaseFileCheck::Problem::Damaged;
    } else {
        checked = BackupFile::check(record.path(), BackupFile::Depth::Full);
    }
    const bool sound = checked.problem == DatabaseFileCheck::Problem::None;
    result.record.fullCheck = sound ? BackupRecord::FullCheck::Ok : BackupRecord::FullCheck::Failed;
    result.record.fullCheckAt = m_clock.now();
    if (record.id > 0) {
        try {
            Transaction transaction(m_db.connection());
            BackupRepository(m_db.connection()).setFullCheck(record.id, sound, result.record.fullCheckAt);
            transaction.commit();
            ChangeNotifier::post(Change::What::Backups, {record.id});
        } catch (const StorageError &error) {
            spdlog::warn("backup {} full check not recorded: {}", record.id, error.detail().toStdString());
        }
    }
    if (!sound) {
        // Kept as evidence and marked, never offered for restore; the older copies stay.
        spdlog::error("backup {} failed its full check after {} ms: {}", record.id, timer.elapsed(),
            checked.detail.toStdString());
        result.error = tr("The backup %1 failed its full check (%2): it will not be offered for restore. "
                          "The database itself may be damaged; keep the earlier backups.")
                           .arg(native(record.path()), checked.detail);
        return result;
    }
    spdlog::info("backup {} passed its full check in {} ms", record.id, timer.elapsed());
    result.ok = true;
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
    if (removed > 0) {
        spdlog::info("{} old backup(s) removed", removed);
        ChangeNotifier::post(Change::What::Backups);
    }
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

std::optional<BackupRecord> BackupService::latestGood() const
{
    for (const BackupRecord &record : list()) {
        if (record.fullCheck == BackupRecord::FullCheck::Ok && QFileInfo(record.path()).isFile())
            return record;
    }
    return std::nullopt;
}

QString BackupService::verify(const QString &path, const QString &fullyCheckedSha256)
{
    if (!QFileInfo(path).isFile())
        return tr("There is no backup file %1.").arg(native(path));
    if (isServerDump(path))
        return tr("%1 is a backup of a store on a PostgreSQL server: restore it into an empty database on a "
                  "server (atelier-cli --db postgresql://… restore).")
            .arg(native(path));
    // Hashing (~1 s for the demo store) instead of integrity_check (~6 s) when the very bytes were
    // checked in full already.
    const bool known = !fullyCheckedSha256.isEmpty() && BackupFile::sha256Of(path) == fullyCheckedSha256;
    const DatabaseFileCheck checked = known ? BackupFile::identify(path) : BackupFile::check(path);
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
    const RestoreResult prepared = FileRestore::prepare(livePath, backupPath);
    if (!prepared.ok)
        return prepared;
    RestoreResult result = FileRestore::finish(livePath, now);
    if (result.ok)
        ChangeNotifier::post(Change::What::Everything);
    return result;
}

RestoreResult BackupService::prepareRestore(const BackupRecord &record)
{
    RestoreResult result;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    if (!record.restorable()) {
        result.notARestorableBackup = true;
        result.error
            = tr("The backup %1 failed its full check and cannot be restored.").arg(native(record.path()))
            + u' ' + tr("The database was left as it was.");
        return result;
    }
    RestoreResult prepared = FileRestore::prepare(m_db.path(), record.path(),
        record.fullCheck == BackupRecord::FullCheck::Ok ? record.sha256 : QString());
    prepared.restoredFrom = record.fileName;
    return prepared;
}

RestoreResult BackupService::prepareRestoreFromFile(
    const QString &path, const QString &passphrase, const CipherProgress &progress)
{
    RestoreResult result;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    if (!BackupCopier::isEncrypted(path)) {
        result = FileRestore::prepare(m_db.path(), path);
        result.restoredFrom = QFileInfo(path).fileName();
        return result;
    }
    const CopierResult opened
        = BackupCopier::decrypt(path, QFileInfo(m_db.path()).absolutePath(), passphrase, progress);
    if (!opened.ok) {
        result.notARestorableBackup = opened.badInput;
        result.error = opened.error + u' ' + tr("The database was left as it was.");
        return result;
    }
    result = FileRestore::prepare(m_db.path(), opened.path);
    QFile::remove(opened.path);
    result.restoredFrom = QFileInfo(path).fileName();
    return result;
}

// The restore goes into the trail of the restored file, the one the store goes on with; the
// database set aside keeps its own trail as it was. The connection is closed again afterwards, as
// the caller expects.
void BackupService::recordRestore(const QString &livePath, const QString &restoredFrom)
{
    const AuditActor actor = m_db.auditActor();
    if (!m_db.open(livePath)) {
        spdlog::error("the restore could not be recorded: the restored file did not open");
        return;
    }
    try {
        Transaction transaction(m_db.connection());
        AuditTrail(m_db, m_clock).recordRestore(actor, restoredFrom);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("the restore could not be recorded: {}", error.detail().toStdString());
    }
    m_db.close();
}

RestoreResult BackupService::finishRestore(const QString &restoredFrom)
{
    const QString path = m_db.path();
    m_db.close();
    RestoreResult result = FileRestore::finish(path, m_clock.now());
    if (!result.ok && !m_db.open(path))
        spdlog::error("the store could not be opened again after a failed restore");
    if (result.ok) {
        recordRestore(path, restoredFrom);
        ChangeNotifier::post(Change::What::Everything);
    }
    return result;
}

} // namespace atelier
