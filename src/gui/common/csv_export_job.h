#pragma once

#include "services/background_runner.h"
#include "services/csv_export.h"

#include <QObject>
#include <QString>

#include <functional>

namespace atelier {

class Store;

// Writes a list (the archive, a Tiers page cell…) to CSV on a worker (BackgroundRunner) with its own Store
// on the window's store file, acting for the window's clerk, so the window stays responsive. The file
// appears only when the export completed (QSaveFile): a cancelled or failed export leaves nothing.
class CsvExportJob : public QObject
{
    Q_OBJECT
public:
    explicit CsvExportJob(Store &store, QObject *parent = nullptr);

    // What to write, given the worker's own Store: runs on the worker thread, so it must capture
    // its filter by value.
    using Write = std::function<ExportResult(Store &store, QIODevice &file, const ExportProgress &progress)>;

    void start(const QString &fileName, Write write);

    // Same, for writers that handle their file themselves (CustomerExport: CSV or XLSX, the file
    // appears only complete).
    using WriteFile = std::function<ExportResult(Store &store, const ExportProgress &progress)>;
    void startFile(WriteFile write);
    // The worker stops at the next row.
    void cancel() { m_runner.cancel(); }
    bool isRunning() const { return m_runner.isRunning(); }

signals:
    void progress(int done, int total);
    void finished(int rows, const QString &error, bool cancelled);

private:
    void run(WriteFile write);

    Store &m_store;
    BackgroundRunner m_runner;
};

} // namespace atelier
