#include "services/file_restore.h"

#include "services/store_files.h"
#include "storage/backup_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <filesystem>
#include <system_error>

namespace atelier {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

} // namespace

RestoreResult FileRestore::prepare(
    const QString &livePath, const QString &backupPath, const QString &fullyCheckedSha256)
{
    RestoreResult result;
    const QString untouched = tr("The database was left as it was.");
    // Not the store nor its logs: copying them would drop the locks this process holds on them.
    if (StoreFiles::contains(livePath, backupPath)) {
        result.error
            = tr("%1 is the database itself, not a backup.").arg(native(backupPath)) + u' ' + untouched;
        return result;
    }
    if (const QString problem = BackupService::verify(backupPath, fullyCheckedSha256); !problem.isEmpty()) {
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
    result.ok = true;
    return result;
}

RestoreResult FileRestore::finish(const QString &livePath, const QDateTime &now)
{
    RestoreResult result;
    const QString untouched = tr("The database was left as it was.");
    const QString restoring = livePath + QStringLiteral(".restoring");
    if (!QFileInfo(restoring).isFile()) {
        result.error
            = tr("There is no prepared copy %1 to put in place.").arg(native(restoring)) + u' ' + untouched;
        return result;
    }
    const bool hadLive = QFileInfo::exists(livePath);
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
