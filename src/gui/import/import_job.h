#pragma once

#include "services/customer_link_import.h"
#include "services/sales_import.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace atelier {

class Clock;

// Runs a sales import (dry or real) or a customer-number import on a worker thread with its own Store on
// the same database file: a SQLite connection belongs to its thread, and the window must not block while
// half a million rows are read. A cancel rolls the one transaction back, so nothing is half-imported.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    // The clock must outlive the job (the GUI store's clock: tests run on a fixed one).
    explicit ImportJob(const Clock &clock, QObject *parent = nullptr);
    // Cancels a running import and waits for the worker, which stops at the next row.
    ~ImportJob() override;

    void startSales(const QString &databasePath, const SalesImportRequest &request);
    void startCustomerLinks(const QString &databasePath, const CustomerLinkRequest &request);
    void cancel() { m_cancelled = true; }
    bool isRunning() const;

    // Valid after finished().
    const SalesImportResult &salesResult() const { return m_sales; }
    const CustomerLinkResult &linkResult() const { return m_links; }

signals:
    // Emitted from the worker thread; connections to GUI objects are queued. Bytes of the file.
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void start(std::function<void()> work);

    const Clock &m_clock;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled = false;
    bool m_busy = false; // GUI thread only
    SalesImportResult m_sales;
    CustomerLinkResult m_links;
};

} // namespace atelier
