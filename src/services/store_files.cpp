#include "services/store_files.h"

#include <QDir>
#include <QFileInfo>

namespace atelier {

namespace {

QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

bool StoreFiles::contains(const QString &storePath, const QString &path)
{
    if (storePath.isEmpty() || path.isEmpty())
        return false;
    const QString chosen = resolved(path);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (resolved(storePath + QLatin1String(suffix)) == chosen)
            return true;
    }
    return false;
}

QString StoreFiles::refusal(const QString &storePath, const QString &path)
{
    if (!contains(storePath, path))
        return QString();
    return tr("%1 is the store's own database file: choose another file. Nothing was read or written.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace atelier
