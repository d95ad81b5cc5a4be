#include "gui/common/csv_export_job.h"

#include "services/store.h"
#include "services/store_files.h"

#include <QSaveFile>
#include <QThread>

namespace atelier {

CsvExportJob::CsvExportJob(QObject *parent)
    : QObject(parent)
{
}

CsvExportJob::~CsvExportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool CsvExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CsvExportJob::start(const QString &databasePath, const QString &fileName, Write write)
{
    run(databasePath,
        [databasePath, fileName, write = std::move(write)](Store &store, const ExportProgress &progress) {
            if (const QString refused = StoreFiles::refusal(databasePath, fileName); !refused.isEmpty())
                return ExportResult{0, refused};
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly))
                return ExportResult{0, file.errorString()};
            ExportResult result = write(store, file, progress);
            if (result.ok() && !file.commit())
                result.error = file.errorString();
            else if (!result.ok())
                file.cancelWriting();
            return result;
        });
}

void CsvExportJob::startFile(const QString &databasePath, WriteFile write)
{
    run(databasePath, std::move(write));
}

void CsvExportJob::run(const QString &databasePath, WriteFile write)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled = false;
    m_thread = QThread::create([this, databasePath, actor = m_actor, write = std::move(write)]() {
        ExportResult result;
        {
            Store store;
            if (!store.open(databasePath)) {
                emit finished(0, store.errorString(), false);
                return;
            }
            store.setActor(actor);
            result = write(store, [this](int done, int total) {
                emit progress(done, total); // every 1000 rows: the GUI's event queue keeps up
                return !m_cancelled.load();
            });
        }
        emit finished(result.rows, result.error, result.cancelled);
    });
    m_thread->setObjectName(QStringLiteral("csv-export"));
    m_thread->start();
}

} // namespace atelier
