#include "gui/common/csv_export_job.h"

#include "services/store.h"
#include "services/store_files.h"

#include <QSaveFile>

namespace atelier {

CsvExportJob::CsvExportJob(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(store, QStringLiteral("csv-export"))
{
    m_runner.setProgressHandler(
        [this](const BackgroundProgress &update) { emit progress(int(update.done), int(update.total)); });
}

void CsvExportJob::start(const QString &fileName, Write write)
{
    run([databasePath = m_store.path(), fileName, write = std::move(write)](
            Store &store, const ExportProgress &progress) {
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

void CsvExportJob::startFile(WriteFile write)
{
    run(std::move(write));
}

void CsvExportJob::run(WriteFile write)
{
    if (isRunning())
        return;
    m_runner.run(
        this,
        [write = std::move(write)](BackgroundJob &job) {
            return write(job.store(), [&job](int done, int total) {
                job.progress(done, total); // every 1000 rows: the GUI's event queue keeps up
                return !job.cancelled();
            });
        },
        [this](BackgroundResult<ExportResult> result) {
            const ExportResult written = result.value.value_or(ExportResult{0, result.error});
            emit finished(written.rows, written.error, written.cancelled);
        });
}

} // namespace atelier
