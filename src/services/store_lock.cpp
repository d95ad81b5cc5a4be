#include "services/store_lock.h"

#include "storage/store_location.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <spdlog/spdlog.h>

namespace atelier {

StoreLock::StoreLock(const QString &storePath)
    : m_storePath(storePath)
    , m_lock(lockPath(storePath))
{
    // A claim lasts as long as its holder runs, hours at the counter: never stale by age. A holder
    // that died is recognised by its process id and by the flock its lock file no longer has.
    m_lock.setStaleLockTime(0);
}

QString StoreLock::lockPath(const QString &storePath)
{
    return QFileInfo(storePath).absoluteFilePath() + QStringLiteral(".lock");
}

WriteResult StoreLock::claim(Purpose purpose)
{
    // Several counters on one server is the point of a server; its own locks keep them apart.
    if (StoreLocation::looksLikeServer(m_storePath))
        return WriteResult::success();
    if (m_lock.isLocked())
        return WriteResult::success();
    // On a first start the store's folder is not there yet: made as Database::open would make it,
    // for the owner alone.
    const QString folder = QFileInfo(lockPath(m_storePath)).absolutePath();
    if (!QFileInfo::exists(folder) && QDir().mkpath(folder))
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (m_lock.tryLock(0))
        return WriteResult::success();
    const QString store = QDir::toNativeSeparators(m_storePath);
    if (m_lock.error() != QLockFile::LockFailedError) {
        spdlog::error("store lock file could not be created ({})", static_cast<int>(m_lock.error()));
        return WriteResult::failure(
            tr("Cannot create the lock file %1 beside the store (the folder is not writable). Ask "
               "whoever manages this computer to let this user write in that folder.")
                .arg(QDir::toNativeSeparators(lockPath(m_storePath))));
    }
    qint64 pid = 0;
    QString host;
    QString program;
    m_lock.getLockInfo(&pid, &host, &program);
    spdlog::warn("the store is held by process {}", pid);
    const bool here = host.isEmpty() || host == QSysInfo::machineHostName();
    const QString holder = here ? tr("process %1 on this computer").arg(pid)
                                : tr("process %1 on the computer %2").arg(pid).arg(host);
    if (purpose == Purpose::Restore)
        return WriteResult::failure(
            tr("Atelier is open on the store %1 (%2). Close it first, then restore: the window would "
               "go on writing into the file that the restore sets aside, and those sales would be "
               "lost. Nothing was changed.")
                .arg(store, holder));
    return WriteResult::failure(
        tr("The store %1 is already open in another Atelier window, or being restored (%2). Use that "
           "window: one store is opened by one Atelier at a time, so that the nightly work runs once "
           "and a restore cannot pull the file from under another window. (atelier-cli commands "
           "beside the app are safe.)")
            .arg(store, holder));
}

void StoreLock::release()
{
    m_lock.unlock();
}

} // namespace atelier
