#pragma once

#include "core/backup_record.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

// What the start check found: whether the store's file passed PRAGMA quick_check, SQLite's words
// when not (for the log and the dialog; never row data), and the newest backup to offer.
struct StartupCheckResult
{
    bool sound = true;
    QString detail;
    qint64 elapsedMs = 0;
    // The newest copy whose full check passed; failing that, the newest copy in the default folder
    // beside the store (verified in full before it is restored). None when there is none.
    std::optional<BackupRecord> latestGood;
};

// Run at start, before the app opens the store for work: a damaged file is caught before anything
// writes to it, and the manager is offered the latest good backup. Nothing is changed or deleted.
class StartupCheck
{
    Q_DECLARE_TR_FUNCTIONS(StartupCheck)
public:
    static StartupCheckResult run(const QString &path);
    // A sentence for people: what happened, that nothing was deleted, what can be done.
    static QString explanation(const StartupCheckResult &result, const QString &path);
    // Puts the offered backup in place of the damaged file (kept aside, not deleted).
    static QString restoreLatest(const StartupCheckResult &result, const QString &path);
};

} // namespace atelier
