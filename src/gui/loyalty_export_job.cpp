#include "gui/loyalty_export_job.h"

#include "services/loyalty_report.h"
#include "services/store.h"

#include <QSaveFile>
#include <QThread>

namespace atelier {

LoyaltyExportJob::LoyaltyExportJob(QObject *parent)
    : QObject(parent)
{
}

LoyaltyExportJob::~LoyaltyExportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool LoyaltyExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void LoyaltyExportJob::start(
    const QString &databasePath, const LoyaltyFilter &filter, const QString &fileName)
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
            result = store.loyaltyReport().exportCsv(file, filter, [this](int done, int total) {
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
    m_thread->setObjectName(QStringLiteral("loyalty-export"));
    m_thread->start();
}

} // namespace atelier
