#pragma once

#include "core/loyalty_query.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace atelier {

// Writes the customers of a Tiers page cell to CSV on a worker thread with its own Store on the same
// database file, so the window stays responsive. The file appears only when the export completed
// (QSaveFile): a cancelled or failed export leaves nothing behind.
class LoyaltyExportJob : public QObject
{
    Q_OBJECT
public:
    explicit LoyaltyExportJob(QObject *parent = nullptr);
    // Cancels a running export and waits for the worker, which stops at the next row.
    ~LoyaltyExportJob() override;

    void start(const QString &databasePath, const LoyaltyFilter &filter, const QString &fileName);
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
