#include "gui/import/import_job.h"

#include "services/store.h"

namespace atelier {

ImportJob::ImportJob(Store &store, QObject *parent)
    : QObject(parent)
    , m_runner(store, QStringLiteral("import"))
{
    m_runner.setProgressHandler(
        [this](const BackgroundProgress &update) { emit progress(update.done, update.total); });
}

void ImportJob::startSales(const SalesImportRequest &request)
{
    if (isRunning())
        return;
    m_runner.run(
        this,
        [request](BackgroundJob &job) {
            return job.store().salesImport().run(
                request, job.cancelFlag(), [&job](qint64 done, qint64 total) { job.progress(done, total); });
        },
        [this](BackgroundResult<SalesImportResult> result) {
            m_sales = result.value.value_or(SalesImportResult{});
            if (!result.ok())
                m_sales.error = result.error;
            emit finished();
        });
}

void ImportJob::startCustomerLinks(const CustomerLinkRequest &request)
{
    if (isRunning())
        return;
    m_runner.run(
        this, [request](BackgroundJob &job) { return job.store().customerLinkImport().run(request); },
        [this](BackgroundResult<CustomerLinkResult> result) {
            m_links = result.value.value_or(CustomerLinkResult{});
            if (!result.ok())
                m_links.error = result.error;
            emit finished();
        });
}

void ImportJob::startSurveys(const SurveyImportRequest &request)
{
    if (isRunning())
        return;
    m_runner.run(
        this,
        [request](BackgroundJob &job) {
            return job.store().surveyImport().run(
                request, job.cancelFlag(), [&job](qint64 done, qint64 total) { job.progress(done, total); });
        },
        [this](BackgroundResult<SurveyImportResult> result) {
            m_surveys = result.value.value_or(SurveyImportResult{});
            if (!result.ok())
                m_surveys.error = result.error;
            emit finished();
        });
}

} // namespace atelier
