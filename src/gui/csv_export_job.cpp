#include "gui/csv_export_job.h"

#include "services/archive_service.h"
#include "services/store.h"

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

void CsvExportJob::start(const QString &databasePath, const ArchiveFilter &filter, const QString &fileName)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled = false;
    m_thread = QThread::create([this, databasePath, filter, fileName]() {
        ExportResult result;
        {
            Store store;
            if (!store.open(databasePath)) {
                emit finished(0, store.errorString(), false);
                return;
            }
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly)) {
                emit finished(0, file.errorString(), false);
                return;
            }
            result = store.archive().exportCsv(file, filter, [this](int done, int total) {
                // Every row would flood the GUI's event queue; every 100th is smooth enough.
                if (done % 100 == 0 || done == total)
                    emit progress(done, total);
                return !m_cancelled.load();
            });
            if (result.ok() && !file.commit())
                result.error = file.errorString();
            else if (!result.ok())
                file.cancelWriting();
        }
        emit finished(result.rows, result.error, result.cancelled);
    });
    m_thread->setObjectName(QStringLiteral("csv-export"));
    m_thread->start();
}

} // namespace atelier
