#pragma once

#include "core/backup_record.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace atelier {

// backups: the copies made so far, so that retention knows each one's kind and a restore can be
// checked against the recorded checksum.
class BackupRepository
{
public:
    explicit BackupRepository(QSqlDatabase db);

    qint64 add(const BackupRecord &record);
    void remove(qint64 id);
    void setFullCheck(qint64 id, bool ok, const QDateTime &at);
    // Newest first.
    QList<BackupRecord> all();
    // Whether a monthly backup was already made in the month `yearMonth` (YYYY-MM, local time).
    bool hasMonthly(const QString &yearMonth);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
