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
    // The quick check made before the copy was kept: "ok" for every recorded copy (a copy that fails
    // it is removed, never recorded).
    QString checkResult;
    // The full integrity_check that follows: not done yet, passed, or failed (never restored).
    enum class FullCheck
    {
        Pending,
        Ok,
        Failed
    };
    FullCheck fullCheck = FullCheck::Pending;
    QDateTime fullCheckAt;

    QString path() const;
    bool restorable() const { return fullCheck != FullCheck::Failed; }
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
    void setFullCheck(qint64 id, bool ok, const QDateTime &at);
    // Newest first.
    QList<BackupRecord> all();
    // Whether a monthly backup was already made in the month `yearMonth` (YYYY-MM, local time).
    bool hasMonthly(const QString &yearMonth);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
