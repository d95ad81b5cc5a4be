#include "cli/commands.h"

#include "services/backup_service.h"
#include "services/server_restore.h"
#include "services/store.h"
#include "services/store_lock.h"

#include <QDir>

namespace atelier::cli {

int runBackup(CommandLine &line, const QString &databasePath)
{
    const std::optional<QString> out = line.take(QStringLiteral("out"));
    if (!line.finish())
        return badInput(line.error());
    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    // Only the path on standard output, as soon as the copy is usable, so a script can pick it up;
    // the full check's outcome follows on standard error.
    const BackupResult backup = store.backups().backupNow(BackupRecord::Kind::Manual, out.value_or(QString()),
        [](const BackupResult &usable) { printOut(QDir::toNativeSeparators(usable.path) + u'\n'); });
    if (!backup.ok) {
        printError(QStringLiteral("atelier-cli: ") + backup.error + u'\n');
        return Failure;
    }
    printError((store.isOnServer() ? Cli::tr("Fully checked (pg_restore read all of it): ok.")
                                   : Cli::tr("Fully checked (integrity_check): ok."))
        + u'\n');
    return Success;
}

namespace {

// A server's backup goes into a new, empty database: the live one is never replaced in place.
int restoreOnServer(const QString &location, const QString &file, bool yes)
{
    if (!yes)
        return badInput(
            Cli::tr("Restoring puts the backup %1 into the empty database %2. Add --yes to do it.")
                .arg(QDir::toNativeSeparators(file), location));
    const RestoreResult restored = ServerRestore::run(location, file);
    if (!restored.ok) {
        if (restored.notARestorableBackup)
            return badInput(restored.error);
        printError(QStringLiteral("atelier-cli: ") + restored.error + u'\n');
        return Failure;
    }
    printOut(Cli::tr("Restored %1 into %2.").arg(QDir::toNativeSeparators(file), location) + u'\n');
    return Success;
}

} // namespace

int runRestore(CommandLine &line, const QString &databasePath)
{
    const bool yes = line.takeFlag(QStringLiteral("yes"));
    const std::optional<QString> file = line.takeWord();
    if (!file && !line.failed())
        line.fail(Cli::tr("Say which backup file to restore."));
    if (!line.finish())
        return badInput(line.error());
    if (Store::isServerLocation(databasePath))
        return restoreOnServer(databasePath, *file, yes);
    if (!yes)
        return badInput(
            Cli::tr("Restoring replaces the whole database %1 with the backup %2 (the current one "
                    "is kept aside). Close Atelier on this computer, then add --yes to do it.")
                .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(*file)));
    // Nothing is opened here: the live file must be closed while it is swapped. An app on the store
    // would keep writing into the file set aside: refused while one holds it, and none can start
    // during the swap.
    StoreLock lock(databasePath);
    if (const WriteResult claimed = lock.claim(StoreLock::Purpose::Restore); !claimed.ok()) {
        printError(QStringLiteral("atelier-cli: ") + claimed.error + u'\n');
        return Failure;
    }
    const RestoreResult restored = BackupService::restore(databasePath, *file);
    if (!restored.ok) {
        if (restored.notARestorableBackup)
            return badInput(restored.error);
        printError(QStringLiteral("atelier-cli: ") + restored.error + u'\n');
        return Failure;
    }
    QString text = Cli::tr("Restored %1 from %2.")
                       .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(*file));
    if (!restored.setAside.isEmpty())
        text += u' '
            + Cli::tr("The database it replaced was kept as %1.")
                  .arg(QDir::toNativeSeparators(restored.setAside));
    printOut(text + u'\n');
    return Success;
}

} // namespace atelier::cli
