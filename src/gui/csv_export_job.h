#pragma once

#include "core/archive_query.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace atelier {

// Writes the archive CSV on a worker thread with its own Store on the same database file, so the
// window stays responsive. The file appears only when the export completed (QSaveFile): a cancelled
// or failed export leaves nothing behind.
class CsvExportJob : public QObject
{
    Q_OBJECT
public:
    explicit CsvExportJob(QObject *parent = nullptr);
    // Cancels a running export and waits for the worker, which stops at the next row.
    ~CsvExportJob() override;

    void start(const QString &databasePath, const ArchiveFilter &filter, const QString &fileName);
    void cancel() { m_cancelled = true; }
    bool isRunning() const;

signals:
    // Emitted from the worker thread; connections to GUI objects are queued.
    void progress(int done, int total);
    void finished(int rows, const QString &error, bool cancelled);

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled = false;
};

} // namespace atelier
