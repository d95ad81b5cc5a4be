#pragma once

#include "core/audit.h"
#include "services/csv_export.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace atelier {

class Store;

// Writes a list (the archive, a Tiers page cell…) to CSV on a worker thread with its own Store on
// the same database file, so the window stays responsive. The file appears only when the export completed
// (QSaveFile): a cancelled or failed export leaves nothing behind.
class CsvExportJob : public QObject
{
    Q_OBJECT
public:
    explicit CsvExportJob(QObject *parent = nullptr);
    // Cancels a running export and waits for the worker, which stops at the next row.
    ~CsvExportJob() override;

    // What to write, given the worker's own Store: runs on the worker thread, so it must capture
    // its filter by value.
    using Write = std::function<ExportResult(Store &store, QIODevice &file, const ExportProgress &progress)>;

    void start(const QString &databasePath, const QString &fileName, Write write);

    // Same, for writers that handle their file themselves (CustomerExport: CSV or XLSX, the file
    // appears only complete).
    using WriteFile = std::function<ExportResult(Store &store, const ExportProgress &progress)>;
    void startFile(const QString &databasePath, WriteFile write);
    // Whom the audit trail names for the export (the window's Store::actor()); the worker's own
    // Store would not know the counter clerk.
    void setActor(const AuditActor &actor) { m_actor = actor; }
    void cancel() { m_cancelled = true; }
    bool isRunning() const;

signals:
    // Emitted from the worker thread; connections to GUI objects are queued.
    void progress(int done, int total);
    void finished(int rows, const QString &error, bool cancelled);

private:
    void run(const QString &databasePath, WriteFile write);

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled = false;
    AuditActor m_actor = AuditActor::unknownClerk();
};

} // namespace atelier
