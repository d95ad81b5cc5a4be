#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace atelier {

// One backup as recorded in the live database (table backups).
struct BackupRecord
{
    enum class Kind
    {
        Daily, // made after a nightly run
        Monthly, // the first nightly backup of a calendar month
        Manual // asked for by someone; never removed by the retention rule
    };
    qint64 id = 0;
    QString fileName;
    QString folder;
    QDateTime madeAt;
    qint64 sizeBytes = 0;
    QString sha256;
    Kind kind = Kind::Manual;
    QString checkResult; // "ok" for every recorded copy: a copy that fails its check is not kept

    QString path() const;
};

QString toCode(BackupRecord::Kind kind);

// backups: the copies made so far, so that retention knows each one's kind and a restore can be
// checked against the recorded checksum.
class BackupRepository
{
public:
    explicit BackupRepository(QSqlDatabase db);

    qint64 add(const BackupRecord &record);
    void remove(qint64 id);
    // Newest first.
    QList<BackupRecord> all();
    // Whether a monthly backup was already made in the month `yearMonth` (YYYY-MM, local time).
    bool hasMonthly(const QString &yearMonth);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
