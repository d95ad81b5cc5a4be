#pragma once

#include <QDateTime>
#include <QDir>
#include <QString>

namespace atelier {

// One backup as recorded in the live database (table backups): what the Backups page lists, the
// CLI prints and a restore is checked against.
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

    QString path() const { return QDir(folder).filePath(fileName); }
    bool restorable() const { return fullCheck != FullCheck::Failed; }
};

inline QString toCode(BackupRecord::Kind kind)
{
    switch (kind) {
    case BackupRecord::Kind::Daily:
        return QStringLiteral("daily");
    case BackupRecord::Kind::Monthly:
        return QStringLiteral("monthly");
    case BackupRecord::Kind::Manual:
        break;
    }
    return QStringLiteral("manual");
}

} // namespace atelier
