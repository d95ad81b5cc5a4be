#include "storage/backup_repository.h"

#include "core/stored_time.h"
#include "storage/inserted_id.h"
#include "storage/sql.h"

#include <QDir>

namespace atelier {

namespace {

BackupRecord::Kind kindFromCode(const QString &code)
{
    if (code == QStringLiteral("daily"))
        return BackupRecord::Kind::Daily;
    if (code == QStringLiteral("monthly"))
        return BackupRecord::Kind::Monthly;
    return BackupRecord::Kind::Manual;
}

} // namespace

BackupRepository::BackupRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 BackupRepository::add(const BackupRecord &record)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO backups (file_name, folder, made_at, size_bytes, sha256, kind, check_result) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {record.fileName, record.folder, toStoredText(record.madeAt), record.sizeBytes, record.sha256,
            toCode(record.kind), record.checkResult});
    return sql::insertedId(query);
}

void BackupRepository::remove(qint64 id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM backups WHERE id = ?"), {id});
}

QList<BackupRecord> BackupRepository::all()
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT id, file_name, folder, made_at, size_bytes, sha256, kind, check_result, "
                       "full_check, full_check_at FROM backups ORDER BY made_at DESC, id DESC"));
    QList<BackupRecord> records;
    while (query.next()) {
        BackupRecord record;
        record.id = query.value(0).toLongLong();
        record.fileName = query.value(1).toString();
        record.folder = query.value(2).toString();
        record.madeAt = timeFromStoredText(query.value(3).toString());
        record.sizeBytes = query.value(4).toLongLong();
        record.sha256 = query.value(5).toString();
        record.kind = kindFromCode(query.value(6).toString());
        record.checkResult = query.value(7).toString();
        const QString full = query.value(8).toString();
        record.fullCheck = full == QStringLiteral("ok") ? BackupRecord::FullCheck::Ok
            : full == QStringLiteral("failed")          ? BackupRecord::FullCheck::Failed
                                                        : BackupRecord::FullCheck::Pending;
        if (!query.value(9).isNull())
            record.fullCheckAt = timeFromStoredText(query.value(9).toString());
        records << record;
    }
    return records;
}

void BackupRepository::setFullCheck(qint64 id, bool ok, const QDateTime &at)
{
    sql::run(m_db, QStringLiteral("UPDATE backups SET full_check = ?, full_check_at = ? WHERE id = ?"),
        {ok ? QStringLiteral("ok") : QStringLiteral("failed"), toStoredText(at), id});
}

bool BackupRepository::hasMonthly(const QString &yearMonth)
{
    return sql::scalar(m_db,
               QStringLiteral(
                   "SELECT count(*) FROM backups WHERE kind = 'monthly' AND substr(made_at, 1, 7) = ?"),
               {yearMonth})
               .toInt()
        > 0;
}

} // namespace atelier
