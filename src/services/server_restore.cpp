#include "services/server_restore.h"

#include "services/audit_trail.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/server_dump.h"
#include "storage/storage_error.h"
#include "storage/store_location.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace atelier {

RestoreResult ServerRestore::run(const QString &location, const QString &backupPath)
{
    RestoreResult result;
    const QString untouched = tr("The database was left as it was.");
    QString problem;
    const StoreLocation target = StoreLocation::parse(location, &problem);
    if (!problem.isEmpty() || !target.isServer()) {
        result.error = problem.isEmpty() ? tr("%1 is not a PostgreSQL location.").arg(location) : problem;
        return result;
    }
    if (const QString unreadable = ServerDump::check(backupPath, ServerDump::Depth::Contents);
        !unreadable.isEmpty()) {
        result.notARestorableBackup = true;
        result.error = unreadable + u' ' + untouched;
        return result;
    }
    const std::optional<int> relations = ServerDump::relationCount(location, &problem);
    if (!relations) {
        result.error = tr("Cannot reach the %1 (%2).").arg(target.display(), problem) + u' ' + untouched;
        return result;
    }
    if (*relations > 0) {
        result.error = tr("The %1 is not empty: a server's backup is restored into a new, empty database "
                          "(createdb), and Atelier is then pointed at it.")
                           .arg(target.display())
            + u' ' + untouched;
        return result;
    }
    if (const QString failed = ServerDump::restore(location, backupPath); !failed.isEmpty()) {
        result.error = failed + u' ' + untouched;
        return result;
    }
    spdlog::info("server backup restored into an empty database");
    result.ok = true;
    result.restoredFrom = QFileInfo(backupPath).fileName();
    // Opening brings an archive of an older Atelier up to date; the trail of the restored store then
    // says where it came from.
    Store restored;
    if (!restored.open(location)) {
        result.ok = false;
        result.error
            = tr("The backup was restored but the store does not open: %1").arg(restored.errorString());
        return result;
    }
    try {
        Transaction transaction(restored.database().connection());
        AuditTrail(restored.database()).recordRestore(restored.actor(), result.restoredFrom);
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("the restore could not be recorded: {}", error.detail().toStdString());
    }
    return result;
}

} // namespace atelier
