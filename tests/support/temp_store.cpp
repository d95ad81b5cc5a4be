#include "support/temp_store.h"

#include "services/backup_service.h"

#include <QTimeZone>

#include <stdexcept>

namespace atelier::testing {

TempStore::TempStore()
    : m_location(m_dir.path())
    , m_clock(QDateTime(QDate(2026, 6, 15), QTime(10, 0), QTimeZone(8 * 3600)))
    , m_store(std::make_unique<Store>(&m_clock))
{
    if (!m_store->open(path()))
        throw std::runtime_error(m_store->errorString().toStdString());
    // A server store's copies go to this computer's data folder by default (there is no file to put them
    // beside): here, as for a file, into the test's own folder, gone with it.
    if (onPostgres()
        && !BackupService(m_store->database(), m_clock)
                .setFolder(m_dir.filePath(QStringLiteral("backups")))
                .ok())
        throw std::runtime_error("the test store's backup folder was not set");
}

QString TempStore::path() const
{
    return m_location.text();
}

} // namespace atelier::testing
