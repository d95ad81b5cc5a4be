#include "services/startup_check.h"

#include "core/display_format.h"
#include "services/backup_service.h"
#include "services/file_restore.h"
#include "storage/live_file_check.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

// The backups table itself may be what is damaged: then the files in the default folder are what
// is left. Their names carry their time (atelier-YYYYMMDD-HHMMSS.sqlite), so they sort by it.
std::optional<BackupRecord> newestInDefaultFolder(const QString &path)
{
    const QDir folder(QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups")));
    const QStringList names
        = folder.entryList({QStringLiteral("atelier-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    if (names.isEmpty())
        return std::nullopt;
    BackupRecord record;
    record.fileName = names.first();
    record.folder = folder.absolutePath();
    record.madeAt = QFileInfo(record.path()).lastModified();
    record.sizeBytes = QFileInfo(record.path()).size();
    return record;
}

} // namespace

StartupCheckResult StartupCheck::run(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    StartupCheckResult result;
    const DatabaseFileCheck checked = LiveFileCheck::quickCheck(path);
    // A file that cannot be read at all (permissions) or is not ours is Database::open's to explain.
    result.sound = checked.problem != DatabaseFileCheck::Problem::Damaged;
    result.detail = checked.detail;
    result.elapsedMs = timer.elapsed();
    if (result.sound) {
        spdlog::info("start check: the store passed quick_check in {} ms", result.elapsedMs);
        return result;
    }
    spdlog::error("start check: the store failed quick_check in {} ms: {}", result.elapsedMs,
        checked.detail.toStdString());
    for (const BackupRecord &record : LiveFileCheck::recordedBackups(path)) {
        if (record.fullCheck == BackupRecord::FullCheck::Ok && QFileInfo(record.path()).isFile()) {
            result.latestGood = record;
            break;
        }
    }
    if (!result.latestGood)
        result.latestGood = newestInDefaultFolder(path);
    return result;
}

QString StartupCheck::explanation(const StartupCheckResult &result, const QString &path)
{
    QString text = tr("The store's data file %1 is damaged: SQLite's check found problems (%2). This can "
                      "happen after a power cut or a failing disk.")
                       .arg(QDir::toNativeSeparators(path), result.detail);
    text += u' ' + tr("Nothing has been deleted.");
    if (!result.latestGood) {
        text += u' '
            + tr("No backup was found to restore. Quit, keep the file as it is and ask for help: copy it "
                 "before trying anything else.");
        return text;
    }
    text += u' '
        + tr("The latest good backup is from %1. Restoring it brings the data back as it was then; "
             "the damaged file is kept aside next to it, not deleted.")
              .arg(DisplayFormat::dateTime(result.latestGood->madeAt));
    return text;
}

QString StartupCheck::restoreLatest(const StartupCheckResult &result, const QString &path)
{
    if (!result.latestGood)
        return tr("There is no backup to restore.");
    const BackupRecord &backup = *result.latestGood;
    const bool fullyChecked = backup.fullCheck == BackupRecord::FullCheck::Ok;
    RestoreResult restored
        = FileRestore::prepare(path, backup.path(), fullyChecked ? backup.sha256 : QString());
    if (restored.ok)
        restored = FileRestore::finish(path, QDateTime::currentDateTime());
    if (!restored.ok)
        return restored.error;
    spdlog::info("start check: the latest good backup was restored");
    return QString();
}

} // namespace atelier
