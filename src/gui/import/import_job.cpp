#include "gui/import/import_job.h"

#include "services/store.h"

#include <QThread>

#include <spdlog/spdlog.h>

namespace atelier {

ImportJob::ImportJob(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    // Queued to this (GUI) thread, and connected first: whoever hears finished() may start again.
    connect(this, &ImportJob::finished, this, [this]() { m_busy = false; });
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_busy;
}

void ImportJob::startSales(const QString &databasePath, const SalesImportRequest &request)
{
    start([this, databasePath, request]() {
        Store store(&m_clock);
        if (!store.open(databasePath)) {
            m_sales = {};
            m_sales.error = store.errorString();
            return;
        }
        m_sales = SalesImport(store.database(), store.clock())
                      .run(request, &m_cancelled,
                          [this](qint64 done, qint64 total) { emit progress(done, total); });
    });
}

void ImportJob::startCustomerLinks(const QString &databasePath, const CustomerLinkRequest &request)
{
    start([this, databasePath, request]() {
        Store store(&m_clock);
        if (!store.open(databasePath)) {
            m_links = {};
            m_links.error = store.errorString();
            return;
        }
        m_links = CustomerLinkImport(store.database(), store.clock()).run(request);
    });
}

void ImportJob::start(std::function<void()> work)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait(); // the last one has announced its end; at most its last instructions remain
        delete m_thread;
    }
    m_cancelled = false;
    m_busy = true;
    m_thread = QThread::create([this, work = std::move(work)]() {
        work(); // the worker's Store is closed before the GUI hears of the end
        emit finished();
    });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

} // namespace atelier
