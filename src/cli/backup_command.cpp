#include "cli/commands.h"

#include "cli/passphrase.h"
#include "services/backup_copier.h"
#include "services/backup_service.h"
#include "services/data_location.h"
#include "services/server_restore.h"
#include "services/store.h"
#include "services/store_lock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <climits>

namespace atelier::cli {

namespace {

std::optional<int> takeDescriptor(CommandLine &line)
{
    const std::optional<qint64> fd = line.takeNumber(QStringLiteral("passphrase-fd"), 0, INT_MAX);
    return fd ? std::optional<int>(int(*fd)) : std::nullopt;
}

// The checked backup in the store's own folder is encrypted into `out`; only the encrypted copy's path
// goes to standard output.
int encryptInto(const QString &out, const QString &backupPath, const QString &passphrase)
{
    const CopierResult copied = BackupCopier::copy(backupPath, out, passphrase);
    if (!copied.ok) {
        if (copied.badInput)
            return badInput(copied.error);
        printError(QStringLiteral("atelier-cli: ") + copied.error + u'\n');
        return Failure;
    }
    printOut(QDir::toNativeSeparators(copied.path) + u'\n');
    printError(Cli::tr("The backup %1 stays in the store's backup folder; only the encrypted copy was "
                       "written to %2.")
                   .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(out))
        + u'\n');
    return Success;
}

} // namespace

int runBackup(CommandLine &line, const QString &databasePath)
{
    const std::optional<QString> out = line.take(QStringLiteral("out"));
    const bool encrypt = line.takeFlag(QStringLiteral("encrypt"));
    const std::optional<int> fd = takeDescriptor(line);
    if (encrypt && !out && !line.failed())
        line.fail(Cli::tr("--encrypt needs --out DIR: the folder (a USB stick, say) that receives the "
                          "encrypted copy."));
    if (fd && !encrypt && !line.failed())
        line.fail(Cli::tr("--passphrase-fd goes with --encrypt."));
    if (!line.finish())
        return badInput(line.error());
    // Everything a person can get wrong is settled before the copy is made.
    std::optional<QString> passphrase;
    if (encrypt) {
        if (!QFileInfo(*out).isDir())
            return badInput(Cli::tr("The folder %1 is not there.").arg(QDir::toNativeSeparators(*out)));
        const PassphraseAnswer answer = Passphrase::read(fd, true);
        if (!answer.passphrase)
            return badInput(answer.error);
        passphrase = answer.passphrase;
    }
    Store store;
    if (const int opened = openStore(store, databasePath, false); opened != Success)
        return opened;
    // Only the path on standard output, as soon as the copy is usable, so a script can pick it up;
    // the full check's outcome follows on standard error. An encrypted copy is made of a fully
    // checked backup only, and its path is the one printed.
    const BackupResult backup = store.backups().backupNow(BackupRecord::Kind::Manual,
        encrypt ? QString() : out.value_or(QString()), [encrypt](const BackupResult &usable) {
            if (!encrypt)
                printOut(QDir::toNativeSeparators(usable.path) + u'\n');
        });
    if (!backup.ok) {
        printError(QStringLiteral("atelier-cli: ") + backup.error + u'\n');
        return Failure;
    }
    printError((store.isOnServer() ? Cli::tr("Fully checked (pg_restore read all of it): ok.")
                                   : Cli::tr("Fully checked (integrity_check): ok."))
        + u'\n');
    return encrypt ? encryptInto(*out, backup.path, *passphrase) : Success;
}

namespace {

// A server's backup goes into a new, empty database: the live one is never replaced in place.
int restoreOnServer(const QString &location, const QString &file, const QString &named, bool yes)
{
    if (!yes)
        return badInput(
            Cli::tr("Restoring puts the backup %1 into the empty database %2. Add --yes to do it.")
                .arg(QDir::toNativeSeparators(named), location));
    const RestoreResult restored = ServerRestore::run(location, file);
    if (!restored.ok) {
        if (restored.notARestorableBackup)
            return badInput(restored.error);
        printError(QStringLiteral("atelier-cli: ") + restored.error + u'\n');
        return Failure;
    }
    printOut(Cli::tr("Restored %1 into %2.").arg(QDir::toNativeSeparators(named), location) + u'\n');
    return Success;
}

// Restores the backup at `file` (what the person named, `named`, or the copy opened from it).
int restoreFile(const QString &databasePath, const QString &file, const QString &named, bool yes)
{
    if (Store::isServerLocation(databasePath))
        return restoreOnServer(databasePath, file, named, yes);
    if (!yes)
        return badInput(
            Cli::tr("Restoring replaces the whole database %1 with the backup %2 (the current one "
                    "is kept aside). Close Atelier on this computer, then add --yes to do it.")
                .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(named)));
    // Nothing is opened here: the live file must be closed while it is swapped. An app on the store
    // would keep writing into the file set aside: refused while one holds it, and none can start
    // during the swap.
    StoreLock lock(databasePath);
    if (const WriteResult claimed = lock.claim(StoreLock::Purpose::Restore); !claimed.ok()) {
        printError(QStringLiteral("atelier-cli: ") + claimed.error + u'\n');
        return Failure;
    }
    const RestoreResult restored = BackupService::restore(databasePath, file);
    if (!restored.ok) {
        if (restored.notARestorableBackup)
            return badInput(restored.error);
        printError(QStringLiteral("atelier-cli: ") + restored.error + u'\n');
        return Failure;
    }
    QString text = Cli::tr("Restored %1 from %2.")
                       .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(named));
    if (!restored.setAside.isEmpty())
        text += u' '
            + Cli::tr("The database it replaced was kept as %1.")
                  .arg(QDir::toNativeSeparators(restored.setAside));
    printOut(text + u'\n');
    return Success;
}

} // namespace

// An encrypted copy is opened into a file beside the store (or in the data folder for a server) and
// restored from there as any backup; the opened file goes again either way.
int runRestore(CommandLine &line, const QString &databasePath)
{
    const bool yes = line.takeFlag(QStringLiteral("yes"));
    const std::optional<int> fd = takeDescriptor(line);
    const std::optional<QString> file = line.takeWord();
    if (!file && !line.failed())
        line.fail(Cli::tr("Say which backup file to restore."));
    if (!line.finish())
        return badInput(line.error());
    const bool server = Store::isServerLocation(databasePath);
    if (!yes || !BackupCopier::isEncrypted(*file))
        return restoreFile(databasePath, *file, *file, yes);
    const PassphraseAnswer answer = Passphrase::read(fd, false);
    if (!answer.passphrase)
        return badInput(answer.error);
    const QString folder = server ? dataFolder() : QFileInfo(databasePath).absolutePath();
    const CopierResult opened = BackupCopier::decrypt(*file, folder, *answer.passphrase);
    if (!opened.ok) {
        const QString error = opened.error + u' ' + Cli::tr("Nothing was restored.");
        if (opened.badInput)
            return badInput(error);
        printError(QStringLiteral("atelier-cli: ") + error + u'\n');
        return Failure;
    }
    const int restored = restoreFile(databasePath, opened.path, *file, yes);
    QFile::remove(opened.path);
    return restored;
}

} // namespace atelier::cli
