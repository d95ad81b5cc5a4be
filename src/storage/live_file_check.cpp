#include "storage/live_file_check.h"

#include "storage/backup_repository.h"
#include "storage/storage_error.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QUuid>

#include <spdlog/spdlog.h>

namespace atelier {

DatabaseFileCheck LiveFileCheck::quickCheck(const QString &path)
{
    if (!QFileInfo::exists(path))
        return DatabaseFileCheck();
    return BackupFile::check(path, BackupFile::Depth::Quick);
}

QList<BackupRecord> LiveFileCheck::recordedBackups(const QString &path)
{
    QList<BackupRecord> records;
    const QString name = QStringLiteral("live-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            try {
                records = BackupRepository(db).all();
            } catch (const StorageError &error) {
                // Before migration 012, or the damage reaches the table: the caller looks in the folder.
                spdlog::warn("backups of a damaged store not read: {}", error.detail().toStdString());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return records;
}

} // namespace atelier
